import type { Indicator, IndicatorTarget, Plan } from '@wk/contracts';
import type { TenantFixture } from '@wk/api/testing';
import {
  addWijk,
  adoptPlan,
  ApiClient,
  createPlanFixture,
  first,
  firstAction,
  firstGoal,
  nth,
  only,
  ownIndicator,
  TEST_PASSWORD,
} from '@wk/api/testing';
import { startTestApp, type TestApp } from './harness';
import { TENANT_TABLES } from '../src/migrations';

interface Schema {
  $ref?: string;
  type?: string;
  format?: string;
  example?: unknown;
  enum?: unknown[];
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
}
interface Operation {
  operationId: string;
  parameters?: { name: string; in: 'path' | 'query'; schema?: Schema }[];
  requestBody?: { content: Record<string, { schema: Schema }> };
  'x-access': { kind: string };
}
interface OpenApi {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
}

/**
 * Signs in as tenant A and calls EVERY route of the OpenAPI document (so routes added later are covered
 * without editing this test) with tenant B's ids in the path, the query and the body. Nothing of B may
 * come back, and nothing of B may change.
 */
describe('tenant isolation across every API route', () => {
  let t: TestApp;
  let a: TenantFixture;
  let b: TenantFixture;
  /** A complete draft plan of B: every goal and action route gets B's real ids. */
  let bPlan: Plan;
  /** B's own indicator: A may not rank by it nor see it. */
  let bIndicator: Indicator;
  /** An effect indicator on B's draft plan. */
  let bTarget: IndicatorTarget;
  let doc: OpenApi;

  beforeAll(async () => {
    t = await startTestApp();
    a = await t.tenant();
    b = await t.tenant();
    bPlan = await createPlanFixture(b, {
      title: `Plan van B ${b.tenant.slug}`,
    });
    const created = await b.as.admin.post<Indicator>('/indicators', ownIndicator());
    if (created.status !== 201) throw new Error(`B's own indicator: ${created.status} ${created.text}`);
    bIndicator = created.body;
    const target = await b.as.planner.post<IndicatorTarget>(`/goals/${firstGoal(bPlan).id}/indicator-targets`, {
      indicatorCode: bIndicator.code,
      baseline: { year: 2016, value: 40 },
      target: { year: 2030, value: 60 },
    });
    if (target.status !== 201) throw new Error(`B's target: ${target.status} ${target.text}`);
    bTarget = target.body;
    doc = (await new ApiClient(t.baseUrl).get<OpenApi>('/openapi.json')).body;
    const [session] = await t.owner(`SELECT public_id FROM sessions WHERE tenant_id = $1 AND revoked_at IS NULL LIMIT 1`, [b.tenant.id]);
    bSession = String(session?.['public_id'] ?? '');
  });
  afterAll(() => t.close());
  /** The public id of one of B's active sessions (A must not be able to end it). */
  let bSession = '';

  /** B's id for the resource a path segment names. A new resource must be added here, or the test fails. */
  function idOfB(resource: string): string {
    const ids: Record<string, string> = {
      users: b.users.admin.id,
      tenants: b.tenant.id,
      admins: b.users.admin.id,
      'org-units': b.orgUnits[0].id,
      wijken: b.wijken[0].id,
      plans: bPlan.id,
      goals: firstGoal(bPlan).id,
      actions: firstAction(bPlan).id,
      milestones: firstAction(bPlan).milestones[0]?.key ?? '',
      'indicator-targets': bTarget.id,
      // The public pages name a gemeente by its slug: B's id is no slug of any gemeente (404 like any foreign id).
      gemeenten: b.tenant.id,
      // Sign-in through a gemeente's provider names the gemeente by slug too: B's id is none.
      oidc: b.tenant.id,
      sessions: bSession,
    };
    const id = ids[resource];
    if (!id) throw new Error(`No tenant-B object for path resource "${resource}": add it to idOfB() in this test`);
    return id;
  }

  /** Ids in bodies and queries point at B: the request must not link or reveal B's objects. */
  function valueFor(name: string, schema: Schema): unknown {
    const s = resolve(schema);
    if (/orgUnitIds$|UnitIds$/.test(name)) return [b.orgUnits[0].id];
    if (/UnitId$/.test(name)) return b.orgUnits[0].id;
    if (/^ownerId$/.test(name)) return b.users.contributor.id;
    if (/^goalIds$/.test(name)) return bPlan.goals.filter((g) => g.block === 'B1').map((g) => g.id);
    if (/^goalId$/.test(name)) return nth(bPlan.goals, 1, 'goal').id;
    if (/^actionIds$/.test(name)) return firstGoal(bPlan).actions.map((x) => x.id);
    if (/^baseId$/.test(name)) return bPlan.id;
    if (/^planId$/.test(name)) return bPlan.id;
    if (name === 'key') return firstAction(bPlan).milestones[0]?.key;
    if (name === 'indicator') return bIndicator.code;
    if (/^tenantId$/.test(name)) return b.tenant.id;
    if (/Ids$/.test(name)) return [b.wijken[0].id];
    if (/(^id|Id)$/.test(name)) return b.wijken[0].id;
    if (s.type === 'object' || s.properties) return bodyFor(s);
    if (s.type === 'array') return s.example ?? [valueFor(name, s.items ?? {})];
    if (s.example !== undefined) return s.example;
    if (s.enum) return s.enum[0];
    if (s.type === 'integer' || s.type === 'number') return 1;
    if (s.type === 'boolean') return true;
    return 'x';
  }
  function bodyFor(schema: Schema): Record<string, unknown> {
    const s = resolve(schema);
    const out: Record<string, unknown> = {};
    for (const [name, prop] of Object.entries(s.properties ?? {})) out[name] = valueFor(name, prop);
    if ('cbsUnits' in out) out['cbsUnits'] = [{ code: first(b.wijken[0].cbsUnits, 'CBS unit').code, year: 2024 }];
    if ('version' in out) out['version'] = 1;
    return out;
  }
  function resolve(schema: Schema): Schema {
    if (!schema.$ref) return schema;
    const name = schema.$ref.split('/').pop() ?? '';
    return doc.components.schemas[name] ?? {};
  }

  async function snapshotOfB(): Promise<Record<string, unknown[]>> {
    const out: Record<string, unknown[]> = {};
    for (const table of [...TENANT_TABLES, 'tenants'].filter((x) => x !== 'sessions')) {
      const col = table === 'tenants' ? 'id' : 'tenant_id';
      // A refused sign-in on one of B's accounts is recorded in B's audit (BIO): that is B's record, not a change.
      const own = table === 'audit_events' ? ` AND action NOT IN ('auth.sign_in_failed', 'auth.sign_in_refused')` : '';
      out[table] = await t.owner(`SELECT * FROM ${table} x WHERE ${col} = $1${own} ORDER BY x::text`, [b.tenant.id]);
    }
    return out;
  }

  function secretsOfB(): string[] {
    return [
      b.tenant.id,
      b.tenant.slug,
      b.tenant.name,
      ...Object.values(b.users).flatMap((u) => [u.id, u.email]),
      ...b.orgUnits.flatMap((o) => [o.id, o.name]),
      ...b.wijken.flatMap((w) => [w.id, w.name]),
      bPlan.id,
      bPlan.lineageId,
      bIndicator.code,
      bIndicator.name.nl,
      bTarget.id,
      bPlan.title,
      ...bPlan.goals.flatMap((g) => [
        g.id,
        g.key,
        ...g.actions.flatMap((x) => [x.id, x.key, ...x.milestones.flatMap((ms) => (ms.key ? [ms.key] : []))]),
      ]),
    ];
  }

  it('has a tenant-B object for every resource a path names (a new resource fails here until it gets one)', () => {
    const resources = new Set<string>();
    for (const path of Object.keys(doc.paths)) {
      const parts = path.replace(/^\/api\/v1/, '').split('/');
      parts.forEach((part, i) => {
        if (/^\{.+\}$/.test(part)) resources.add(nth(parts, i - 1, 'path segment'));
      });
    }
    expect([...resources].sort()).toEqual([
      'actions',
      'admins',
      'gemeenten',
      'goals',
      'indicator-targets',
      'milestones',
      'oidc',
      'org-units',
      'plans',
      'sessions',
      'tenants',
      'users',
      'wijken',
    ]);
    for (const resource of resources) expect(idOfB(resource)).toMatch(/^[0-9a-f-]{36}$/);
    expect(() => idOfB('nieuwe-resource')).toThrow(/add it to idOfB/);
  });

  // Hundreds of calls: given more than jest's default minute, for a busy machine.
  it('covers every operation and leaks or changes nothing of tenant B', async () => {
    const before = await snapshotOfB();
    const calls: string[] = [];
    const leaks: string[] = [];
    const wrongStatus: string[] = [];
    for (const [path, item] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(item)) {
        const pathParams = (op.parameters ?? []).filter((p) => p.in === 'path');
        let url = path.replace(/^\/api\/v1/, '');
        for (const p of pathParams) {
          const segments = url.split('/');
          const resource = nth(segments, segments.indexOf(`{${p.name}}`) - 1, 'path segment');
          url = url.replace(`{${p.name}}`, idOfB(resource));
        }
        const query = (op.parameters ?? [])
          .filter((p) => p.in === 'query')
          .map((p) => `${p.name}=${encodeURIComponent(String(p.name === 'objectType' ? 'wijk' : valueFor(p.name, p.schema ?? {})))}`);
        if (query.length) url += `?${query.join('&')}`;
        const schema = op.requestBody?.content['application/json']?.schema;
        // A separate signed-in client per call, so that signing out does not end the run.
        const client = new ApiClient(t.baseUrl);
        await client.login(a.users.admin.email, TEST_PASSWORD);
        let body: unknown = schema ? bodyFor(schema) : undefined;
        if (op.operationId === 'Auth_login')
          body = {
            email: b.users.admin.email,
            password: 'fout-wachtwoord-123',
          };
        const res = await client.request(method.toUpperCase(), url, body);
        calls.push(`${method.toUpperCase()} ${path} → ${res.status}`);
        // A problem's `instance` echoes the caller's own request path; everything else must be free of B.
        const answer = res.contentType.includes('problem') ? JSON.stringify({ ...(res.body as object), instance: undefined }) : res.text;
        for (const secret of secretsOfB()) {
          if (answer.includes(secret)) leaks.push(`${method.toUpperCase()} ${url} revealed "${secret}"`);
        }
        // The operator's routes never answer a tenant's user (403 before any object is looked up).
        // The start of a sign-in through a provider sends the browser to the page that explains (302), as for any unknown gemeente.
        const expected = op['x-access'].kind === 'operator' ? 403 : op.operationId === 'Oidc_start' ? 302 : 404;
        if (pathParams.length && res.status !== expected)
          wrongStatus.push(`${method.toUpperCase()} ${url} → ${res.status} (expected ${expected}): ${res.text.slice(0, 300)}`);
        if (res.status >= 500) wrongStatus.push(`${method.toUpperCase()} ${url} → ${res.status}`);
      }
    }
    expect(leaks).toEqual([]);
    expect(wrongStatus).toEqual([]);
    expect(await snapshotOfB()).toEqual(before);
    // Sanity: the run really called every operation of the document.
    const operations = Object.values(doc.paths).reduce((n, item) => n + Object.keys(item).length, 0);
    expect(calls).toHaveLength(operations);
    expect(operations).toBeGreaterThanOrEqual(20);
  }, 240_000);

  it("lists of A contain A's own objects (the test above would otherwise pass on empty answers)", async () => {
    const wijken = await a.as.admin.get<{ items: { id: string }[] }>('/wijken');
    expect(wijken.body.items.map((w) => w.id)).toEqual(expect.arrayContaining([a.wijken[0].id]));
    const units = await a.as.viewer.get<{ items: { id: string }[] }>('/org-units');
    expect(units.body.items.map((o) => o.id)).toEqual(expect.arrayContaining(a.orgUnits.map((o) => o.id)));
    expect(units.body.items.map((o) => o.id)).not.toContain(b.orgUnits[0].id);
  });

  it("B's ids in a body of A are refused, not linked", async () => {
    const res = await a.as.admin.post<{ invalidParams: { name: string }[] }>('/users', {
      email: 'nieuw@a.test',
      name: 'Nieuw',
      role: 'contributor',
      password: TEST_PASSWORD,
      orgUnitIds: [b.orgUnits[0].id],
    });
    expect(res.status).toBe(400);
    expect(res.body.invalidParams.map((p) => p.name)).toEqual(['orgUnitIds.0']);
    const linked = await t.owner('SELECT count(*)::int AS n FROM org_unit_members WHERE tenant_id = $1 AND org_unit_id = $2', [
      a.tenant.id,
      b.orgUnits[0].id,
    ]);
    expect(Number(only(linked)['n'])).toBe(0);
  });

  it("B's wijk, org units, owner and goals in A's plan bodies are refused, and A's plan list shows no plan of B", async () => {
    const own = await createPlanFixture(a, { title: 'Plan van A' });
    const plan = await a.as.planner.post<{ invalidParams: { name: string }[] }>('/plans', {
      title: 'x',
      wijkIds: [b.wijken[0].id],
      startYear: 2025,
      endYear: 2040,
    });
    expect(plan.status).toBe(400);
    expect(plan.body.invalidParams.map((p) => p.name)).toEqual(['wijkIds.0']);
    const action = await a.as.planner.post<{
      invalidParams: { name: string }[];
    }>(`/goals/${firstGoal(own).id}/actions`, {
      title: 'x',
      leadUnitId: b.orgUnits[0].id,
      contributingUnitIds: [b.orgUnits[1].id],
      ownerId: b.users.contributor.id,
      start: { year: 2026, quarter: 1 },
      end: { year: 2026, quarter: 4 },
    });
    expect(action.status).toBe(400);
    expect(action.body.invalidParams.map((p) => p.name).sort()).toEqual(['contributingUnitIds.0', 'leadUnitId', 'ownerId']);
    const first = firstAction(own);
    const move = await a.as.planner.patch<{
      invalidParams: { name: string }[];
    }>(`/actions/${first.id}`, {
      goalId: firstGoal(bPlan).id,
      version: first.version,
    });
    expect(move.body.invalidParams.map((p) => p.name)).toEqual(['goalId']);
    const list = await a.as.planner.get<{ items: { id: string }[] }>('/plans');
    expect(list.body.items.map((p) => p.id)).toEqual([own.id]);
    const cmp = await a.as.planner.get(`/plans/${own.id}/comparison?baseId=${bPlan.id}`);
    expect(cmp.status).toBe(400);
    expect(cmp.text).not.toContain(bPlan.title);
  });

  it('an adoption in A can neither see nor replace a plan in force of B', async () => {
    const inForce = await adoptPlan(b, await createPlanFixture(b, { title: `In force B ${b.tenant.slug}` }), {
      adoptedOn: '2025-06-30',
      decisionReference: 'RB B',
    });
    const mine = await createPlanFixture(a, {
      title: `Vervanger A ${a.tenant.slug}`,
      wijkIds: [(await addWijk(a)).id],
    });
    const submitted = (
      await a.as.planner.post<Plan>(`/plans/${mine.id}/submit`, {
        version: mine.version,
      })
    ).body;
    const res = await a.as.planner.post<{ invalidParams: { name: string }[] }>(`/plans/${mine.id}/adopt`, {
      adoptedOn: '2025-07-01',
      decisionReference: 'RB A',
      replacePlanIds: [inForce.id],
      version: submitted.version,
    });
    expect(res.status).toBe(400);
    expect(res.body.invalidParams.map((p) => p.name)).toEqual(['replacePlanIds.0']);
    expect(res.text).not.toContain(inForce.title);
    const correction = await a.as.admin.post(`/plans/${inForce.id}/adoption-correction`, {
      adoptedOn: '2025-07-01',
      decisionReference: 'RB A',
      reason: 'Poging van A',
      version: inForce.version,
    });
    expect(correction.status).toBe(404);
    expect((await b.as.planner.get<Plan>(`/plans/${inForce.id}`)).body).toMatchObject({
      status: 'adopted',
      adoptedOn: '2025-06-30',
      decisionReference: 'RB B',
      version: inForce.version,
    });
  });
});
