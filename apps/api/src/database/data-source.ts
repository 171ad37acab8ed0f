import { DataSource } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from '../migrations';

/** TypeORM on PostgreSQL (a server, or the embedded PGlite behind its socket). Schema only by migrations. */
export function createDataSource(url: string, poolSize = 10, logErrors = true): DataSource {
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
    extra: { max: poolSize, application_name: 'wijkkompas' },
    logging: logErrors ? ['error'] : false,
  });
}
