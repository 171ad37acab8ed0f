import { randomBytes } from 'node:crypto';
import type { ActionMilestones, OrgUnit, Plan, Role, SessionInfo, User, Wijk } from '@wk/contracts';
import {
  addWijk,
  ApiClient,
  createPlanFixture,
  first,
  firstAction,
  firstGoal,
  nth,
  only,
  longFile,
  ownIndicator,
  ownIndicatorCode,
  TEST_PASSWORD,
  type ApiResponse,
  type TenantFixture,
  SWITCHED_OFF_PROVIDER,
} from '@wk/api/testing';
import { slugify } from '@wk/util';
import { startTestApp, TEST_TODAY, type TestApp } from './harness';

/**
 * The role matrix (product brief §1 "Roles"): for EVERY operation of the OpenAPI document, who may call it.
 * A route added without a row here fails the first test.
 */
const CALLERS = ['admin', 'planner', 'contributor', 'viewer', 'operator', 'anonymous'] as const;
type Caller = (typeof CALLERS)[number];
const TENANT_ROLES: readonly Role[] = ['admin', 'planner', 'contributor', 'viewer'];

const EVERYONE: readonly Caller[] = CALLERS;
const SIGNED_IN: readonly Caller[] = ['admin', 'planner', 'contributor', 'viewer', 'operator'];
const TENANT_READ: readonly Caller[] = ['admin', 'planner', 'contributor', 'viewer'];
const ADMIN: readonly Caller[] = ['admin'];
const OPERATOR: readonly Caller[] = ['operator'];
const PLANNERS: readonly Caller[] = ['admin', 'planner'];

/** The bearer token of GET /metrics in this suite's app. */
const METRICS_TOKEN = 'rollen-meet-token-0123456789';

const MATRIX: Record<string, readonly Caller[]> = {
  // anonymous: only sign-in, health (and the OpenAPI document, which is not an operation of itself)
  Health_health: EVERYONE,
  Health_live: EVERYONE,
  Health_ready: EVERYONE,
  // metrics: no session (public for the guard), but the bearer token METRICS_TOKEN, which every caller here sends
  Metrics_scrape: EVERYONE,
  Auth_login: EVERYONE,
  // own session and sign-out: every signed-in user and the operator
  Auth_session: SIGNED_IN,
  Auth_logout: SIGNED_IN,
  // own password and switching gemeente: members of a gemeente (the operator's password is managed elsewhere)
  Auth_changePassword: TENANT_READ,
  Auth_switch: TENANT_READ,
  // audit: admin, planner, viewer (not contributor)
  Audit_list: ['admin', 'planner', 'viewer'],
  // the tenant: everyone of the tenant reads it, the admin changes name and theme
  Tenant_get: TENANT_READ,
  Tenant_update: ADMIN,
  // platform: the operator only
  PlatformTenants_list: OPERATOR,
  PlatformTenants_create: OPERATOR,
  PlatformTenants_get: OPERATOR,
  PlatformTenants_update: OPERATOR,
  PlatformTenants_listAdmins: OPERATOR,
  PlatformTenants_addAdmin: OPERATOR,
  PlatformTenants_resetAdmin: OPERATOR,
  // a gemeente's data as one file: the operator for any gemeente (and imports one), the beheerder for the own
  PlatformTenants_export: OPERATOR,
  TenantExport_download: ADMIN,
  PlatformTenantImports_import: OPERATOR,
  // users, org units, wijken: read by the tenant, written by the admin
  Users_list: ['admin', 'planner', 'contributor'],
  Users_get: ['admin', 'planner', 'contributor'],
  Users_create: ADMIN,
  Users_update: ADMIN,
  Users_temporaryPassword: ADMIN,
  OrgUnits_list: TENANT_READ,
  OrgUnits_get: TENANT_READ,
  OrgUnits_create: ADMIN,
  OrgUnits_update: ADMIN,
  OrgUnits_remove: ADMIN,
  Wijken_list: TENANT_READ,
  Wijken_get: TENANT_READ,
  Wijken_cbsUnits: ADMIN,
  Wijken_create: ADMIN,
  Wijken_update: ADMIN,
  Wijken_remove: ADMIN,
  Wijken_import: ADMIN,
  // plans, goals, actions: read by the whole tenant, written (and moved through the lifecycle) by planners and the admin
  Plans_list: TENANT_READ,
  Plans_get: TENANT_READ,
  Plans_compare: TENANT_READ,
  Plans_history: ['admin', 'planner', 'viewer'],
  Plans_create: PLANNERS,
  Plans_update: PLANNERS,
  Plans_remove: PLANNERS,
  Plans_submit: PLANNERS,
  Plans_reopen: PLANNERS,
  Plans_adopt: PLANNERS,
  Plans_archive: PLANNERS,
  Plans_correctAdoption: ADMIN,
  Plans_newRevision: PLANNERS,
  Plans_createGoal: PLANNERS,
  Plans_reorderGoals: PLANNERS,
  Goals_get: TENANT_READ,
  Goals_update: PLANNERS,
  Goals_remove: PLANNERS,
  Goals_createAction: PLANNERS,
  // the action tracker: every member downloads a plan's actions in the tracker layout; planners import into a draft
  Tracker_get: TENANT_READ,
  Tracker_import: PLANNERS,
  Goals_addIndicatorTarget: PLANNERS,
  PlanIndicatorTargets_list: TENANT_READ,
  WijkIndicatorTargets_list: TENANT_READ,
  IndicatorTargets_get: TENANT_READ,
  IndicatorTargets_update: PLANNERS,
  IndicatorTargets_remove: PLANNERS,
  Goals_reorderActions: PLANNERS,
  Actions_get: TENANT_READ,
  Actions_update: PLANNERS,
  Actions_remove: PLANNERS,
  // progress: everyone of the tenant reads; planners, the admin and contributors report; planners close periods
  ActionUpdates_list: TENANT_READ,
  ActionUpdates_create: ['admin', 'planner', 'contributor'],
  ActionProgress_get: TENANT_READ,
  ActionMilestones_list: TENANT_READ,
  ActionMilestones_mark: ['admin', 'planner', 'contributor'],
  PlanMilestones_list: TENANT_READ,
  PlanDashboard_get: TENANT_READ,
  ClosedPeriods_list: TENANT_READ,
  ClosedPeriods_close: PLANNERS,
  MyActions_list: TENANT_READ,
  UnitActions_list: TENANT_READ,
  Overview_get: TENANT_READ,
  // reports: every member downloads the annual report and the lists; the users list not by viewers (as Users_list)
  AnnualReport_get: TENANT_READ,
  CsvExports_actions: TENANT_READ,
  CsvExports_updates: TENANT_READ,
  CsvExports_wijken: TENANT_READ,
  CsvExports_users: ['admin', 'planner', 'contributor'],
  // reminders: the admin sets the gemeente's digest and runs a round; the planner reads the setting; everyone reads their own mails and switches their own digest
  ReminderSettings_get: PLANNERS,
  ReminderSettings_update: ADMIN,
  ReminderSubscription_get: TENANT_READ,
  ReminderSubscription_update: TENANT_READ,
  MailOutbox_list: TENANT_READ,
  MailOutbox_round: ADMIN,
  // sign-in through the gemeente's provider: anyone; its settings: the admin
  Oidc_gemeenten: EVERYONE,
  Oidc_start: EVERYONE,
  Oidc_callback: EVERYONE,
  IdentityProvider_get: ADMIN,
  IdentityProvider_save: ADMIN,
  IdentityProvider_remove: ADMIN,
  // own sessions: everyone signed in; the gemeente's sign-in history: the admin
  Sessions_list: SIGNED_IN,
  Sessions_end: SIGNED_IN,
  SignIns_list: ADMIN,
  // publication: every member sees whether a plan is public, planners publish and withdraw; the public pages need no sign-in
  Publication_get: TENANT_READ,
  Publication_publish: PLANNERS,
  Publication_withdraw: PLANNERS,
  Public_gemeente: EVERYONE,
  Public_wijk: EVERYONE,
  Public_actions: EVERYONE,
  // indicators: public statistics read by every member, imported by the operator; a gemeente's own by its planners
  Indicators_list: TENANT_READ,
  Indicators_signals: TENANT_READ,
  Indicators_overview: TENANT_READ,
  Indicators_boundaries: TENANT_READ,
  Indicators_warningSettings: TENANT_READ,
  Indicators_setWarningSettings: PLANNERS,
  Indicators_areas: TENANT_READ,
  Indicators_areaFigures: TENANT_READ,
  Indicators_ranking: TENANT_READ,
  Indicators_create: PLANNERS,
  WijkIndicators_get: TENANT_READ,
  IndicatorImports_preview: PLANNERS,
  IndicatorImports_import: PLANNERS,
  PlatformIndicatorImports_preview: OPERATOR,
  PlatformIndicatorImports_import: OPERATOR,
  BuildingBlocks_reference: EVERYONE,
};

type XAccess = { kind: 'public' } | { kind: 'operator' } | { kind: 'authenticated' } | { kind: 'roles'; roles: Role[] };
interface Operation {
  operationId: string;
  'x-access': XAccess;
}
interface OpenApi {
  openapi: string;
  paths: Record<string, Record<string, Operation>>;
}
interface DocOperation {
  method: string;
  path: string;
  op: Operation;
}

/** The callers an `x-access` rule admits. */
function admitted(access: XAccess): Caller[] {
  switch (access.kind) {
    case 'public':
      return [...CALLERS];
    case 'authenticated':
      return [...TENANT_ROLES, 'operator'];
    case 'operator':
      return ['operator'];
    case 'roles':
      return [...access.roles];
  }
}

const sorted = (callers: readonly Caller[]): Caller[] => [...callers].sort((a, b) => CALLERS.indexOf(a) - CALLERS.indexOf(b));

interface PreparedCall {
  path: string;
  body?: unknown;
  /** Use this client instead of the caller's own (sign-in and sign-out must not end the caller's session). */
  client?: ApiClient;
  /** After the call: checks that a refused call changed nothing. */
  unchanged?: () => Promise<void>;
  headers?: Record<string, string>;
  /** A file body (application/gzip) instead of JSON. */
  file?: Buffer;
}

/** Deletes every row of a gemeente as the owner (children first, whatever the foreign keys): a test's clean slate. */
async function removeTenant(t: TestApp, tenantId: string): Promise<void> {
  const tables = (
    await t.owner(`SELECT table_name FROM information_schema.columns WHERE table_schema = 'public' AND column_name = 'tenant_id'`)
  ).map((r) => String(r['table_name']));
  let left = tables;
  for (let pass = 0; left.length && pass < tables.length; pass++) {
    const failed: string[] = [];
    for (const table of left) {
      try {
        await t.owner(`DELETE FROM "${table}" WHERE tenant_id = $1`, [tenantId]);
      } catch {
        failed.push(table);
      }
    }
    left = failed;
  }
  await t.owner('DELETE FROM tenants WHERE id = $1', [tenantId]);
}

describe('role matrix: every operation × every role', () => {
  let t: TestApp;
  let f: TenantFixture;
  let doc: OpenApi;
  let operations: DocOperation[];
  let clients: Record<Caller, ApiClient>;
  let operatorEmail: string;
  let extraUser: User;
  /** A second beheerder whose password the operator may reset (the fixture's admin keeps its own). */
  let extraAdmin: User;
  let counter = 0;
  const unique = () => `${++counter}-${randomBytes(3).toString('hex')}`;

  beforeAll(async () => {
    t = await startTestApp({ METRICS_TOKEN });
    // A tenant of its own: the writes below do not disturb any other suite.
    f = await t.tenant();
    const operator = await t.operator();
    operatorEmail = (await operator.get<SessionInfo>('/auth/session')).body.user.email;
    clients = { ...f.as, operator, anonymous: new ApiClient(t.baseUrl) };
    const created = await f.as.admin.post<User>('/users', {
      email: `doelwit-${unique()}@rollen.test`,
      name: 'Doelwit van wijzigingen',
      role: 'viewer',
      password: TEST_PASSWORD,
    });
    if (created.status !== 201) throw new Error(`create user: ${created.status} ${created.text}`);
    extraUser = created.body;
    const admin2 = await f.as.admin.post<User>('/users', {
      email: `tweede-beheerder-${unique()}@rollen.test`,
      name: 'Tweede beheerder',
      role: 'admin',
      password: TEST_PASSWORD,
    });
    if (admin2.status !== 201) throw new Error(`create admin: ${admin2.status} ${admin2.text}`);
    extraAdmin = admin2.body;
    const res = await new ApiClient(t.baseUrl).get<OpenApi>('/openapi.json');
    doc = res.body;
    operations = Object.entries(doc.paths).flatMap(([path, item]) =>
      Object.entries(item).map(([method, op]) => ({
        method: method.toUpperCase(),
        path,
        op,
      })),
    );
  });
  afterAll(() => t.close());

  it('the table has exactly one row per operation of the OpenAPI document', () => {
    expect(operations.length).toBeGreaterThanOrEqual(24);
    const ids = operations.map((o) => o.op.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(Object.keys(MATRIX).sort());
  });

  it('x-access of every operation agrees with the table', () => {
    const disagreements = operations
      .map(({ op }) => ({
        operationId: op.operationId,
        documented: sorted(admitted(op['x-access'])),
        table: sorted(MATRIX[op.operationId] ?? []),
      }))
      .filter((row) => JSON.stringify(row.documented) !== JSON.stringify(row.table));
    expect(disagreements).toEqual([]);
    // The operator never gets a tenant route through a role list, and anonymous only public routes.
    for (const { op } of operations) {
      const access = op['x-access'];
      expect(['public', 'operator', 'authenticated', 'roles']).toContain(access.kind);
      if (access.kind === 'roles') expect(access.roles.every((r) => TENANT_ROLES.includes(r))).toBe(true);
    }
  });

  // ---- valid requests, per operation ----

  async function versionOf(path: string): Promise<number> {
    const res = await f.as.admin.get<{ version: number }>(path);
    if (res.status !== 200) throw new Error(`GET ${path}: ${res.status} ${res.text}`);
    return res.body.version;
  }

  async function throwawayOrgUnit(): Promise<OrgUnit> {
    const res = await f.as.admin.post<OrgUnit>('/org-units', {
      name: `Wegwerp ${unique()}`,
      kind: 'partner',
    });
    if (res.status !== 201) throw new Error(`throwaway org unit: ${res.status} ${res.text}`);
    return res.body;
  }

  async function throwawayWijk(): Promise<Wijk> {
    const res = await f.as.admin.post<Wijk>('/wijken', {
      name: `Wegwerpwijk ${unique()}`,
      cbsUnits: [{ code: first(f.wijken[0].cbsUnits, 'CBS unit').code, year: 2024 }],
    });
    if (res.status !== 201) throw new Error(`throwaway wijk: ${res.status} ${res.text}`);
    return res.body;
  }

  async function operatorVersion(): Promise<number> {
    return (await clients.operator.get<{ version: number }>(`/platform/tenants/${f.tenant.id}`)).body.version;
  }

  async function hashOf(email: string): Promise<string> {
    return String(first(await t.owner('SELECT password_hash FROM accounts WHERE email = $1', [email]))?.['password_hash']);
  }

  async function stillThere(path: string): Promise<void> {
    expect((await f.as.admin.get(path)).status).toBe(200);
  }

  function emailOf(caller: Caller): string | null {
    if (caller === 'operator') return operatorEmail;
    if (caller === 'anonymous') return null;
    return f.users[caller].email;
  }

  /** A fresh, separately signed-in client for this caller (anonymous: a client without cookies). */
  async function freshClient(caller: Caller): Promise<ApiClient> {
    const client = new ApiClient(t.baseUrl);
    const email = emailOf(caller);
    if (email) await client.login(email, TEST_PASSWORD);
    return client;
  }

  // ---- plans: a shared complete draft for reads and structure writes; a fresh plan per allowed lifecycle call ----

  let shared: Plan | null = null;
  async function sharedPlan(): Promise<Plan> {
    shared ??= await createPlanFixture(f, { title: `Rollenplan ${unique()}` });
    return (await f.as.planner.get<Plan>(`/plans/${shared.id}`)).body;
  }
  const allowed = (operationId: string, caller: Caller) => (MATRIX[operationId] ?? []).includes(caller);

  /** A plan in `status` (fresh, for a caller that may move it on) or the shared draft (for one that may not). */
  async function planFor(operationId: string, caller: Caller, status: 'draft' | 'in_review' | 'adopted'): Promise<Plan> {
    if (!allowed(operationId, caller)) return sharedPlan();
    // A wijk of its own: one plan in force per wijk.
    let plan = await createPlanFixture(f, {
      title: `Levensloop ${unique()}`,
      wijkIds: [(await addWijk(f)).id],
    });
    const step = async (path: string, body: object = {}) => {
      const r = await f.as.planner.post<Plan>(`/plans/${plan.id}/${path}`, {
        ...body,
        version: plan.version,
      });
      if (r.status !== 200) throw new Error(`${path}: ${r.status} ${r.text}`);
      plan = r.body;
    };
    if (status !== 'draft') await step('submit');
    if (status === 'adopted')
      await step('adopt', {
        adoptedOn: '2025-06-30',
        decisionReference: 'RB rollen',
      });
    return plan;
  }
  const planUnchanged = (plan: Plan) => async () =>
    expect((await f.as.planner.get<Plan>(`/plans/${plan.id}`)).body.version).toBe(plan.version);
  const lifecycle =
    (operationId: string, path: string, status: 'draft' | 'in_review' | 'adopted', extra: object = {}) =>
    async (caller: Caller): Promise<PreparedCall> => {
      const plan = await planFor(operationId, caller, status);
      return {
        path: `/plans/${plan.id}/${path}`,
        body: { ...extra, version: plan.version },
        unchanged: planUnchanged(plan),
      };
    };

  /** An adopted plan whose actions the fixture's contributor leads (progress routes). */
  let adopted: Plan | null = null;
  async function adoptedPlan(): Promise<Plan> {
    adopted ??= await planFor('Plans_adopt', 'planner', 'adopted');
    return adopted;
  }
  /** The adopted plan, published (again) on the public pages: its gemeente's slug and its wijk's public path. */
  async function publishedPlan(): Promise<{ gemeente: string; wijk: string }> {
    const plan = await adoptedPlan();
    if ((await f.as.planner.put(`/plans/${plan.id}/publication`)).status !== 200) throw new Error('publish');
    return { gemeente: f.tenant.slug, wijk: `/public/gemeenten/${f.tenant.slug}/wijken/${slugify(first(plan.wijken, 'wijk').name)}` };
  }
  let closing = 0;
  let warningChanges = 0;
  let targetValues = 0;
  let targetOfAdopted: string | undefined;
  /** A fresh effect indicator on the shared draft plan (created by a planner). */
  async function newTarget(): Promise<{ id: string; version: number }> {
    const goal = nth((await sharedPlan()).goals, 2, 'goal');
    const r = await f.as.planner.post<{ id: string; version: number }>(`/goals/${goal.id}/indicator-targets`, {
      indicatorCode: 'inwoners',
      baseline: { year: 2016, value: 1000 + ++targetValues },
      target: { year: 2030, value: 2000 },
    });
    if (r.status !== 201) throw new Error(`target: ${r.status} ${r.text}`);
    return r.body;
  }
  const updateCount = async () =>
    only(await t.owner('SELECT count(*)::int AS n FROM progress_updates WHERE tenant_id = $1', [f.tenant.id]))['n'];

  const REQUESTS: Record<string, (caller: Caller) => Promise<PreparedCall>> = {
    Health_health: async () => ({ path: '/health' }),
    Health_live: async () => ({ path: '/health/live' }),
    Health_ready: async () => ({ path: '/health/ready' }),
    Metrics_scrape: async () => ({ path: '/metrics', headers: { authorization: `Bearer ${METRICS_TOKEN}` } }),
    Auth_login: async (caller) => ({
      path: '/auth/login',
      body: {
        email: emailOf(caller) ?? f.users.viewer.email,
        password: TEST_PASSWORD,
      },
      client: caller === 'anonymous' ? new ApiClient(t.baseUrl) : clients[caller].clone(),
    }),
    Auth_session: async () => ({ path: '/auth/session' }),
    Auth_logout: async (caller) => ({
      path: '/auth/logout',
      client: await freshClient(caller),
    }),
    Auth_changePassword: async (caller) => {
      // A throwaway member with the caller's role, so that the caller's own password stays.
      const isMember = (TENANT_ROLES as readonly string[]).includes(caller);
      let client = caller === 'anonymous' ? new ApiClient(t.baseUrl) : clients[caller];
      if (isMember) {
        const email = `wachtwoord-${unique()}@rollen.test`;
        const r = await f.as.admin.post('/users', { email, name: 'Wachtwoordwisselaar', role: caller, password: TEST_PASSWORD });
        if (r.status !== 201) throw new Error(`create user: ${r.status} ${r.text}`);
        client = new ApiClient(t.baseUrl);
        await client.login(email, TEST_PASSWORD);
      }
      return {
        path: '/auth/password',
        body: { currentPassword: TEST_PASSWORD, newPassword: 'een nieuw lang wachtwoord' },
        client,
      };
    },
    Auth_switch: async (caller) => ({
      path: '/auth/switch',
      body: { tenantId: f.tenant.id },
      // A separate session: switching ends the one it was sent with.
      client: await freshClient(caller),
    }),
    Audit_list: async () => ({ path: '/audit-events?limit=5' }),
    Tenant_get: async () => ({ path: '/tenant' }),
    Tenant_update: async () => {
      const version = await versionOf('/tenant');
      return {
        path: '/tenant',
        body: {
          name: f.tenant.name,
          theme: { primaryColor: '#154273', primaryColorText: '#ffffff' },
          version,
        },
        unchanged: async () => expect(await versionOf('/tenant')).toBe(version),
      };
    },
    PlatformTenants_list: async () => ({ path: '/platform/tenants' }),
    PlatformTenants_create: async () => {
      const slug = `rol-${unique()}`;
      const gemeente = await t.freeGemeente();
      return {
        path: '/platform/tenants',
        body: {
          name: `Gemeente ${gemeente.name}`,
          slug,
          cbsCode: gemeente.gmCode,
          admin: {
            email: `beheer@${slug}.test`,
            name: 'Beheerder',
            password: TEST_PASSWORD,
          },
        },
        unchanged: async () => expect(await t.owner('SELECT id FROM tenants WHERE slug = $1', [slug])).toEqual([]),
      };
    },
    PlatformTenants_get: async () => ({ path: `/platform/tenants/${f.tenant.id}` }),
    PlatformTenants_update: async () => {
      const version = await operatorVersion();
      return {
        path: `/platform/tenants/${f.tenant.id}`,
        body: { name: f.tenant.name, version },
        unchanged: async () => expect(await operatorVersion()).toBe(version),
      };
    },
    PlatformTenants_listAdmins: async () => ({ path: `/platform/tenants/${f.tenant.id}/admins` }),
    PlatformTenants_addAdmin: async () => {
      const email = `extra-beheer-${unique()}@rollen.test`;
      return {
        path: `/platform/tenants/${f.tenant.id}/admins`,
        body: { email, name: 'Extra beheerder' },
        unchanged: async () => expect(await t.owner('SELECT id FROM users WHERE email = $1', [email])).toEqual([]),
      };
    },
    PlatformTenants_resetAdmin: async () => {
      const hash = await hashOf(extraAdmin.email);
      return {
        path: `/platform/tenants/${f.tenant.id}/admins/${extraAdmin.id}/temporary-password`,
        unchanged: async () => expect(await hashOf(extraAdmin.email)).toBe(hash),
      };
    },
    Users_temporaryPassword: async () => {
      const hash = await hashOf(extraUser.email);
      return {
        path: `/users/${extraUser.id}/temporary-password`,
        unchanged: async () => expect(await hashOf(extraUser.email)).toBe(hash),
      };
    },
    Users_list: async () => ({ path: '/users' }),
    Users_get: async () => ({ path: `/users/${f.users.contributor.id}` }),
    Users_create: async () => {
      const email = `nieuw-${unique()}@rollen.test`;
      return {
        path: '/users',
        body: {
          email,
          name: 'Nieuwe medewerker',
          role: 'contributor',
          password: TEST_PASSWORD,
          orgUnitIds: [f.orgUnits[0].id],
        },
        unchanged: async () => expect(await t.owner('SELECT id FROM users WHERE email = $1', [email])).toEqual([]),
      };
    },
    Users_update: async () => {
      const version = await versionOf(`/users/${extraUser.id}`);
      return {
        path: `/users/${extraUser.id}`,
        body: { name: `Doelwit ${unique()}`, version },
        unchanged: async () => expect(await versionOf(`/users/${extraUser.id}`)).toBe(version),
      };
    },
    OrgUnits_list: async () => ({ path: '/org-units' }),
    OrgUnits_get: async () => ({ path: `/org-units/${f.orgUnits[0].id}` }),
    OrgUnits_create: async () => {
      const name = `Afdeling ${unique()}`;
      return {
        path: '/org-units',
        body: { name, kind: 'department', description: 'Rollentest' },
        unchanged: async () => expect(await t.owner('SELECT id FROM org_units WHERE name = $1', [name])).toEqual([]),
      };
    },
    OrgUnits_update: async () => {
      const version = await versionOf(`/org-units/${f.orgUnits[1].id}`);
      return {
        path: `/org-units/${f.orgUnits[1].id}`,
        body: { description: `Beschrijving ${unique()}`, version },
        unchanged: async () => expect(await versionOf(`/org-units/${f.orgUnits[1].id}`)).toBe(version),
      };
    },
    OrgUnits_remove: async () => {
      const o = await throwawayOrgUnit();
      return {
        path: `/org-units/${o.id}?version=${o.version}`,
        unchanged: () => stillThere(`/org-units/${o.id}`),
      };
    },
    Wijken_list: async () => ({ path: '/wijken' }),
    Wijken_get: async () => ({ path: `/wijken/${f.wijken[0].id}` }),
    Wijken_cbsUnits: async () => ({ path: '/wijken/cbs-units?q=wijk' }),
    Wijken_create: async () => {
      const name = `Wijk ${unique()}`;
      return {
        path: '/wijken',
        body: {
          name,
          cbsUnits: [{ code: first(f.wijken[0].cbsUnits, 'CBS unit').code, year: 2024 }],
          population: 100,
          populationYear: 2024,
        },
        unchanged: async () => expect(await t.owner('SELECT id FROM wijken WHERE name = $1', [name])).toEqual([]),
      };
    },
    Wijken_update: async () => {
      const version = await versionOf(`/wijken/${f.wijken[0].id}`);
      return {
        path: `/wijken/${f.wijken[0].id}`,
        body: { roleInCity: `Rol ${unique()}`, version },
        unchanged: async () => expect(await versionOf(`/wijken/${f.wijken[0].id}`)).toBe(version),
      };
    },
    Wijken_remove: async () => {
      const w = await throwawayWijk();
      return {
        path: `/wijken/${w.id}?version=${w.version}`,
        unchanged: () => stillThere(`/wijken/${w.id}`),
      };
    },
    Wijken_import: async () => {
      const name = `Import ${unique()}`;
      return {
        path: '/wijken/import',
        body: {
          csv: `naam;cbs_codes;jaar\n${name};${first(f.wijken[0].cbsUnits, 'CBS unit').code};2024\n`,
        },
        unchanged: async () => expect(await t.owner('SELECT id FROM wijken WHERE name = $1', [name])).toEqual([]),
      };
    },
    Plans_list: async () => ({ path: '/plans' }),
    // Reads use the adopted plan: a reader (viewer) sees adopted and archived plans only.
    Plans_get: async () => ({ path: `/plans/${(await adoptedPlan()).id}` }),
    Plans_compare: async () => {
      const plan = await adoptedPlan();
      return { path: `/plans/${plan.id}/comparison?baseId=${plan.id}` };
    },
    Plans_history: async () => ({
      path: `/plans/${(await adoptedPlan()).id}/history`,
    }),
    Plans_create: async () => {
      const title = `Plan ${unique()}`;
      return {
        path: '/plans',
        body: {
          title,
          wijkIds: [f.wijken[0].id],
          startYear: 2025,
          endYear: 2040,
        },
        unchanged: async () => expect(await t.owner('SELECT id FROM plans WHERE title = $1', [title])).toEqual([]),
      };
    },
    Plans_update: async () => {
      const plan = await sharedPlan();
      return {
        path: `/plans/${plan.id}`,
        body: { vision: `Visie ${unique()}`, version: plan.version },
        unchanged: planUnchanged(plan),
      };
    },
    Plans_remove: async () => {
      const plan = await createPlanFixture(f, {
        title: `Weg ${unique()}`,
        complete: false,
      });
      return {
        path: `/plans/${plan.id}?version=${plan.version}`,
        unchanged: () => stillThere(`/plans/${plan.id}`),
      };
    },
    Plans_submit: lifecycle('Plans_submit', 'submit', 'draft'),
    Plans_reopen: lifecycle('Plans_reopen', 'reopen', 'in_review'),
    Plans_adopt: lifecycle('Plans_adopt', 'adopt', 'in_review', {
      adoptedOn: '2025-07-01',
      decisionReference: 'RB 2025/9',
    }),
    Plans_archive: lifecycle('Plans_archive', 'archive', 'adopted'),
    Plans_correctAdoption: lifecycle('Plans_correctAdoption', 'adoption-correction', 'adopted', {
      adoptedOn: '2025-07-02',
      decisionReference: 'RB 2025/10',
      reason: 'Verkeerde datum overgenomen.',
    }),
    Plans_newRevision: lifecycle('Plans_newRevision', 'revisions', 'adopted'),
    Plans_createGoal: async () => {
      const plan = await sharedPlan();
      const statement = `Doel ${unique()}`;
      return {
        path: `/plans/${plan.id}/goals`,
        body: { block: 'B5', statement },
        unchanged: async () => expect(await t.owner('SELECT id FROM plan_goals WHERE statement = $1', [statement])).toEqual([]),
      };
    },
    Plans_reorderGoals: async () => {
      const plan = await sharedPlan();
      const ids = plan.goals.filter((g) => g.block === 'B1').map((g) => g.id);
      return {
        path: `/plans/${plan.id}/goal-order`,
        body: { block: 'B1', goalIds: ids, version: plan.version },
        unchanged: planUnchanged(plan),
      };
    },
    Goals_get: async () => ({
      path: `/goals/${firstGoal(await adoptedPlan()).id}`,
    }),
    Goals_update: async () => {
      const goal = firstGoal(await sharedPlan());
      return {
        path: `/goals/${goal.id}`,
        body: { target: `Ambitie ${unique()}`, version: goal.version },
        unchanged: async () => expect((await f.as.planner.get<{ version: number }>(`/goals/${goal.id}`)).body.version).toBe(goal.version),
      };
    },
    Goals_remove: async () => {
      const plan = await sharedPlan();
      const statement = `Weg ${unique()}`;
      const created = (
        await f.as.planner.post<Plan>(`/plans/${plan.id}/goals`, {
          block: 'B6',
          statement,
        })
      ).body;
      const goal = created.goals.find((g) => g.statement === statement);
      if (!goal) throw new Error('goal not created');
      return {
        path: `/goals/${goal.id}?version=${goal.version}`,
        unchanged: () => stillThere(`/goals/${goal.id}`),
      };
    },
    Tracker_get: async () => ({ path: `/plans/${(await adoptedPlan()).id}/tracker?format=csv` }),
    // A preview (commit false): allowed callers get it, nothing is written either way.
    Tracker_import: async () => ({
      path: `/plans/${(await sharedPlan()).id}/tracker`,
      body: {
        fileName: 'acties.csv',
        format: 'csv',
        content: 'bouwsteen;doel;actie;start;eind\nB1;Doel;Actie;2026-K1;2026-K2',
        commit: false,
      },
    }),
    Goals_createAction: async () => {
      const goal = nth((await sharedPlan()).goals, 1, 'goal');
      const title = `Actie ${unique()}`;
      return {
        path: `/goals/${goal.id}/actions`,
        body: {
          title,
          leadUnitId: f.orgUnits[0].id,
          start: { year: 2026, quarter: 1 },
          end: { year: 2026, quarter: 4 },
        },
        unchanged: async () => expect(await t.owner('SELECT id FROM plan_actions WHERE title = $1', [title])).toEqual([]),
      };
    },
    Goals_addIndicatorTarget: async () => {
      const goal = nth((await sharedPlan()).goals, 1, 'goal');
      const value = ++targetValues;
      return {
        path: `/goals/${goal.id}/indicator-targets`,
        body: { indicatorCode: 'inwoners', baseline: { year: 2016, value }, target: { year: 2030, value: value + 1 } },
        unchanged: async () =>
          expect(
            await t.owner('SELECT id FROM goal_indicator_targets WHERE tenant_id = $1 AND baseline_value = $2', [f.tenant.id, value]),
          ).toEqual([]),
      };
    },
    WijkIndicatorTargets_list: async () => ({ path: `/wijken/${f.wijken[0].id}/indicator-targets` }),
    PlanIndicatorTargets_list: async () => ({ path: `/plans/${(await adoptedPlan()).id}/indicator-targets` }),
    IndicatorTargets_get: async () => {
      // An adopted plan is read by everyone; its targets were set while it was a draft (written here directly).
      const plan = await adoptedPlan();
      targetOfAdopted ??= String(
        only(
          await t.owner(
            `INSERT INTO goal_indicator_targets (tenant_id, plan_id, goal_id, wijk_id, indicator_code, baseline_year, baseline_value, target_year, target_value, version)
           VALUES ($1, $2, $3, $4, 'inwoners', 2016, 100, 2030, 120, 1) RETURNING id`,
            [f.tenant.id, plan.id, firstGoal(plan).id, first(plan.wijken, 'plan wijk').id],
          ),
          'target',
        )['id'],
      );
      return { path: `/indicator-targets/${targetOfAdopted}` };
    },
    IndicatorTargets_update: async () => {
      const target = await newTarget();
      return {
        path: `/indicator-targets/${target.id}`,
        body: { version: target.version, tolerancePercent: 20 },
        unchanged: async () =>
          expect(await t.owner('SELECT version FROM goal_indicator_targets WHERE id = $1', [target.id])).toEqual([
            { version: target.version },
          ]),
      };
    },
    IndicatorTargets_remove: async () => {
      const target = await newTarget();
      return {
        path: `/indicator-targets/${target.id}?version=${target.version}`,
        unchanged: async () => expect(await t.owner('SELECT id FROM goal_indicator_targets WHERE id = $1', [target.id])).toHaveLength(1),
      };
    },
    Goals_reorderActions: async () => {
      const goal = nth((await sharedPlan()).goals, 2, 'goal');
      return {
        path: `/goals/${goal.id}/action-order`,
        body: {
          actionIds: goal.actions.map((a) => a.id).reverse(),
          version: goal.version,
        },
        unchanged: async () => expect((await f.as.planner.get<{ version: number }>(`/goals/${goal.id}`)).body.version).toBe(goal.version),
      };
    },
    Actions_get: async () => ({
      path: `/actions/${firstAction(await adoptedPlan()).id}`,
    }),
    Actions_update: async () => {
      const action = firstAction(await sharedPlan());
      return {
        path: `/actions/${action.id}`,
        body: {
          description: `Omschrijving ${unique()}`,
          version: action.version,
        },
        unchanged: async () =>
          expect((await f.as.planner.get<{ version: number }>(`/actions/${action.id}`)).body.version).toBe(action.version),
      };
    },
    Actions_remove: async () => {
      const goal = nth((await sharedPlan()).goals, 3, 'goal');
      const title = `Weg ${unique()}`;
      const created = (
        await f.as.planner.post<Plan>(`/goals/${goal.id}/actions`, {
          title,
          start: { year: 2026, quarter: 1 },
          end: { year: 2026, quarter: 2 },
        })
      ).body;
      const action = created.goals.flatMap((g) => g.actions).find((a) => a.title === title);
      if (!action) throw new Error('action not created');
      return {
        path: `/actions/${action.id}?version=${action.version}`,
        unchanged: () => stillThere(`/actions/${action.id}`),
      };
    },
    ActionUpdates_list: async () => ({
      path: `/actions/${firstAction(await adoptedPlan()).id}/updates`,
    }),
    ActionUpdates_create: async () => {
      const action = firstAction(await adoptedPlan());
      const before = await updateCount();
      return {
        path: `/actions/${action.id}/updates`,
        body: {
          year: 2026,
          quarter: 1,
          status: 'on_track',
          percentComplete: 10,
          narrative: 'Rollentest',
          spentCents: 0,
        },
        unchanged: async () => expect(await updateCount()).toBe(before),
      };
    },
    PlanDashboard_get: async () => ({
      path: `/plans/${(await adoptedPlan()).id}/dashboard`,
    }),
    AnnualReport_get: async () => ({
      path: `/plans/${(await adoptedPlan()).id}/annual-report?year=${TEST_TODAY.slice(0, 4)}&format=json`,
    }),
    CsvExports_actions: async () => ({ path: `/csv-exports/actions?planId=${(await adoptedPlan()).id}` }),
    CsvExports_updates: async () => ({ path: `/csv-exports/updates?planId=${(await adoptedPlan()).id}` }),
    CsvExports_wijken: async () => ({ path: '/csv-exports/wijken' }),
    CsvExports_users: async () => ({ path: '/csv-exports/users' }),
    ReminderSettings_get: async () => ({ path: '/reminder-settings' }),
    ReminderSettings_update: async () => ({ path: '/reminder-settings', body: { enabled: true, weekday: 1 } }),
    ReminderSubscription_get: async () => ({ path: '/reminder-subscription' }),
    ReminderSubscription_update: async () => ({ path: '/reminder-subscription', body: { subscribed: true } }),
    MailOutbox_list: async () => ({ path: '/mail-outbox' }),
    MailOutbox_round: async () => ({ path: '/mail-outbox/rounds' }),
    Oidc_gemeenten: async () => ({ path: '/auth/sso' }),
    Oidc_start: async () => ({ path: `/auth/oidc/${f.tenant.slug}/start` }),
    Oidc_callback: async () => ({ path: '/auth/oidc/callback?code=x&state=y' }),
    IdentityProvider_get: async () => {
      await ensureProvider();
      return { path: '/identity-provider' };
    },
    IdentityProvider_save: async () => ({ path: '/identity-provider', body: SWITCHED_OFF_PROVIDER }),
    Sessions_list: async () => ({ path: '/auth/sessions' }),
    Sessions_end: async (caller) => {
      // A second session of the caller's own, which the call ends.
      const other = await freshClient(caller);
      const own = await other.get<{ id: string; current: boolean }[]>('/auth/sessions');
      const id = own.body.find?.((x) => x.current)?.id ?? '00000000-0000-4000-8000-000000000000';
      return { path: `/auth/sessions/${id}` };
    },
    SignIns_list: async () => ({ path: '/sign-ins' }),
    IdentityProvider_remove: async () => {
      await ensureProvider();
      return { path: '/identity-provider' };
    },
    Publication_get: async () => ({ path: `/plans/${(await adoptedPlan()).id}/publication` }),
    Publication_publish: async () => ({ path: `/plans/${(await adoptedPlan()).id}/publication` }),
    // Withdrawn by the allowed callers; published again at once by the next public route's builder.
    Publication_withdraw: async () => ({ path: `/plans/${(await adoptedPlan()).id}/publication` }),
    Public_gemeente: async () => ({ path: `/public/gemeenten/${(await publishedPlan()).gemeente}` }),
    Public_wijk: async () => ({ path: (await publishedPlan()).wijk }),
    Public_actions: async () => ({ path: `${(await publishedPlan()).wijk}/actions` }),
    PlanMilestones_list: async () => ({
      path: `/plans/${(await adoptedPlan()).id}/milestones`,
    }),
    ActionMilestones_list: async () => ({
      path: `/actions/${firstAction(await adoptedPlan()).id}/milestones`,
    }),
    ActionProgress_get: async () => ({
      path: `/actions/${firstAction(await adoptedPlan()).id}/progress`,
    }),
    ActionMilestones_mark: async () => {
      // Each allowed caller flips the milestone (marking it as it already is would be refused).
      const action = firstAction(await adoptedPlan());
      const list = await f.as.admin.get<ActionMilestones>(`/actions/${action.id}/milestones`);
      const milestone = first(list.body.items);
      const marks = async () =>
        only(await t.owner('SELECT count(*)::int AS n FROM progress_milestone_updates WHERE tenant_id = $1', [f.tenant.id]))['n'];
      const before = await marks();
      return {
        path: `/actions/${action.id}/milestones/${milestone.key}/marks`,
        body: { done: !milestone.done, note: 'Rollentest' },
        unchanged: async () => expect(await marks()).toBe(before),
      };
    },
    ClosedPeriods_list: async () => ({
      path: `/plans/${(await adoptedPlan()).id}/closed-periods`,
    }),
    ClosedPeriods_close: async () => {
      const plan = await adoptedPlan();
      const n = closing++;
      const period = { year: 2001 + Math.floor(n / 4), quarter: (n % 4) + 1 };
      return {
        path: `/plans/${plan.id}/closed-periods`,
        body: period,
        unchanged: async () =>
          expect(
            await t.owner('SELECT 1 FROM plan_closed_periods WHERE tenant_id = $1 AND year = $2 AND quarter = $3', [
              f.tenant.id,
              period.year,
              period.quarter,
            ]),
          ).toEqual([]),
      };
    },
    MyActions_list: async () => ({ path: '/my-actions' }),
    UnitActions_list: async () => ({
      path: `/org-units/${f.orgUnits[0].id}/actions`,
    }),
    Overview_get: async () => ({ path: '/overview' }),
    Indicators_list: async () => ({ path: '/indicators' }),
    Indicators_signals: async () => ({ path: '/indicators/signals' }),
    Indicators_overview: async () => ({ path: '/indicators/overview' }),
    Indicators_boundaries: async () => ({ path: '/indicators/boundaries' }),
    Indicators_warningSettings: async () => ({ path: '/indicators/early-warning' }),
    Indicators_setWarningSettings: async () => {
      // A new value per call, so that a refused call cannot look like an earlier allowed one.
      const body = { consecutive: 2, minStepPercent: ++warningChanges / 100 };
      return {
        path: '/indicators/early-warning',
        body,
        unchanged: async () =>
          expect(
            await t.owner(`SELECT 1 FROM tenants WHERE id = $1 AND settings->'earlyWarning' = $2::jsonb`, [
              f.tenant.id,
              JSON.stringify(body),
            ]),
          ).toEqual([]),
      };
    },
    Indicators_areas: async () => ({ path: '/indicators/areas?q=wijk' }),
    Indicators_areaFigures: async () => {
      // The area needs public figures: the operator imports one (once is enough; more changes nothing).
      const imported = await clients.operator.post('/platform/indicator-imports', publicImport());
      expect(imported.status).toBe(200);
      return { path: `/indicators/area-figures?code=${first(f.wijken[0].cbsUnits, 'CBS unit').code}` };
    },
    Indicators_ranking: async () => ({ path: '/indicators/ranking?indicator=inwoners' }),
    Indicators_create: async () => {
      const body = ownIndicator(ownIndicatorCode('rol'));
      return {
        path: '/indicators',
        body,
        unchanged: async () => expect(await t.owner('SELECT code FROM tenant_indicators WHERE code = $1', [body.code])).toEqual([]),
      };
    },
    WijkIndicators_get: async () => ({ path: `/wijken/${f.wijken[0].id}/indicators` }),
    IndicatorImports_preview: async () => ({ path: '/indicator-imports/preview', body: await ownImport() }),
    IndicatorImports_import: async () => {
      const before = await t.owner('SELECT count(*)::int AS n FROM tenant_indicator_imports');
      return {
        path: '/indicator-imports',
        body: await ownImport(),
        unchanged: async () => expect(await t.owner('SELECT count(*)::int AS n FROM tenant_indicator_imports')).toEqual(before),
      };
    },
    PlatformIndicatorImports_preview: async () => ({ path: '/platform/indicator-imports/preview', body: publicImport() }),
    PlatformIndicatorImports_import: async () => {
      const before = await t.owner('SELECT count(*)::int AS n FROM stat_imports');
      return {
        path: '/platform/indicator-imports',
        body: publicImport(),
        unchanged: async () => expect(await t.owner('SELECT count(*)::int AS n FROM stat_imports')).toEqual(before),
      };
    },
    BuildingBlocks_reference: async () => ({ path: '/building-blocks' }),
    PlatformTenants_export: async () => ({ path: `/platform/tenants/${f.tenant.id}/export` }),
    TenantExport_download: async () => ({ path: '/tenant-export' }),
    PlatformTenantImports_import: async (caller) => {
      const tenants = async () => (await t.owner('SELECT count(*)::int AS n FROM tenants'))[0]?.['n'];
      if (caller !== 'operator') {
        const count = await tenants();
        const file = (await clients.operator.download(`/platform/tenants/${f.tenant.id}/export`)).bytes;
        return { path: '/platform/tenant-imports', file, unchanged: async () => expect(await tenants()).toBe(count) };
      }
      // A gemeente that is exported and then removed from this database, so that the import can create it again.
      const gone = await t.tenant();
      const file = (await clients.operator.download(`/platform/tenants/${gone.tenant.id}/export`)).bytes;
      await removeTenant(t, gone.tenant.id);
      return { path: '/platform/tenant-imports', file };
    },
  };

  let ownCode: string | null = null;
  /** A long file for the gemeente's own indicator (created once), with a new figure each time. */
  async function ownImport() {
    if (!ownCode) {
      const created = await f.as.admin.post<{ code: string }>('/indicators', ownIndicator());
      if (created.status !== 201) throw new Error(`own indicator: ${created.status} ${created.text}`);
      ownCode = created.body.code;
    }
    const code = first(f.wijken[0].cbsUnits, 'CBS unit').code;
    return { layout: 'long', fileName: 'enquete.csv', content: longFile(ownCode, 2025, { [code]: ++counter }) };
  }
  /** A long file of public figures (a year no real file has), with a new figure each time. */
  function publicImport() {
    const code = first(f.wijken[0].cbsUnits, 'CBS unit').code;
    return { layout: 'long', fileName: 'rol.csv', content: longFile('eenzaam', 2001, { [code]: ++counter % 100 }), source: 'Rollentest' };
  }

  /** The gemeente's provider (switched off), so that reading and removing it have something to find. */
  async function ensureProvider(): Promise<void> {
    const r = await f.as.admin.put('/identity-provider', SWITCHED_OFF_PROVIDER);
    if (r.status !== 200) throw new Error(`identity provider: ${r.status} ${r.text}`);
  }

  type Outcome = 'allowed' | 'forbidden' | 'unauthenticated' | string;

  function outcomeOf(res: ApiResponse): Outcome {
    const code = (res.body as { code?: unknown } | null)?.code;
    if (res.status >= 200 && res.status < 300) return 'allowed';
    // The sign-in routes of a gemeente's provider answer the browser with a redirect (to the provider or the page that explains).
    if (res.status === 302 && res.headers.get('location')) return 'allowed';
    if (res.status === 403 && code === 'forbidden' && res.contentType.startsWith('application/problem+json')) return 'forbidden';
    if (res.status === 401 && code === 'unauthenticated' && res.contentType.startsWith('application/problem+json'))
      return 'unauthenticated';
    return `unexpected ${res.status} ${res.text.slice(0, 300)}`;
  }

  function expectedOutcome(operationId: string, caller: Caller): Outcome {
    if ((MATRIX[operationId] ?? []).includes(caller)) return 'allowed';
    return caller === 'anonymous' ? 'unauthenticated' : 'forbidden';
  }

  it.each(Object.keys(MATRIX))('%s: allowed callers succeed, the others get 403 (signed in) or 401 (anonymous)', async (operationId) => {
    const found = operations.find((o) => o.op.operationId === operationId);
    expect(found).toBeDefined();
    const build = REQUESTS[operationId];
    expect(build).toBeDefined();
    if (!found || !build) return;
    const actual: { caller: Caller; outcome: Outcome }[] = [];
    const expected: { caller: Caller; outcome: Outcome }[] = [];
    for (const caller of CALLERS) {
      const call = await build(caller);
      const client = call.client ?? clients[caller];
      const res = call.file
        ? await client.upload(call.path, call.file, 'application/gzip')
        : await client.request(found.method, call.path, call.body, { headers: call.headers });
      actual.push({ caller, outcome: outcomeOf(res) });
      const want = expectedOutcome(operationId, caller);
      expected.push({ caller, outcome: want });
      if (want !== 'allowed' && call.unchanged) await call.unchanged();
    }
    expect(actual).toEqual(expected);
  });

  it('every caller is still signed in after the run (sign-in and sign-out used their own clients)', async () => {
    for (const caller of SIGNED_IN) {
      expect({
        caller,
        status: (await clients[caller].get('/auth/session')).status,
      }).toEqual({ caller, status: 200 });
    }
    expect((await clients.anonymous.get('/auth/session')).status).toBe(401);
  });

  it('anonymous may read the OpenAPI document itself', async () => {
    const res = await new ApiClient(t.baseUrl).get<OpenApi>('/openapi.json');
    expect(res.status).toBe(200);
    expect(res.body.openapi).toMatch(/^3\./);
  });
});
