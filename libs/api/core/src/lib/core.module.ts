import { Global, Module, type DynamicModule, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from './config';
import { Clock, createClock } from './clock';
import { Db } from './db.service';
import { ProblemFilter } from './problem.filter';
import { requestContext } from './request-context';

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
export class CoreModule implements NestModule {
  static forRoot(config: AppConfig, dataSource: DataSource): DynamicModule {
    return {
      module: CoreModule,
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: DataSource, useValue: dataSource },
        { provide: Clock, useValue: createClock(config.today) },
        Db,
        { provide: APP_FILTER, useClass: ProblemFilter },
      ],
      exports: [APP_CONFIG, DataSource, Db, Clock],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(requestContextMiddleware).forRoutes('*path');
  }
}
