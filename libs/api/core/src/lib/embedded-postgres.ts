import { mkdirSync } from 'node:fs';

export interface EmbeddedPostgres {
  url: string;
  close(): Promise<void>;
}

// PGlite ships as an ES module; a real dynamic import keeps webpack/tsc from rewriting it to require().
const importEsm = new Function('specifier', 'return import(specifier)') as <T>(specifier: string) => Promise<T>;

/**
 * Starts PostgreSQL compiled to WebAssembly (PGlite) on a data folder and serves it over the
 * PostgreSQL wire protocol on 127.0.0.1, so `pg` and TypeORM connect to it unchanged.
 */
export async function startEmbeddedPostgres(dataDir: string, maxConnections = 20, port = 0): Promise<EmbeddedPostgres> {
  mkdirSync(dataDir, { recursive: true });
  const { PGlite } = await importEsm<typeof import('@electric-sql/pglite')>('@electric-sql/pglite');
  const { PGLiteSocketServer } = await importEsm<typeof import('@electric-sql/pglite-socket')>('@electric-sql/pglite-socket');
  const db = await PGlite.create(dataDir);
  const chosenPort = port || (await freePort());
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: chosenPort, maxConnections });
  await server.start();
  return {
    url: `postgresql://postgres@127.0.0.1:${chosenPort}/postgres`,
    async close() {
      await server.stop();
      await db.close();
    },
  };
}

async function freePort(): Promise<number> {
  const net = await import('node:net');
  return new Promise((resolvePort, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const found = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => resolvePort(found));
    });
  });
}
