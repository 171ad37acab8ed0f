import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import type { Server } from 'node:http';
import { ConfigError, Lifecycle, loadConfig, startEmbeddedPostgres, type EmbeddedPostgres } from '@wk/api/core';
import { createApp } from './app/create-app';
import { createDataSource } from './database/data-source';
import { DEMO_OPERATOR_EMAIL, seedDemo } from './seed/seed-demo';
import { DEMO_CONSULTANT } from './seed/demo-content';
import { seedIndicators } from './seed/seed-indicators';

async function bootstrap(): Promise<void> {
  const started = performance.now();
  const logger = new Logger('Wijkkompas');
  const config = loadConfig();
  let embedded: EmbeddedPostgres | null = null;
  let url = config.databaseUrl;
  if (!url) {
    embedded = await startEmbeddedPostgres(config.embeddedDataDir, config.dbPoolSize + 2);
    url = embedded.url;
    logger.log(`Embedded PostgreSQL (PGlite) on data folder ${config.embeddedDataDir}`);
  }
  const dataSource = createDataSource(url, config.dbPoolSize, true, config.dbConnectTimeoutMs);
  await dataSource.initialize();
  const applied = await dataSource.runMigrations();
  if (applied.length) logger.log(`Applied ${applied.length} migration(s)`);
  if (process.argv.includes('--migrate-only')) {
    await dataSource.destroy();
    await embedded?.close();
    return;
  }
  const app = await createApp(config, dataSource);
  await app.init();
  await seedIndicators(app);
  let demo: Awaited<ReturnType<typeof seedDemo>> | null = null;
  if (config.seedDemo) demo = await seedDemo(app, config.demoPassword);
  // The one orderly shutdown (createApp registers no signal hooks of Nest's own): drain, close, exit 0.
  let stopping = false;
  const shutdown = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    const grace = config.ops.shutdownGraceSeconds;
    logger.log(`${signal}: no new connections; requests in flight get at most ${grace} s`);
    // Readiness answers 503 from now on, and every answer closes its connection.
    app.get(Lifecycle).startDrain();
    const server = app.getHttpServer() as Server;
    const drained = new Promise<void>((resolve) => server.close(() => resolve()));
    // Kept-alive connections without a request end now (Node 19+ does this in close() as well).
    server.closeIdleConnections();
    let timer: NodeJS.Timeout | undefined;
    const inTime = await Promise.race([
      drained.then(() => true),
      new Promise<boolean>((resolve) => {
        timer = setTimeout(() => resolve(false), grace * 1000);
      }),
    ]);
    clearTimeout(timer);
    if (!inTime) {
      logger.warn(`Requests still running after ${grace} s: their connections are closed`);
      server.closeAllConnections();
      await drained;
    }
    // Shutdown hooks (the job queue stops), then the database.
    await app.close();
    if (dataSource.isInitialized) await dataSource.destroy();
    await embedded?.close();
    logger.log('Stopped');
    process.exit(0);
  };
  // A failed shutdown still ends the process, with the reason in the log (not an unhandled rejection).
  const onSignal = (signal: NodeJS.Signals) => {
    shutdown(signal).catch((error: unknown) => {
      logger.error(`Shutdown failed: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    });
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  await app.listen(config.port, process.env['HOST'] ?? '0.0.0.0');
  const base = `http://localhost:${config.port}`;
  const lines = [
    '',
    `  Wijkkompas draait op ${base}  (gestart in ${((performance.now() - started) / 1000).toFixed(1)} s)`,
    `  API-documentatie: ${base}/api/v1/docs`,
  ];
  if (demo) {
    lines.push(`  Demo-accounts (wachtwoord: ${config.demoPassword}):`);
    lines.push(`    platformbeheer        ${DEMO_OPERATOR_EMAIL}`);
    for (const t of demo.tenants) {
      lines.push(
        `    ${t.name.padEnd(21)} ${t.users.map((u) => u.email.split('@')[0]).join(', ')}  @${t.users[0]?.email.split('@')[1] ?? ''}`,
      );
    }
    const roles = { admin: 'beheerder', planner: 'planner', contributor: 'trekker', viewer: 'raadslid' } as const;
    const where = DEMO_CONSULTANT.memberships
      .map((ms) => `${roles[ms.role]} in ${demo?.tenants.find((t) => t.slug === ms.slug)?.name ?? ms.slug}`)
      .join(', ');
    lines.push(`    twee gemeenten        ${DEMO_CONSULTANT.email}  (${where})`);
  }
  lines.push('');
  console.log(lines.join('\n'));
}

bootstrap().catch((error: unknown) => {
  if (error instanceof ConfigError) console.error(`Configuration error: ${error.message}`);
  else console.error(error);
  process.exit(1);
});
