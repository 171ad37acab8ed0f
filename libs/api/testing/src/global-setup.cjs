/**
 * Jest globalSetup for integration tests: a real PostgreSQL for the whole run.
 * - TEST_DATABASE_URL set: that database, emptied first (schema public dropped and recreated).
 * - otherwise: PGlite (PostgreSQL in WebAssembly) in a temporary folder, served over the wire protocol.
 * Migrations are applied by the first test app that starts (they are idempotent).
 */
const { mkdtempSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const net = require('node:net');

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

module.exports = async function globalSetup() {
  process.env.TZ = 'UTC';
  const external = process.env.TEST_DATABASE_URL;
  if (external) {
    const { Client } = require('pg');
    const client = new Client({ connectionString: external });
    await client.connect();
    await client.query('DROP SCHEMA IF EXISTS public CASCADE');
    await client.query('CREATE SCHEMA public');
    await client.end();
    process.env.WK_TEST_DATABASE_URL = external;
    return;
  }
  const { PGlite } = await import('@electric-sql/pglite');
  const { PGLiteSocketServer } = await import('@electric-sql/pglite-socket');
  const dir = mkdtempSync(join(tmpdir(), 'wk-int-'));
  const db = await PGlite.create(dir);
  const port = await freePort();
  const server = new PGLiteSocketServer({
    db,
    host: '127.0.0.1',
    port,
    maxConnections: 40,
  });
  await server.start();
  globalThis.__WK_PGLITE__ = { db, server };
  process.env.WK_TEST_DATABASE_URL = `postgresql://postgres@127.0.0.1:${port}/postgres`;
};
