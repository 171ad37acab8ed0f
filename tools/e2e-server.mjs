// Serves the built product for the browser tests on port 3100 with a fresh, seeded database:
// E2E_DATABASE_URL (emptied first) when set, otherwise a new PGlite folder under tmp/.
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { NX_ENV } from './run.mjs';

const env = { ...process.env, ...NX_ENV, PORT: process.env.E2E_PORT ?? '3100', WK_SEED_DEMO: 'true', LOG_LEVEL: 'warn' };
delete env.DATABASE_URL;
if (process.env.E2E_DATABASE_URL) {
  const client = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await client.connect();
  await client.query('DROP SCHEMA IF EXISTS public CASCADE');
  await client.query('CREATE SCHEMA public');
  await client.end();
  env.DATABASE_URL = process.env.E2E_DATABASE_URL;
} else {
  mkdirSync('tmp', { recursive: true });
  env.WK_DATA_DIR = join(mkdtempSync(join('tmp', 'e2e-pg-')), 'pgdata');
}
const server = spawn(process.execPath, ['dist/apps/api/main.js'], { stdio: 'inherit', env });
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => server.kill(sig));
server.on('exit', (c) => process.exit(c ?? 0));
