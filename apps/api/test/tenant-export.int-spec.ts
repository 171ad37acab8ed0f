import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { Client } from 'pg';
import type { Plan, Role, TenantImportResult } from '@wk/contracts';
import {
  adoptPlan,
  ApiClient,
  createPlanFixture,
  firstAction,
  ownIndicator,
  problem,
  TEST_PASSWORD,
  type TenantFixture,
} from '@wk/api/testing';
import { NOT_EXPORTED, tenantOwnedTables } from '@wk/api/tenancy';
import { dayIn } from '@wk/util';
import { startTestApp, type TestApp } from './harness';

/**
 * Export of one gemeente and import into another installation (issue 15), and a full back-up with pg_dump/pg_restore.
 * Both restores are checked by what matters: the same API answers for the same people.
 */

/**
 * A second database (the installation a gemeente moves to, the restore target) needs a PostgreSQL server: the embedded
 * PGlite serves one database, and pg_dump 15 does not read it. Without TEST_DATABASE_URL those tests are skipped and say
 * so; CI runs them.
 */
const ON_POSTGRES = Boolean(process.env['TEST_DATABASE_URL']);
if (!ON_POSTGRES)
  process.stderr.write('tenant-export.int-spec: the import and pg_restore tests need TEST_DATABASE_URL (a PostgreSQL server); skipped.\n');
const itOnPostgres = ON_POSTGRES ? it : it.skip;
// Two apps, migrations on a second database, a dump and a restore: more than the default minute on a busy machine.
jest.setTimeout(240_000);

const ROLES: readonly Role[] = ['admin', 'planner', 'contributor', 'viewer'];
const GZIP = 'application/gzip';

/** A database of this server next to the test database (same server, another name), made empty. */
async function freshDatabase(name: string): Promise<string> {
  const url = new URL(process.env['WK_TEST_DATABASE_URL'] ?? '');
  const admin = new Client({ connectionString: url.toString() });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name}`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  url.pathname = `/${name}`;
  return url.toString();
}

/** Starts a second test app on another database (migrations applied there). */
async function startAppOn(url: string): Promise<TestApp> {
  const before = process.env['WK_TEST_DATABASE_URL'];
  process.env['WK_TEST_DATABASE_URL'] = url;
  try {
    return await startTestApp();
  } finally {
    process.env['WK_TEST_DATABASE_URL'] = before;
  }
}

/** The answers a gemeente's people get, per role: what an export and import must keep. */
async function answers(clients: Record<Role, ApiClient>, plan: Plan, wijkId: string): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  const reads: [Role, string][] = [
    ['admin', '/tenant'],
    ['admin', '/users'],
    ['admin', '/org-units'],
    ['admin', '/wijken'],
    ['admin', `/wijken/${wijkId}`],
    ['admin', '/audit-events?limit=200'],
    ['planner', '/plans'],
    ['planner', `/plans/${plan.id}`],
    ['planner', `/plans/${plan.id}/history`],
    ['planner', `/plans/${plan.id}/dashboard?asOf=2026-12-31`],
    ['planner', `/plans/${plan.id}/milestones`],
    ['planner', `/plans/${plan.id}/closed-periods`],
    ['planner', `/actions/${firstAction(plan).id}/updates`],
    ['planner', '/overview'],
    ['planner', '/indicators'],
    ['contributor', '/my-actions'],
    ['viewer', '/plans'],
    ['viewer', `/plans/${plan.id}/dashboard?asOf=2026-12-31`],
  ];
  for (const [role, path] of reads) {
    const r = await clients[role].get(path);
    expect({ path, role, status: r.status }).toEqual({ path, role, status: 200 });
    out[`${role} ${path}`] = r.body;
  }
  return out;
}

/** The lines of an export file: header, table lines and rows, end line. */
function linesOf(file: Buffer): unknown[] {
  return gunzipSync(file)
    .toString('utf8')
    .split('\n')
    .filter((l) => l)
    .map((l) => JSON.parse(l) as unknown);
}

describe('export and import of one gemeente', () => {
  let t: TestApp;
  let f: TenantFixture;
  let other: TenantFixture;
  let plan: Plan;
  let operator: ApiClient;

  beforeAll(async () => {
    t = await startTestApp();
    f = await t.tenant();
    other = await t.tenant();
    operator = await t.operator();
    plan = await adoptPlan(f, await createPlanFixture(f), { adoptedOn: '2026-01-15', decisionReference: 'RB-2026-001' });
    const action = firstAction(plan);
    for (const [quarter, status, percentComplete] of [
      [1, 'on_track', 20],
      [2, 'at_risk', 35],
      [2, 'on_track', 40],
    ] as const) {
      const r = await f.as.contributor.post(`/actions/${action.id}/updates`, {
        year: 2026,
        quarter,
        status,
        percentComplete,
        narrative: `Stand K${quarter}.`,
        spentCents: 1_000_000 * quarter,
      });
      expect(r.status).toBe(201);
    }
    expect((await f.as.planner.post(`/plans/${plan.id}/closed-periods`, { year: 2026, quarter: 1 })).status).toBe(201);
    expect((await f.as.planner.post('/indicators', ownIndicator())).status).toBe(201);
    // A draft revision beside the adopted one.
    expect((await f.as.planner.post(`/plans/${plan.id}/revisions`, { version: plan.version })).status).toBe(201);
  });
  afterAll(() => t.close());

  it('covers every table with a tenant_id: exported, or left out for a stated reason', async () => {
    const file = await operator.download(`/platform/tenants/${f.tenant.id}/export`);
    expect(file.status).toBe(200);
    const exported = linesOf(file.bytes)
      .map((l) => (l as { table?: string }).table)
      .filter((n): n is string => typeof n === 'string');
    const owned = await t.dataSource.transaction((m) => tenantOwnedTables(m));
    expect(owned.length).toBeGreaterThan(20);
    for (const table of owned)
      expect({ table, covered: exported.includes(table) || table in NOT_EXPORTED }).toEqual({ table, covered: true });
    expect(exported).toEqual(expect.arrayContaining(['tenants', 'accounts', 'audit_events', 'progress_updates', 'tenant_indicators']));
    // Parents before children: the gemeente first, accounts before memberships, plans before actions before updates.
    const at = (n: string) => exported.indexOf(n);
    expect(at('tenants')).toBe(0);
    expect(at('accounts')).toBeLessThan(at('users'));
    expect(at('plans')).toBeLessThan(at('plan_actions'));
    expect(at('plan_actions')).toBeLessThan(at('progress_updates'));
    expect(exported).not.toContain('sessions');
  });

  itOnPostgres('imports into a freshly migrated database with the same answers for the same people', async () => {
    const file = await operator.download(`/platform/tenants/${f.tenant.id}/export`);
    expect(file.status).toBe(200);
    expect(file.contentType).toBe(GZIP);
    expect(file.headers.get('content-disposition')).toContain(`wijkkompas-${f.tenant.slug}-`);
    const [header] = linesOf(file.bytes) as [Record<string, unknown>];
    expect(header).toMatchObject({
      format: 'wijkkompas-tenant-export',
      formatVersion: 1,
      gemeente: { id: f.tenant.id, slug: f.tenant.slug },
      exportedBy: 'operator',
    });
    // The app's clock (WK_TODAY of the tests), not the real date: the pinned day in the Netherlands, whatever the
    // time of day (after midnight there, the instant in UTC still lies on the day before).
    expect(dayIn(new Date(String(header['exportedAt'])))).toBe('2026-11-16');
    expect(header['schemaVersion']).toEqual((await t.owner('SELECT name FROM migrations ORDER BY timestamp DESC LIMIT 1'))[0]?.['name']);
    const before = await answers(f.as, plan, f.wijken[0].id);

    const second = await startAppOn(await freshDatabase('wk_exp_restore'));
    try {
      const op2 = await second.operator();
      const imported = await op2.upload<TenantImportResult>('/platform/tenant-imports', file.bytes, GZIP);
      expect(imported.status).toBe(201);
      expect(imported.body.tenant).toEqual({ id: f.tenant.id, slug: f.tenant.slug, name: f.tenant.name });
      expect(imported.body.rows['progress_updates']).toBe(3);
      const clients = {} as Record<Role, ApiClient>;
      for (const role of ROLES) {
        clients[role] = new ApiClient(second.baseUrl);
        await clients[role].login(f.users[role].email, TEST_PASSWORD);
      }
      const after = await answers(clients, plan, f.wijken[0].id);
      // What must differ, and only that: the import itself is the newest audit event of the gemeente.
      const audit = after['admin /audit-events?limit=200'] as { total: number; items: { action: string }[] };
      expect(audit.items[0]?.action).toBe('tenant.imported');
      after['admin /audit-events?limit=200'] = { total: audit.total - 1, items: audit.items.slice(1) };
      expect(after).toEqual(before);
      // The export is in the file's audit log too (it was written in the export's own snapshot).
      expect(audit.items.filter((e) => e.action === 'tenant.exported')).toHaveLength(2);

      // The gemeente exists now: a second import is refused and changes nothing.
      const again = await op2.upload('/platform/tenant-imports', file.bytes, GZIP);
      expect(again.status).toBe(409);
      expect(again.contentType).toContain('application/problem+json');
      expect((await second.owner('SELECT count(*)::int AS n FROM tenants'))[0]?.['n']).toBe(1);
    } finally {
      await second.close();
    }
  });

  itOnPostgres('refuses a changed, cut-off or foreign file with 422 and writes nothing', async () => {
    const file = await operator.download(`/platform/tenants/${other.tenant.id}/export`);
    expect(file.status).toBe(200);
    const second = await startAppOn(await freshDatabase('wk_exp_refuse'));
    try {
      const op2 = await second.operator();
      const text = gunzipSync(file.bytes).toString('utf8');
      const changed = gzipSync(Buffer.from(text.replace(other.users.planner.name, 'Iemand anders'), 'utf8'));
      const truncated = file.bytes.subarray(0, Math.floor(file.bytes.length / 2));
      const withoutEnd = gzipSync(Buffer.from(text.split('\n').slice(0, -2).join('\n') + '\n', 'utf8'));
      const otherSchema = gzipSync(Buffer.from(text.replace(/"schemaVersion":"[^"]+"/, '"schemaVersion":"Old1700000000000"'), 'utf8'));
      for (const [what, bytes, code] of [
        ['changed', changed, 'checksum'],
        ['truncated', truncated, 'gzip'],
        ['without its end', withoutEnd, 'truncated'],
        ['not gzip', Buffer.from('hallo'), 'gzip'],
      ] as const) {
        const r = await op2.upload('/platform/tenant-imports', bytes, GZIP);
        expect({ what, status: r.status, contentType: r.contentType }).toEqual({
          what,
          status: 422,
          contentType: expect.stringContaining('application/problem+json'),
        });
        expect(problem(r).invalidParams?.[0]).toMatchObject({ name: 'body', code });
      }
      const schema = await op2.upload('/platform/tenant-imports', otherSchema, GZIP);
      expect(schema.status).toBe(422);
      expect(problem(schema).invalidParams?.[0]).toMatchObject({ name: 'schemaVersion', code: 'mismatch' });
      const json = await op2.post('/platform/tenant-imports', { hallo: 1 });
      expect(json.status).toBe(400);
      expect(problem(json).invalidParams?.[0]).toMatchObject({ name: 'body', code: 'content_type' });
      for (const table of ['tenants', 'users', 'accounts', 'audit_events'])
        expect({ table, rows: (await second.owner(`SELECT count(*)::int AS n FROM ${table}`))[0]?.['n'] }).toEqual({ table, rows: 0 });
      // A person of the file already has an account here (beheerder of another gemeente, own password).
      const g = await second.freeGemeente();
      expect(g.gmCode).not.toBe(other.tenant.cbsCode);
      const ownPassword = 'Eigen-wachtwoord-hier-2026';
      const here = await op2.post('/platform/tenants', {
        name: `Gemeente ${g.name}`,
        slug: `hier-${g.gmCode.toLowerCase()}`,
        cbsCode: g.gmCode,
        admin: { email: other.users.planner.email, name: 'Al bekend', password: ownPassword },
      });
      expect(here.status).toBe(201);
      // The file itself is fine: it imports.
      expect((await op2.upload('/platform/tenant-imports', file.bytes, GZIP)).status).toBe(201);
      // That person keeps the one account and its password, and now works for both gemeenten.
      const person = new ApiClient(second.baseUrl);
      expect((await person.request('POST', '/auth/login', { email: other.users.planner.email, password: TEST_PASSWORD })).status).toBe(401);
      const session = await person.login(other.users.planner.email, ownPassword);
      const memberships = (session.body as { memberships: { tenantId: string; role: string }[] }).memberships;
      expect(memberships.map((ms) => ms.tenantId).sort()).toEqual([other.tenant.id, (here.body as { id: string }).id].sort());
      expect(
        (await second.owner('SELECT count(*)::int AS n FROM accounts WHERE lower(email) = lower($1)', [other.users.planner.email]))[0]?.[
          'n'
        ],
      ).toBe(1);
    } finally {
      await second.close();
    }
  });

  it("lets the beheerder download the own gemeente's data only, without the provider credentials", async () => {
    const provider = {
      issuer: 'https://login.example.nl',
      clientId: 'wijkkompas',
      clientAuth: 'client_secret_basic',
      clientSecret: 'geheim-van-de-gemeente',
      groupsClaim: 'groups',
      roleMappings: [{ group: 'planners', role: 'planner' }],
      emailDomains: ['example.nl'],
      passwordSignIn: true,
      // Switched off: saved without asking the (unreachable) provider for its discovery document.
      enabled: false,
    };
    expect((await f.as.admin.put('/identity-provider', provider)).status).toBe(200);
    const secretIn = (file: Buffer) => gunzipSync(file).toString('utf8').includes('geheim-van-de-gemeente');
    expect(secretIn((await operator.download(`/platform/tenants/${f.tenant.id}/export`)).bytes)).toBe(true);
    const own = await f.as.admin.download('/tenant-export');
    expect(own.status).toBe(200);
    expect(secretIn(own.bytes)).toBe(false);
    const lines = linesOf(own.bytes);
    expect((lines[0] as { excluded: Record<string, string> }).excluded).toHaveProperty(['identity_providers.client_secret']);
    expect(lines[0]).toMatchObject({ gemeente: { id: f.tenant.id }, exportedBy: 'admin' });
    const tenantIds = new Set(
      lines.filter((l): l is unknown[] => Array.isArray(l)).flatMap((row) => row.filter((v) => v === other.tenant.id)),
    );
    expect(tenantIds.size).toBe(0);
    // No other role of the gemeente, and another gemeente's id is not reachable through the operator's route.
    for (const role of ['planner', 'contributor', 'viewer'] as const)
      expect((await f.as[role].download('/tenant-export')).status).toBe(403);
    expect((await f.as.admin.download(`/platform/tenants/${other.tenant.id}/export`)).status).toBe(403);
    expect((await operator.download('/platform/tenants/00000000-0000-4000-8000-000000000000/export')).status).toBe(404);
    const audit = await f.as.admin.get<{ items: { action: string; after: { by?: string } | null }[] }>('/audit-events?limit=20');
    expect(audit.body.items.find((e) => e.action === 'tenant.exported')).toMatchObject({ after: { by: 'admin' } });
  });
});

describe('back-up and restore of the whole database (pg_dump -Fc, pg_restore)', () => {
  itOnPostgres('restores into a new database that gives the same answers', async () => {
    const t = await startTestApp();
    const dir = mkdtempSync(join(tmpdir(), 'wk-dump-'));
    try {
      const f = await t.tenant();
      const plan = await createPlanFixture(f);
      const before = {
        plan: (await f.as.planner.get(`/plans/${plan.id}`)).body,
        users: (await f.as.admin.get('/users')).body,
        audit: (await f.as.admin.get('/audit-events?limit=50')).body,
      };
      const dump = join(dir, 'wijkkompas.dump');
      const source = process.env['WK_TEST_DATABASE_URL'] ?? '';
      execFileSync('/usr/bin/pg_dump', ['-Fc', '--no-owner', '-f', dump, source]);
      const target = await freshDatabase('wk_exp_pgrestore');
      execFileSync('/usr/bin/pg_restore', ['--no-owner', '--exit-on-error', '-d', target, dump]);
      const restored = await startAppOn(target);
      try {
        const as = (email: string) => {
          const c = new ApiClient(restored.baseUrl);
          return c.login(email, TEST_PASSWORD).then(() => c);
        };
        const after = {
          plan: (await (await as(f.users.planner.email)).get(`/plans/${plan.id}`)).body,
          users: (await (await as(f.users.admin.email)).get('/users')).body,
          audit: (await (await as(f.users.admin.email)).get('/audit-events?limit=50')).body,
        };
        expect(after).toEqual(before);
      } finally {
        await restored.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
      await t.close();
    }
  });
});
