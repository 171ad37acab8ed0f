import 'reflect-metadata';
import type { INestApplication } from '@nestjs/common';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { Pool } from 'pg';
import type { DataSource } from 'typeorm';
import { hashPassword, loadConfig, type AppConfig, type LogSink } from '@wk/api/core';
import {
  createOperator,
  cell,
  createTenantFixture,
  TEST_PASSWORD,
  type GemeenteWithWijk,
  type OwnerQuery,
  type TenantFixture,
  ApiClient,
} from '@wk/api/testing';
import { parseCsv } from '@wk/util';
import { createApp } from '../src/app/create-app';
import { createDataSource } from '../src/database/data-source';
import { resolveCbsDataDir } from '../src/seed/cbs-reference';

export interface TestApp {
  app: INestApplication;
  baseUrl: string;
  dataSource: DataSource;
  config: AppConfig;
  owner: OwnerQuery;
  operator: () => Promise<ApiClient>;
  /** A tenant built through the API, in a gemeente no other tenant in this database uses. */
  tenant: () => Promise<TenantFixture>;
  /** A real gemeente (with one of its 2024 wijken) that no tenant has yet; never one of the study's six. */
  freeGemeente: () => Promise<GemeenteWithWijk>;
  close: () => Promise<void>;
}

/**
 * The day every integration test runs on (the API's clock, WK_TODAY): tests never depend on the real date.
 * WK_TEST_TODAY moves the whole suite to another day.
 */
export const TEST_TODAY = process.env['WK_TEST_TODAY'] || '2026-11-16';

let passwordHash: Promise<string> | null = null;

export interface TestAppOptions {
  /** Receives every log line of this app instead of stdout/stderr. */
  logSink?: LogSink;
  /** Another address of the test database (e.g. through a proxy the test controls); the owner queries keep the real one. */
  databaseUrl?: string;
}

/** Starts the real application on a random port against the test database (migrations applied). */
export async function startTestApp(env: Record<string, string> = {}, options: TestAppOptions = {}): Promise<TestApp> {
  const url = process.env['WK_TEST_DATABASE_URL'];
  if (!url) throw new Error('WK_TEST_DATABASE_URL is not set: run integration tests through jest.int.config.cts');
  const config = loadConfig({
    WK_WEB_DIST: '',
    WK_SEED_DEMO: 'false',
    LOG_LEVEL: 'error',
    WK_TODAY: TEST_TODAY,
    WK_REMINDER_TICK_SECONDS: '0',
    ...env,
  });
  const dataSource = createDataSource(options.databaseUrl ?? url, 5, false, config.dbConnectTimeoutMs);
  await dataSource.initialize();
  await dataSource.runMigrations();
  const app = await createApp(config, dataSource, { logSink: options.logSink });
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}/api/v1`;
  const pool = new Pool({ connectionString: url, max: 2 });
  const owner: OwnerQuery = async (sql, params) => (await pool.query(sql, params as unknown[])).rows as Record<string, unknown>[];
  const hash = (passwordHash ??= hashPassword(TEST_PASSWORD));
  const operator = async () => createOperator(baseUrl, owner, await hash);
  return {
    app,
    baseUrl,
    dataSource,
    config,
    owner,
    operator,
    tenant: async () => createTenantFixture(baseUrl, await operator(), await freeGemeente(owner)),
    freeGemeente: () => freeGemeente(owner),
    close: async () => {
      await app.close();
      await pool.end();
      if (dataSource.isInitialized) await dataSource.destroy();
    },
  };
}

let gemeenten: GemeenteWithWijk[] | null = null;

/** The study's six gemeenten: kept free for the suites that want their real wijken. */
const STUDY_GEMEENTEN = new Set(['GM0014', 'GM0268', 'GM0518', 'GM0599', 'GM0637', 'GM0995']);

/**
 * A real gemeente (with one of its real 2024 CBS wijken) that no tenant in the database has yet.
 * Deterministic (the last free one in CBS order), so that a failing run can be repeated.
 */
async function freeGemeente(owner: OwnerQuery): Promise<GemeenteWithWijk> {
  if (!gemeenten) {
    const table = parseCsv(readFileSync(join(resolveCbsDataDir(), 'wijken_2024_nl.csv'), 'utf8'));
    const seen = new Map<string, GemeenteWithWijk>();
    for (const row of table.rows) {
      const gm = row.cells['gemeentecode'];
      if (gm && gm !== 'GM0998' && !seen.has(gm))
        seen.set(gm, {
          gmCode: gm,
          name: cell(row, 'gemeentenaam'),
          wijkCode: cell(row, 'wijkcode'),
        });
    }
    gemeenten = [...seen.values()];
  }
  const used = new Set((await owner('SELECT cbs_code FROM tenants')).map((r) => String(r['cbs_code'])));
  const pick = gemeenten.filter((g) => !used.has(g.gmCode) && !STUDY_GEMEENTEN.has(g.gmCode)).pop();
  if (!pick) throw new Error('no free gemeente left');
  return pick;
}
