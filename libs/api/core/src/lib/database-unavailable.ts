import { QueryRunnerAlreadyReleasedError, QueryRunnerProviderAlreadyReleasedError } from 'typeorm';

/**
 * Errors that mean "the database cannot be reached right now" (a restart, a failover, a network cut), as
 * opposed to errors in a query. The problem filter answers these with 503 `database_unavailable` and a
 * `Retry-After` header instead of a 500: the request may be sent again once the database is back. The pool
 * discards the broken connection itself (see `createDataSource` and `Db.readAsRole`) and opens new ones.
 */

/** Seconds a client is asked to wait (`Retry-After`) before sending the request again. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

/** Socket errors of the connection to the server (Node's `error.code`). */
const SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EHOSTDOWN',
  'EAI_AGAIN',
]);

/**
 * SQLSTATEs of an unreachable or stopping server: class 08 (connection exception), 57P01 admin_shutdown
 * (a fast or smart shutdown), 57P02 crash_shutdown, 57P03 cannot_connect_now (starting up or shutting down),
 * 53300 too_many_connections (the server is full for a moment).
 */
const SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300']);

/** Messages of `pg` and `pg-pool` for a lost or never-made connection (they carry no code). */
const MESSAGES = [
  /^Connection terminated/i, // "Connection terminated unexpectedly", "… due to connection timeout"
  /^timeout exceeded when trying to connect/i, // pg-pool: no connection within connectionTimeoutMillis
  /^timeout expired$/, // pg: the server did not answer the startup within connectionTimeoutMillis
  /is not queryable/i, // "Client has encountered a connection error and is not queryable"
  /^Client was closed and is not queryable/i,
  /the database system is (starting up|shutting down|in recovery mode)/i,
  /terminating connection due to administrator command/i,
];

/**
 * Whether `error` (or the error it wraps: TypeORM's `driverError`, the attempts of an `AggregateError`) is one of
 * these. `cause` is not followed: a failed `fetch` to another service (an OpenID provider) wraps its socket error
 * there, and that is not the database.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  const visit = (e: unknown): boolean => {
    if (!e || typeof e !== 'object' || seen.has(e)) return false;
    seen.add(e);
    // TypeORM releases a transaction's query runner when its connection reports an error (the server ended it);
    // the transaction's next query then fails with one of these. The request code never uses a runner after its
    // transaction, so here they mean a connection lost mid-transaction.
    if (e instanceof QueryRunnerAlreadyReleasedError || e instanceof QueryRunnerProviderAlreadyReleasedError) return true;
    const { code, syscall, message, driverError, errors } = e as {
      code?: unknown;
      syscall?: unknown;
      message?: unknown;
      driverError?: unknown;
      errors?: unknown;
    };
    if (typeof code === 'string') {
      if (SOCKET_CODES.has(code) || SQLSTATES.has(code) || /^08[0-9A-Z]{3}$/.test(code)) return true;
      // A Unix socket that is gone while the server restarts (not any missing file).
      if (code === 'ENOENT' && syscall === 'connect') return true;
    }
    if (typeof message === 'string' && MESSAGES.some((m) => m.test(message))) return true;
    return visit(driverError) || (Array.isArray(errors) && errors.some(visit));
  };
  return visit(error);
}
