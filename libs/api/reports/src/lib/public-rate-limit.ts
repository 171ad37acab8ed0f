import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, Clock, currentContext, DomainError, type AppConfig } from '@wk/api/core';

const WINDOW_MS = 60_000;
const MAX_ADDRESSES = 50_000;

/**
 * A fixed one-minute window per client address for the public pages' API (WK_PUBLIC_RATE_LIMIT requests, default
 * 120): above it the answer is 429 problem+json. Kept in memory per API instance; behind a load balancer each
 * instance counts for itself (the limit is a brake on scraping, not an exact quota).
 */
@Injectable()
export class PublicRateLimit {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  check(): void {
    const address = currentContext()?.ip ?? 'unknown';
    const now = this.clock.now().getTime();
    let w = this.windows.get(address);
    if (!w || now - w.start >= WINDOW_MS) {
      if (this.windows.size >= MAX_ADDRESSES) this.windows.clear();
      this.windows.set(address, (w = { start: now, count: 0 }));
    }
    w.count++;
    if (w.count > this.config.publicRateLimit) throw new DomainError('too_many_attempts', 'problem.too_many_requests');
  }
}
