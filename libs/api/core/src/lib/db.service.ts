import { Injectable } from '@nestjs/common';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { DataSource, EntityManager } from 'typeorm';
import { isDatabaseUnavailable } from './database-unavailable';
import { isUuid } from './ids';
import { currentContext } from './request-context';

/** The part of a pg client this service uses directly. */
interface PgClient {
  query(text: string): Promise<unknown>;
  on(event: 'error', listener: (error: Error) => void): unknown;
  removeListener(event: 'error', listener: (error: Error) => void): unknown;
}

/** A SQL string literal of a value that is only hex digits (a hash or an id): safe to inline. */
export function hexLiteral(value: string): string {
  if (!/^[0-9a-f]{1,128}$/.test(value)) throw new Error('hexLiteral: not a lower-case hex string');
  return `'${value}'`;
}

/** Database roles created by the migrations. The login user only switches into them, per transaction. */
export const DB_ROLES = {
  /** Tenant-owned data under row-level security; sees nothing unless `app.tenant_id` is set. */
  app: 'wk_app',
  /** Sign-in: reads users and operators by e-mail, manages sessions and throttling. */
  auth: 'wk_auth',
  /** Platform operator: creates tenants. */
  platform: 'wk_platform',
} as const;
export type DbRole = (typeof DB_ROLES)[keyof typeof DB_ROLES];

/**
 * Every query of the application runs inside one of these transactions. The role and the tenant are
 * set with `SET LOCAL` / `set_config(…, true)`, so they end with the transaction: this is the only
 * form that is safe on a pooled connection and on PGlite, where session settings leak.
 */
@Injectable()
export class Db {
  constructor(private readonly dataSource: DataSource) {}

  /** Runs `fn` in a transaction as `wk_app` for one tenant. */
  inTenant<T>(tenantId: string, fn: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      await this.enterTenant(manager, tenantId);
      return fn(manager);
    });
  }

  /** Switches the current transaction to `wk_app` for one tenant (also used by the operator when creating one). */
  async enterTenant(manager: EntityManager, tenantId: string): Promise<void> {
    if (!isUuid(tenantId)) throw new Error('enterTenant: tenant id is not a uuid');
    // One round trip: set_config('role', …, true) is SET LOCAL ROLE; the arguments are evaluated left to right.
    await manager.query(`SELECT set_config('role', $1, true), set_config('app.tenant_id', $2, true)`, [DB_ROLES.app, tenantId]);
  }

  /** Runs `fn` in a transaction under one of the non-tenant roles. */
  asRole<T>(role: typeof DB_ROLES.auth | typeof DB_ROLES.platform, fn: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`SET LOCAL ROLE ${role}`);
      return fn(manager);
    });
  }

  /**
   * A read-only query under a non-tenant role in ONE round trip: `BEGIN; SET LOCAL ROLE …; <sql>; COMMIT`
   * sent as a single simple-protocol message. Used for the session lookup that runs on every request. The
   * simple protocol takes no parameters, so `sql` may only contain literals the caller has checked (see
   * `hexLiteral`).
   */
  async readAsRole<T>(role: typeof DB_ROLES.auth, sql: string): Promise<T[]> {
    // TypeORM's public PostgresDriver API: a pooled connection and its release function.
    const [client, release] = (await (this.dataSource.driver as PostgresDriver).obtainMasterConnection()) as [
      PgClient,
      (error?: unknown) => void,
    ];
    // While the client is out of the pool nobody else listens to its 'error' event: a connection the server
    // ends (a restart) would otherwise be an unhandled 'error' that stops the process. A lost connection is
    // released with its error, so the pool discards it instead of handing it out again.
    let lost: Error | null = null;
    const onError = (error: Error) => (lost ??= error);
    client.on('error', onError);
    const done = (error?: unknown) => {
      client.removeListener('error', onError);
      release(error);
    };
    try {
      const results = await client.query(`BEGIN; SET LOCAL ROLE ${role}; ${sql}; COMMIT`);
      done(lost ?? undefined);
      return (Array.isArray(results) ? (results[2]?.rows ?? []) : []) as T[];
    } catch (error) {
      if (lost || isDatabaseUnavailable(error)) {
        done(lost ?? error);
        throw error;
      }
      // The failed statement left the transaction aborted: end it before the connection goes back.
      try {
        await client.query('ROLLBACK');
        done(lost ?? undefined);
      } catch (rollbackError) {
        done(rollbackError);
      }
      throw error;
    }
  }

  /** The current request's transaction. Throws outside one, so no query can escape the tenant scope. */
  manager(): EntityManager {
    const manager = currentContext()?.manager;
    if (!manager) throw new Error('No request transaction: database work must run inside Db.inTenant/asRole');
    return manager;
  }

  /** Whether the database answers (health check). */
  async ping(): Promise<boolean> {
    try {
      await this.dataSource.query('SELECT 1');
      return true;
    } catch {
      return false;
    }
  }
}
