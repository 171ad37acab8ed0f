import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import cookieParser from 'cookie-parser';
import express, { type Request, type Response } from 'express';
import helmet from 'helmet';
import type { DataSource } from 'typeorm';
import {
  ContextLogger,
  createValidationPipe,
  ProblemFilter,
  requestContextMiddleware,
  ViewCacheInterceptor,
  type AppConfig,
} from '@wk/api/core';
import { AccessRegistry, AuthGuard, operationIdOf, TenantTransactionInterceptor } from '@wk/api/auth';
import { AppModule } from './app.module';
import { compressApiAnswers } from './api-compression';
import { serveWebApp } from './web-app';

export const API_PREFIX = 'api/v1';

/** The JSON body limit of every route but those below. */
export const JSON_BODY_LIMIT = '5mb';

/**
 * Routes that take bigger JSON bodies, with their limit: the operator's import of public statistics (a national
 * Kerncijfers file, ≈17,000 areas × 100 columns, is ≈10–20 MB of CSV). Matched as path prefixes.
 */
export const LARGE_JSON_BODY_ROUTES: readonly { path: string; limit: string }[] = [
  { path: `/${API_PREFIX}/platform/indicator-imports`, limit: '64mb' },
];

/** Builds the HTTP application (used by main.ts and by the integration tests, which call it over real HTTP). */
export async function createApp(config: AppConfig, dataSource: DataSource): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.register(config, dataSource), {
    logger: new ContextLogger('Wijkkompas', { logLevels: levels(config.logLevel) }),
    bodyParser: false,
  });
  app.set('trust proxy', trustProxy(process.env['TRUST_PROXY']));
  app.disable('x-powered-by');
  requestPipeline(app);
  app.enableShutdownHooks();

  const document = buildOpenApi(app);
  const http = app.getHttpAdapter().getInstance();
  http.get(`/${API_PREFIX}/openapi.json`, (_req: Request, res: Response) => res.json(document));
  SwaggerModule.setup(`${API_PREFIX}/docs`, app, document, { jsonDocumentUrl: `${API_PREFIX}/openapi-swagger.json` });

  serveWebApp(http, config.webDistDir);
  return app;
}

/**
 * The path of every request, in the order it meets each step. Everything a request passes through is
 * registered here and only here (no APP_GUARD/APP_INTERCEPTOR/APP_FILTER providers elsewhere).
 *
 * 0. `compressApiAnswers` (app/api-compression): Brotli or gzip for API answers of 1 KB or more, `Vary`, and
 *    `Cache-Control: private, no-cache` unless the route sets its own.
 * 1. `helmet`: security headers (CSP without inline scripts).
 * 2. `cookie-parser`, then the JSON body (at most 5 MB; 64 MB for the operator's imports of public statistics).
 * 3. `requestContextMiddleware` (core/request-context): request id (X-Request-Id) and client address in the
 *    request's async context.
 * 4. `AuthGuard` (auth/auth.guard): the session from the cookie, CSRF check on writes, the route's roles
 *    (`@Roles`/`@Public`); it puts the actor and the tenant in the context.
 * 5. `ViewCacheInterceptor` (core/view-cache): a `@CachedView` answer of the tenant's current data version
 *    is sent without opening a transaction.
 * 6. `TenantTransactionInterceptor` (auth/tenant-transaction.interceptor): one transaction per request under
 *    the tenant's row-level security scope; a write raises the tenant's data version in it.
 * 7. The validation pipe (core/validation): DTOs checked and converted, unknown fields refused.
 * 8. The controller and its service (which read tenant and actor from the request context only).
 * 9. `ProblemFilter` (core/problem.filter): any error becomes `application/problem+json`.
 */
export function requestPipeline(app: INestApplication): void {
  app.use(compressApiAnswers());
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
        },
      },
    }),
  );
  app.use(cookieParser());
  // A parsed body is not parsed again: a large-body route's parser runs first, the general one then passes.
  for (const route of LARGE_JSON_BODY_ROUTES) app.use(route.path, express.json({ limit: route.limit }));
  app.use(express.json({ limit: JSON_BODY_LIMIT }));
  app.use(requestContextMiddleware);
  app.useGlobalGuards(app.get(AuthGuard));
  app.useGlobalInterceptors(app.get(ViewCacheInterceptor), app.get(TenantTransactionInterceptor));
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(app.get(ProblemFilter));
  app.setGlobalPrefix(API_PREFIX);
}

/** OpenAPI 3 document; every operation carries `x-access` with the roles that may call it. */
export function buildOpenApi(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Wijkkompas API')
    .setDescription(
      'Wijkplannen opstellen, toewijzen en volgen. Fouten als application/problem+json (RFC 9457) met invalidParams. ' +
        'Inloggen met POST /auth/login (cookie); elke schrijfactie stuurt de waarde van cookie XSRF-TOKEN mee in header X-XSRF-TOKEN.',
    )
    .setVersion('1.0.0')
    .addCookieAuth('wk_session')
    .build();
  const document = SwaggerModule.createDocument(app, config, { operationIdFactory: operationIdOf });
  // Annotate every operation with its access rule, read from the same metadata the guard uses.
  const accessByOperation = app.get(AccessRegistry).byOperationId();
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, op] of Object.entries(item as Record<string, { operationId?: string } & Record<string, unknown>>)) {
      const access = op.operationId ? accessByOperation.get(op.operationId) : undefined;
      if (access) op['x-access'] = access;
      else throw new Error(`OpenAPI: no access rule found for ${method.toUpperCase()} ${path}`);
    }
  }
  return document;
}

function levels(level: AppConfig['logLevel']): ('debug' | 'log' | 'warn' | 'error' | 'fatal')[] {
  const all = ['debug', 'log', 'warn', 'error', 'fatal'] as const;
  return all.slice(all.indexOf(level));
}

/** Express's `trust proxy`: a hop count (`1`), true/false, or addresses/subnets (`loopback, 10.0.0.0/8`). */
export function trustProxy(raw: string | undefined): boolean | number | string {
  if (raw === undefined || raw === '') return 'loopback';
  if (/^\d+$/.test(raw)) return Number(raw);
  if (raw === 'true' || raw === 'false') return raw === 'true';
  return raw;
}
