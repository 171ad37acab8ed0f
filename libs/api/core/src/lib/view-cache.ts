import { CallHandler, ExecutionContext, Inject, Injectable, NestInterceptor, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request, Response } from 'express';
import { of, tap, type Observable } from 'rxjs';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Clock } from './clock';
import { APP_CONFIG, type AppConfig } from './config';
import { Metrics } from './metrics';
import { currentContext } from './request-context';

/**
 * The data version of a tenant: raised by every request that may have written the tenant's data (in the same
 * transaction, as its last statement), read with the session on every request. A cached view is valid while
 * the version it was computed at is still the tenant's version: this holds across any number of API
 * instances, since the version lives in the database.
 */
@Entity('tenant_data_versions')
export class TenantDataVersionEntity {
  @PrimaryColumn({ name: 'tenant_id', type: 'uuid' }) tenantId!: string;
  @Column({ type: 'bigint', default: 0 }) version!: string;
}

export const VIEW_CACHE_KEY = 'wk:view-cache';

export interface ViewCacheOptions {
  /** The view differs per user (their units, their right to update): the key includes the user. */
  perUser?: boolean;
}

/**
 * Marks a read-only GET handler whose answer depends only on the tenant's data, the URL, today's date and
 * (with `perUser`) the user: its answers are kept per tenant data version (see ViewCacheInterceptor).
 */
export const CachedView = (options: ViewCacheOptions = {}) => SetMetadata(VIEW_CACHE_KEY, options);

interface Entry {
  version: string;
  /** The answer as JSON text: a hit is sent as is, without serialising it again. */
  json: string;
}

/**
 * A small LRU map bounded by the total weight of its values (insertion order of Map; a hit moves the entry
 * to the end). A value heavier than the whole capacity is not kept.
 */
export class LruCache<V> {
  private readonly map = new Map<string, V>();
  private total = 0;
  constructor(
    readonly capacity: number,
    private readonly weigh: (value: V) => number = () => 1,
  ) {}
  get size(): number {
    return this.map.size;
  }
  /** The summed weight of the values kept. */
  get weight(): number {
    return this.total;
  }
  get(key: string): V | undefined {
    const value = this.map.get(key);
    if (value !== undefined) {
      this.map.delete(key);
      this.map.set(key, value);
    }
    return value;
  }
  set(key: string, value: V): void {
    this.remove(key);
    const weight = this.weigh(value);
    if (weight > this.capacity) return;
    this.map.set(key, value);
    this.total += weight;
    while (this.total > this.capacity) {
      const oldest = this.map.keys().next().value;
      if (oldest === undefined) break;
      this.remove(oldest);
    }
  }
  private remove(key: string): void {
    const value = this.map.get(key);
    if (value === undefined) return;
    this.map.delete(key);
    this.total -= this.weigh(value);
  }
}

/**
 * Answers a marked view from memory when the tenant's data has not changed since it was computed; otherwise
 * lets the request run (in its tenant transaction) and keeps the answer. Runs after the guard (which resolved
 * the session and the tenant's data version) and before the tenant transaction interceptor, so a hit touches
 * the database only for the session. Only 2xx answers are kept; the key holds the tenant, the URL with its
 * query, today's date (views default to today) and, per view, the user.
 */
@Injectable()
export class ViewCacheInterceptor implements NestInterceptor {
  private readonly cache: LruCache<Entry>;

  constructor(
    private readonly reflector: Reflector,
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly clock: Clock,
    private readonly metrics: Metrics,
  ) {
    // Bounded by the size of the answers kept (UTF-16 code units ≈ bytes of JSON text).
    this.cache = new LruCache<Entry>(config.viewCacheMegabytes * 1024 * 1024, (entry) => entry.json.length);
  }

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const options = this.reflector.get<ViewCacheOptions | undefined>(VIEW_CACHE_KEY, context.getHandler());
    const store = currentContext();
    const actor = store?.actor;
    const version = store?.dataVersion;
    if (!options || this.cache.capacity <= 0 || !actor?.tenantId || version === null || version === undefined) return next.handle();
    const req = context.switchToHttp().getRequest<Request>();
    if (req.method !== 'GET') return next.handle();
    const key = [
      actor.tenantId,
      options.perUser ? actor.id : '',
      // What a role may see differs (readers see adopted plans only): never one role's answer for another.
      actor.role ?? '',
      this.clock.today(),
      req.originalUrl,
    ].join('|');
    const entry = this.cache.get(key);
    const hit = entry !== undefined && entry.version === version;
    this.metrics.viewCache.inc({ result: hit ? 'hit' : 'miss' });
    if (entry && hit) {
      // A string answer is sent as is; with the content type set here it goes out exactly as `json()` would.
      context.switchToHttp().getResponse<Response>().setHeader('Content-Type', 'application/json; charset=utf-8');
      return of(entry.json);
    }
    return next.handle().pipe(tap((body) => this.cache.set(key, { version, json: JSON.stringify(body) })));
  }
}
