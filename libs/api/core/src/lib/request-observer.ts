import { Injectable } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { Lifecycle } from './lifecycle';
import { ContextLogger } from './logger';
import { Metrics } from './metrics';
import { currentContext } from './request-context';

/**
 * The route template of a request (`/api/v1/plans/:id`), never its URL with ids: an API request that matched no
 * route is `unmatched`, anything else (the web app's files) `web`.
 */
export function routeTemplateOf(req: Request): string {
  const path = (req.route as { path?: unknown } | undefined)?.path;
  if (typeof path === 'string') return `${req.baseUrl}${path}`;
  return (req.originalUrl ?? req.url).startsWith('/api/') ? 'unmatched' : 'web';
}

/**
 * Watches every request to its end: its duration in `http_request_duration_seconds{method,route,status}` and, with
 * LOG_FORMAT=json, one line `{"event":"request",…}` (request id, tenant id, user id, method, route template,
 * status, duration; no e-mail or names; with text logs at debug level). During a shutdown drain every answer
 * says `Connection: close`, so that kept-alive connections end with their request.
 */
@Injectable()
export class RequestObserver {
  constructor(
    private readonly metrics: Metrics,
    private readonly logger: ContextLogger,
    private readonly lifecycle: Lifecycle,
  ) {}

  /** Registered right after the request context (create-app.ts), so the context is the request's own. */
  readonly middleware = (req: Request, res: Response, next: NextFunction): void => {
    const started = process.hrtime.bigint();
    // The guard fills this same object in (actor, tenant) later on.
    const store = currentContext();
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const route = routeTemplateOf(req);
      // A request the client gave up on before the answer was sent: 499, as nginx counts it.
      const status = res.writableFinished ? res.statusCode : 499;
      this.metrics.httpDuration.observe({ method: req.method, route, status: String(status) }, seconds);
      const line = {
        event: 'request',
        requestId: store?.requestId ?? null,
        tenantId: store?.tenantId ?? null,
        userId: store?.actor?.id ?? null,
        method: req.method,
        route,
        status,
        durationMs: Math.round(seconds * 10_000) / 10,
      };
      // 503 is the answer of a check that says "not now" (readiness while draining), not a fault of the API.
      if (status >= 500 && status !== 503) this.logger.error(line, 'Http');
      else if (status === 503) this.logger.warn(line, 'Http');
      else if (this.logger.json) this.logger.log(line, 'Http');
      else this.logger.debug(line, 'Http');
    };
    res.once('finish', finish);
    res.once('close', finish);
    if (this.lifecycle.draining) res.setHeader('Connection', 'close');
    next();
  };
}
