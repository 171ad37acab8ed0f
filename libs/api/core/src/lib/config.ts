import { resolve } from 'node:path';
import { isIsoDay } from '@wk/util';

/** Configuration read once at boot from the environment, validated and typed. */
export interface AppConfig {
  port: number;
  /** External PostgreSQL; when absent the API starts an embedded PGlite database. */
  databaseUrl: string | null;
  /** Folder of the embedded database (PGlite). */
  embeddedDataDir: string;
  /** Built web app to serve (folder with index.html); null = API only. */
  webDistDir: string | null;
  session: { idleMinutes: number; absoluteHours: number; secureCookie: boolean };
  throttle: { accountFailures: number; addressFailures: number; windowMinutes: number };
  seedDemo: boolean;
  demoPassword: string;
  dbPoolSize: number;
  /**
   * Milliseconds to open a database connection or wait for a free one (DB_CONNECT_TIMEOUT_MS); after that the
   * request answers 503 `database_unavailable` with Retry-After.
   */
  dbConnectTimeoutMs: number;
  /** How many megabytes of view answers the API keeps in memory (0: none); see ViewCacheInterceptor. */
  viewCacheMegabytes: number;
  /** Requests per minute one client address may make to the public pages' API (WK_PUBLIC_RATE_LIMIT). */
  publicRateLimit: number;
  /**
   * E-mail: SMTP_URL (smtp://user:pass@host:port; none: mails are only kept in the outbox, the demo default),
   * MAIL_FROM, the address of the app in links (APP_URL), and how often the reminder round runs
   * (WK_REMINDER_TICK_SECONDS; 0: never by itself).
   */
  mail: { smtpUrl: string | null; from: string; appUrl: string; tickSeconds: number };
  /**
   * Sign-in through the gemeente's own OpenID Connect provider: how many seconds of clock difference an ID
   * token's times may have (OIDC_CLOCK_TOLERANCE_SECONDS), and whether a provider may be reached over plain
   * http beyond this machine (OIDC_ALLOW_HTTP; never in production).
   */
  oidc: { clockToleranceSeconds: number; allowHttp: boolean };
  /**
   * Who integrators of the API contact (ADR /core/doc-openapi-contact: `info.contact` of the OpenAPI document):
   * API_CONTACT_NAME, API_CONTACT_EMAIL, API_CONTACT_URL (default: the app's address, APP_URL).
   */
  apiContact: { name: string; email: string; url: string };
  logLevel: 'debug' | 'log' | 'warn' | 'error';
  /** LOG_FORMAT: `text` (readable lines, the default) or `json` (one JSON object per line, for a log collector). */
  logFormat: 'text' | 'json';
  /**
   * Operations: the bearer token of GET /api/v1/metrics (METRICS_TOKEN; none: the route answers 404), how many
   * seconds a SIGTERM waits for requests in flight (SHUTDOWN_GRACE_SECONDS), and how long the readiness check
   * waits for the database (READY_TIMEOUT_MS).
   */
  ops: { metricsToken: string | null; shutdownGraceSeconds: number; readyTimeoutMs: number };
  /** WK_TODAY: the day the product takes as today (tests, demos); null = the real date. */
  today: string | null;
}

export class ConfigError extends Error {}

function int(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

function bool(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no', 'off'].includes(raw.toLowerCase())) return false;
  throw new ConfigError(`${name} must be true or false, got "${raw}"`);
}

function smtpUrl(raw: string | undefined): string | null {
  if (!raw) return null;
  if (!/^smtps?:\/\//.test(raw)) throw new ConfigError('SMTP_URL must start with smtp:// or smtps://');
  return raw;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const databaseUrl = env['DATABASE_URL'] || null;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError('DATABASE_URL must start with postgres:// or postgresql://');
  }
  const logLevel = (env['LOG_LEVEL'] ?? 'log') as AppConfig['logLevel'];
  if (!['debug', 'log', 'warn', 'error'].includes(logLevel)) {
    throw new ConfigError('LOG_LEVEL must be debug, log, warn or error');
  }
  const logFormat = (env['LOG_FORMAT'] || 'text') as AppConfig['logFormat'];
  if (!['text', 'json'].includes(logFormat)) throw new ConfigError(`LOG_FORMAT must be text or json, got "${logFormat}"`);
  const metricsToken = env['METRICS_TOKEN'] || null;
  if (metricsToken !== null && !/^[\x21-\x7e]{16,512}$/.test(metricsToken)) {
    throw new ConfigError('METRICS_TOKEN must be 16 to 512 visible characters without spaces');
  }
  const today = env['WK_TODAY'] || null;
  if (today && !isIsoDay(today)) {
    throw new ConfigError(`WK_TODAY must be a day written yyyy-mm-dd, got "${today}"`);
  }
  const contactEmail = env['API_CONTACT_EMAIL'] || 'api@wijkkompas.invalid';
  if (!/^[^@\s]+@[^@\s]+$/.test(contactEmail)) throw new ConfigError(`API_CONTACT_EMAIL must be an e-mail address, got "${contactEmail}"`);
  const appUrl = (env['APP_URL'] || `http://localhost:${env['PORT'] || 3000}`).replace(/\/+$/, '');
  return {
    port: int(env, 'PORT', 3000, 1, 65535),
    databaseUrl,
    embeddedDataDir: resolve(env['WK_DATA_DIR'] || '.wijkkompas/pgdata'),
    webDistDir: env['WK_WEB_DIST'] === '' ? null : resolve(env['WK_WEB_DIST'] || 'dist/apps/web/browser'),
    session: {
      idleMinutes: int(env, 'SESSION_IDLE_MINUTES', 30, 1, 24 * 60),
      absoluteHours: int(env, 'SESSION_ABSOLUTE_HOURS', 12, 1, 24 * 14),
      secureCookie: bool(env, 'COOKIE_SECURE', env['NODE_ENV'] === 'production' && !!databaseUrl),
    },
    throttle: {
      accountFailures: int(env, 'LOGIN_MAX_FAILURES_ACCOUNT', 5, 1, 1000),
      addressFailures: int(env, 'LOGIN_MAX_FAILURES_ADDRESS', 20, 1, 100000),
      windowMinutes: int(env, 'LOGIN_THROTTLE_MINUTES', 15, 1, 24 * 60),
    },
    seedDemo: bool(env, 'WK_SEED_DEMO', !databaseUrl),
    demoPassword: env['WK_DEMO_PASSWORD'] || 'Wijkkompas-demo-2026',
    dbPoolSize: int(env, 'DB_POOL_SIZE', 10, 1, 200),
    dbConnectTimeoutMs: int(env, 'DB_CONNECT_TIMEOUT_MS', 5000, 100, 120_000),
    viewCacheMegabytes: int(env, 'VIEW_CACHE_MB', 64, 0, 16_384),
    publicRateLimit: int(env, 'WK_PUBLIC_RATE_LIMIT', 120, 1, 100_000),
    mail: {
      smtpUrl: smtpUrl(env['SMTP_URL']),
      from: env['MAIL_FROM'] || 'Wijkkompas <noreply@wijkkompas.invalid>',
      appUrl,
      tickSeconds: int(env, 'WK_REMINDER_TICK_SECONDS', 300, 0, 24 * 3600),
    },
    oidc: {
      clockToleranceSeconds: int(env, 'OIDC_CLOCK_TOLERANCE_SECONDS', 30, 0, 600),
      allowHttp: bool(env, 'OIDC_ALLOW_HTTP', false),
    },
    apiContact: {
      name: env['API_CONTACT_NAME'] || 'Wijkkompas',
      email: contactEmail,
      url: env['API_CONTACT_URL'] || appUrl,
    },
    logLevel,
    logFormat,
    ops: {
      metricsToken,
      shutdownGraceSeconds: int(env, 'SHUTDOWN_GRACE_SECONDS', 10, 0, 3600),
      readyTimeoutMs: int(env, 'READY_TIMEOUT_MS', 2000, 100, 60_000),
    },
    today,
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
