import { Controller, Get, Inject, NotFoundException, Req, Res } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { PROBLEM_CONTENT_TYPE } from '@wk/contracts';
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Request, Response } from 'express';
import { APP_CONFIG, DomainError, Metrics, Public, type AppConfig } from '@wk/api/core';

const PROBLEM = { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: '#/components/schemas/Problem' } } };

const digest = (s: string) => createHash('sha256').update(s).digest();

/** Whether `given` is the token, in constant time (both hashed first: equal lengths, nothing learnt from the length). */
export function sameToken(given: string, token: string): boolean {
  return timingSafeEqual(digest(given), digest(token));
}

/**
 * Prometheus metrics for the gemeente's IT department. No session (a scraper has none), so it is public for the
 * session guard; instead it asks for the bearer token METRICS_TOKEN. Without a configured token the route does not
 * exist (404).
 */
@ApiTags('operations')
@Controller('metrics')
export class MetricsController {
  constructor(
    private readonly metrics: Metrics,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  @Public()
  @ApiOkResponse({
    description: 'The metrics in Prometheus text format; needs `Authorization: Bearer <METRICS_TOKEN>` (no session).',
    content: { 'text/plain; version=0.0.4': { schema: { type: 'string' } } },
  })
  @ApiUnauthorizedResponse({ description: 'No token, or not the right one.', content: PROBLEM })
  @ApiNotFoundResponse({ description: 'No METRICS_TOKEN is configured: metrics are off.', content: PROBLEM })
  async scrape(@Req() req: Request, @Res() res: Response): Promise<void> {
    const token = this.config.ops.metricsToken;
    if (!token) throw new NotFoundException();
    const header = req.header('authorization') ?? '';
    const given = /^Bearer (\S+)$/i.exec(header)?.[1] ?? '';
    if (!sameToken(given, token)) {
      res.setHeader('WWW-Authenticate', 'Bearer realm="wijkkompas-metrics"');
      throw new DomainError('unauthenticated', 'ops.metrics_token');
    }
    const { contentType, text } = await this.metrics.scrape();
    res.setHeader('Cache-Control', 'no-store');
    res.type(contentType).send(text);
  }
}
