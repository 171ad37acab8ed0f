import { Global, Module, type DynamicModule } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from './config';
import { Clock, createClock } from './clock';
import { Db } from './db.service';
import { ProblemFilter } from './problem.filter';
import { requestContext } from './request-context';
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
  static forRoot(config: AppConfig, dataSource: DataSource): DynamicModule {
    return {
      module: CoreModule,
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: DataSource, useValue: dataSource },
        { provide: Clock, useValue: createClock(config.today) },
        Db,
        // Registered on every route, in order, by requestPipeline() (apps/api/src/app/create-app.ts).
        ViewCacheInterceptor,
        ProblemFilter,
      ],
      exports: [APP_CONFIG, DataSource, Db, Clock, ViewCacheInterceptor, ProblemFilter],
    };
  }
}
