import { Global, Module, type DynamicModule } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from './config';
import { Clock, createClock } from './clock';
import { Db } from './db.service';
import { Lifecycle } from './lifecycle';
import { ContextLogger } from './logger';
import { Metrics } from './metrics';
import { ProblemFilter } from './problem.filter';
import { requestContext } from './request-context';
import { RequestObserver } from './request-observer';
import { ViewCacheInterceptor } from './view-cache';

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** Opens the request's async context: request id (echoed as X-Request-Id) and client address. */
export function requestContextMiddleware(req: Request, res: Response, next: NextFunction): void {
  const incoming = req.header('X-Request-Id');
  const requestId = incoming && REQUEST_ID.test(incoming) ? incoming : randomUUID();
  res.setHeader('X-Request-Id', requestId);
  requestContext.run({ requestId, ip: req.ip ?? 'unknown', actor: null, tenantId: null, manager: null }, () => next());
}

@Global()
@Module({})
export class CoreModule {
  /** `logger`: the app's own logger (createApp passes the one Nest logs with; request lines and events use it too). */
  static forRoot(config: AppConfig, dataSource: DataSource, logger?: ContextLogger): DynamicModule {
    return {
      module: CoreModule,
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: DataSource, useValue: dataSource },
        { provide: Clock, useValue: createClock(config.today) },
        Db,
        { provide: ContextLogger, useValue: logger ?? new ContextLogger('Wijkkompas', { format: config.logFormat }) },
        Metrics,
        Lifecycle,
        RequestObserver,
        // Registered on every route, in order, by requestPipeline() (apps/api/src/app/create-app.ts).
        ViewCacheInterceptor,
        ProblemFilter,
      ],
      exports: [APP_CONFIG, DataSource, Db, Clock, ContextLogger, Metrics, Lifecycle, RequestObserver, ViewCacheInterceptor, ProblemFilter],
    };
  }
}
