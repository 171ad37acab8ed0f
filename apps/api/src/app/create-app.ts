import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import cookieParser from 'cookie-parser';
import express, { type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import type { DataSource } from 'typeorm';
import {
  ContextLogger,
  createValidationPipe,
  ProblemFilter,
  requestContextMiddleware,
  RequestObserver,
  type LogSink,
  ViewCacheInterceptor,
  type AppConfig,
} from '@wk/api/core';
import { AccessRegistry, AuthGuard, operationIdOf, TenantTransactionInterceptor } from '@wk/api/auth';
import { TENANT_IMPORT_BODY_LIMIT } from '@wk/api/tenancy';
import { TENANT_EXPORT_MEDIA_TYPE } from '@wk/contracts';
import { AppModule } from './app.module';
import { methodNotAllowed, RouteMethods } from './method-not-allowed';
import { addApiConventions, API_VERSION_HEADER } from './openapi-conventions';
import { compressApiAnswers } from './api-compression';
import { serveWebApp } from './web-app';

/** The API's full version (semver): in the OpenAPI document and in the `API-Version` header of every answer. */
export const API_VERSION = '1.0.0';

/** The path every API route lives under, with the major version (ADR API-20). */
export const API_PREFIX = `api/v${API_VERSION.split('.')[0]}`;

/** The JSON body limit of every route but those below. */
export const JSON_BODY_LIMIT = '5mb';

/**
 * Routes that take bigger JSON bodies, with their limit: the operator's import of public statistics (a national
 * Kerncijfers file, ≈17,000 areas × 100 columns, is ≈10–20 MB of CSV). Matched as path prefixes.
 */
export const LARGE_JSON_BODY_ROUTES: readonly { path: string; limit: string }[] = [
  { path: `/${API_PREFIX}/platform/indicator-imports`, limit: '64mb' },
];

/** Routes whose body is a file (raw bytes, not JSON): the operator's import of a gemeente's export file. */
export const RAW_BODY_ROUTES: readonly { path: string; type: string; limit: string }[] = [
  { path: `/${API_PREFIX}/platform/tenant-imports`, type: TENANT_EXPORT_MEDIA_TYPE, limit: TENANT_IMPORT_BODY_LIMIT },
];

export interface CreateAppOptions {
  /** Where log lines go instead of stdout/stderr (tests read them). */
  logSink?: LogSink;
}

/**
 * Builds the HTTP application (used by main.ts and by the integration tests, which call it over real HTTP).
 * No shutdown hooks on signals here: main.ts owns the one orderly shutdown (drain, close, exit).
 */
export async function createApp(config: AppConfig, dataSource: DataSource, options: CreateAppOptions = {}): Promise<INestApplication> {
  const logger = new ContextLogger('Wijkkompas', { logLevels: levels(config.logLevel), format: config.logFormat, sink: options.logSink });
  const app = await NestFactory.create<NestExpressApplication>(AppModule.register(config, dataSource, logger), {
    logger,
    bodyParser: false,
  });
  app.set('trust proxy', trustProxy(process.env['TRUST_PROXY']));
  app.disable('x-powered-by');
  const routes = new RouteMethods();
  requestPipeline(app, routes);

  const document = buildOpenApi(app, config);
  routes.addDocument(document, `/${API_PREFIX}`);
  routes.add(`/${API_PREFIX}/openapi.json`, ['GET']);
  routes.add(`/${API_PREFIX}/docs`, ['GET']);
  const http = app.getHttpAdapter().getInstance();
  // ADR API-51 (/core/doc-openapi): the document is public and readable from any origin (the API itself is not).
  http.get(`/${API_PREFIX}/openapi.json`, (_req: Request, res: Response) => {
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader('Cross-Origin-Resource-Policy', 'cross-origin');
    res.json(document);
  });
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
 * 1. `helmet`: security headers (CSP without inline scripts); every answer under /api gets `API-Version` (ADR API-57).
 * 2. `cookie-parser`, then the body: raw bytes for the operator's import of a gemeente's export file (512 MB),
 *    else JSON (at most 5 MB; 64 MB for the operator's imports of public statistics).
 * 3. `requestContextMiddleware` (core/request-context): request id (X-Request-Id) and client address in the
 *    request's async context; then `RequestObserver` (core/request-observer): duration metric and log line per request.
 * 3a. `methodNotAllowed` (app/method-not-allowed): a known path asked with a method it lacks is a 405 with
 *    `Allow` (the routes come from the OpenAPI document, filled in by createApp); an unknown path goes on to 404.
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
export function requestPipeline(app: INestApplication, routes: RouteMethods): void {
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
  // Before the body parsers: an answer to a body that does not parse carries it too.
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.path.startsWith('/api/')) res.setHeader(API_VERSION_HEADER, API_VERSION);
    next();
  });
  app.use(cookieParser());
  // A parsed body is not parsed again: a large-body route's parser runs first, the general one then passes.
  for (const route of RAW_BODY_ROUTES) app.use(route.path, express.raw({ type: route.type, limit: route.limit }));
  for (const route of LARGE_JSON_BODY_ROUTES) app.use(route.path, express.json({ limit: route.limit }));
  app.use(express.json({ limit: JSON_BODY_LIMIT }));
  app.use(requestContextMiddleware);
  app.use(app.get(RequestObserver).middleware);
  app.use(methodNotAllowed(routes));
  app.useGlobalGuards(app.get(AuthGuard));
  app.useGlobalInterceptors(app.get(ViewCacheInterceptor), app.get(TenantTransactionInterceptor));
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(app.get(ProblemFilter));
  app.setGlobalPrefix(API_PREFIX);
}

/**
 * OpenAPI 3 document; every operation carries `x-access` with the roles that may call it. Paths are relative to
 * the one server, `/api/v1` (ADR API-20: the major version in the server's URL); `tools/api-rules` lints it.
 */
export function buildOpenApi(app: INestApplication, config: AppConfig): OpenAPIObject {
  const options = new DocumentBuilder()
    .setTitle('Wijkkompas API')
    .setDescription(
      'Wijkplannen opstellen, toewijzen en volgen. Fouten als application/problem+json (RFC 9457) met invalidParams. ' +
        'Inloggen met POST /auth/login (cookie); elke schrijfactie stuurt de waarde van cookie XSRF-TOKEN mee in header X-XSRF-TOKEN.',
    )
    .setVersion(API_VERSION)
    .setContact(config.apiContact.name, config.apiContact.url, config.apiContact.email)
    .addServer(`/${API_PREFIX}`, 'Wijkkompas API, versie 1')
    .addCookieAuth('wk_session')
    .build();
  const document = SwaggerModule.createDocument(app, options, { operationIdFactory: operationIdOf, ignoreGlobalPrefix: true });
  // Annotate every operation with its access rule, read from the same metadata the guard uses.
  const accessByOperation = app.get(AccessRegistry).byOperationId();
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, op] of Object.entries(item as Record<string, { operationId?: string } & Record<string, unknown>>)) {
      const access = op.operationId ? accessByOperation.get(op.operationId) : undefined;
      if (access) op['x-access'] = access;
      else throw new Error(`OpenAPI: no access rule found for ${method.toUpperCase()} ${path}`);
    }
  }
  addApiConventions(document, API_VERSION);
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
