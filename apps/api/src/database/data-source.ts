import { DataSource } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from '../migrations';

/**
 * TypeORM on PostgreSQL (a server, or the embedded PGlite behind its socket). Schema only by migrations.
 *
 * The pool survives a restart of the database by itself: a connection the server ends is discarded (pg-pool drops
 * an idle client on its 'error'; TypeORM's query runner and `Db.readAsRole` release a broken one with its error),
 * and the next request opens a new one. `connectTimeoutMs` bounds both opening a connection and waiting for a free
 * one, so that a request answers 503 `database_unavailable` (see core/database-unavailable) instead of hanging
 * while the server is away. Idle connections are closed after 30 s and TCP keep-alive finds a dead peer.
 */
export function createDataSource(url: string, poolSize = 10, logErrors = true, connectTimeoutMs = 5000): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTransactionMode: 'each',
    synchronize: false,
    migrationsRun: false,
    installExtensions: false,
    uuidExtension: 'pgcrypto',
    extra: {
      max: poolSize,
      application_name: 'wijkkompas',
      connectionTimeoutMillis: connectTimeoutMs,
      idleTimeoutMillis: 30_000,
      keepAlive: true,
    },
    logging: logErrors ? ['error'] : false,
  });
}
