import { randomBytes, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ActionMilestones, OrgUnit, Plan, PlanStatus, Role, User, Wijk } from '@wk/contracts';
import {
  addWijk,
  ApiClient,
  cell,
  createPlanFixture,
  first,
  firstAction,
  firstGoal,
  longFile,
  only,
  ownIndicator,
  ownIndicatorCode,
  TEST_PASSWORD,
  type ApiResponse,
  type TenantFixture,
  SWITCHED_OFF_PROVIDER,
} from '@wk/api/testing';
import { parseCsv } from '@wk/util';
import { resolveCbsDataDir } from '../src/seed/cbs-reference';
import { startTestApp, type TestApp } from './harness';
import { TENANT_TABLES } from '../src/migrations';

/**
 * Bad input on every write route of the OpenAPI document: each answer is a 400 problem naming the field,
 * and nothing is written. Never a 500, anywhere in this suite.
 */

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };
type Path = (string | number)[];

interface Schema {
  $ref?: string;
  type?: string;
  nullable?: boolean;
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
}
interface Parameter {
  name: string;
  in: 'path' | 'query';
  required?: boolean;
  schema?: Schema;
}
type XAccess = { kind: 'public' } | { kind: 'operator' } | { kind: 'authenticated' } | { kind: 'roles'; roles: Role[] };
interface Operation {
  operationId: string;
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema: Schema }> };
  responses?: Record<string, unknown>;
  'x-access': XAccess;
}
interface OpenApi {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
}
interface WriteOperation {
  method: string;
  path: string;
  op: Operation;
}
interface Problem {
  status: number;
  code: string;
  invalidParams?: { name: string; code: string; reason: string }[];
  currentVersion?: number;
}

/** Every table the API can write; counted one by one as the database owner. */
const TABLES = ['tenants', 'login_throttle', 'platform_operators', ...TENANT_TABLES] as const;

const WRITE_METHODS = new Set(['POST', 'PATCH', 'PUT', 'DELETE']);
const UNKNOWN = 'onbekendVeld';

const name = (path: Path): string => path.join('.');

function clone<T extends Json>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function getAt(root: Json, path: Path): Json | undefined {
  let cur: Json | undefined = root;
  for (const key of path) {
    if (Array.isArray(cur) && typeof key === 'number') cur = cur[key];
    else if (isObject(cur) && typeof key === 'string') cur = cur[key];
    else return undefined;
  }
  return cur;
}

/** A copy of `root` with the value at `path` replaced (or removed when `value` is undefined). */
function withAt(root: Json, path: Path, value: Json | undefined): Json {
  const copy = clone(root);
  const parent = getAt(copy, path.slice(0, -1));
  const key = path[path.length - 1];
  if (Array.isArray(parent) && typeof key === 'number') {
    if (value === undefined) parent.splice(key, 1);
    else parent[key] = value;
  } else if (isObject(parent) && typeof key === 'string') {
    if (value === undefined) delete parent[key];
    else parent[key] = value;
  } else {
    throw new Error(`no parent for ${name(path)}`);
  }
  return copy;
}

/** Paths of every property in a body: object keys, and the first element of every array. */
function propertyPaths(value: Json, prefix: Path = []): Path[] {
  const out: Path[] = [];
  if (Array.isArray(value)) {
    if (value.length) {
      out.push([...prefix, 0]);
      out.push(...propertyPaths(first(value), [...prefix, 0]));
    }
  } else if (isObject(value)) {
    for (const [key, v] of Object.entries(value)) {
      out.push([...prefix, key]);
      out.push(...propertyPaths(v, [...prefix, key]));
    }
  }
  return out;
}

/** Paths of every object in a body (the root included): where an unknown property can be slipped in. */
function objectPaths(value: Json, prefix: Path = []): Path[] {
  const out: Path[] = [];
  if (isObject(value)) {
    out.push(prefix);
    for (const [key, v] of Object.entries(value)) out.push(...objectPaths(v, [...prefix, key]));
  } else if (Array.isArray(value) && value.length) {
    out.push(...objectPaths(first(value), [...prefix, 0]));
  }
  return out;
}

/** Values of another JSON type than the one the valid body has there (string↔number↔boolean↔object). */
function wrongTypes(value: Json): Json[] {
  if (typeof value === 'string') return [123, true, { tekst: value }];
  if (typeof value === 'number') return [String(value), true, { getal: value }];
  if (typeof value === 'boolean') return [String(value), 1, { waarde: value }];
  if (Array.isArray(value)) return ['lijst', 1, true, { lijst: 1 }];
  if (isObject(value)) return ['object', 1, true];
  return [];
}

describe('validation: bad input on every write route', () => {
  let t: TestApp;
  let f: TenantFixture;
  let operator: ApiClient;
  let doc: OpenApi;
  let writes: WriteOperation[];
  let gemeenteWijken: string[];
  let otherGemeenteWijk: string;
  let target: { user: User; orgUnit: OrgUnit; wijk: Wijk };
  /** A member of its own for the own-password and switch routes. */
  let self: ApiClient;
  const statuses: string[] = [];
  let counter = 0;
  const unique = () => `${++counter}-${randomBytes(3).toString('hex')}`;

  /** Every request of this suite goes through here, so that no 500 can hide. */
  async function send<T = Problem>(
    client: ApiClient,
    method: string,
    path: string,
    body?: unknown,
    options: { csrf?: boolean; rawBody?: string } = {},
  ): Promise<ApiResponse<T>> {
    const res = await client.request<T>(method, path, body, options);
    statuses.push(`${res.status} ${method} ${path}`);
    return res;
  }

  async function counts(): Promise<Record<string, number>> {
    const out: Record<string, number> = {};
    for (const table of TABLES) out[table] = Number(only(await t.owner(`SELECT count(*)::int AS n FROM ${table}`))['n']);
    return out;
  }

  function resolve(schema: Schema | undefined): Schema {
    if (!schema) return {};
    if (!schema.$ref) return schema;
    return doc.components.schemas[schema.$ref.split('/').pop() ?? ''] ?? {};
  }

  /** Required property paths, following nested objects and the first element of arrays of objects. */
  function requiredPaths(schema: Schema | undefined, value: Json | undefined, prefix: Path = []): Path[] {
    const s = resolve(schema);
    const out: Path[] = [];
    if (Array.isArray(value)) {
      if (value.length) out.push(...requiredPaths(s.items, value[0], [...prefix, 0]));
      return out;
    }
    if (!isObject(value)) return out;
    for (const key of s.required ?? []) out.push([...prefix, key]);
    for (const [key, prop] of Object.entries(s.properties ?? {})) {
      if (value[key] !== undefined) out.push(...requiredPaths(prop, value[key], [...prefix, key]));
    }
    return out;
  }

  /** Whether the schema allows null at this path of a body. */
  function nullableAt(schema: Schema | undefined, path: Path): boolean {
    let s = resolve(schema);
    for (const key of path) {
      const next = typeof key === 'number' ? s.items : s.properties?.[key];
      if (!next) return false;
      if (next.nullable) return true;
      s = resolve(next);
    }
    return false;
  }

  /** The property names a schema documents, as dotted paths (first array element for arrays of objects). */
  function schemaPaths(schema: Schema | undefined, prefix: Path = []): string[] {
    const s = resolve(schema);
    const out: string[] = [];
    for (const [key, prop] of Object.entries(s.properties ?? {})) {
      out.push(name([...prefix, key]));
      const p = resolve(prop);
      if (p.properties) out.push(...schemaPaths(p, [...prefix, key]));
      if (p.type === 'array' && resolve(p.items).properties) out.push(...schemaPaths(p.items, [...prefix, key, 0]));
    }
    return out;
  }

  function clientFor(op: Operation): ApiClient {
    // The own password and the own session: a member of its own, so that the admin's stay as they are.
    if (op.operationId === 'Auth_changePassword' || op.operationId === 'Auth_switch') return self;
    const access = op['x-access'];
    if (access.kind === 'public') return new ApiClient(t.baseUrl);
    if (access.kind === 'operator') return operator;
    if (access.kind === 'roles' && access.roles.includes('admin')) return f.as.admin;
    throw new Error(`${op.operationId}: no client for access ${JSON.stringify(access)}`);
  }

  async function versionOf(path: string, client: ApiClient = f.as.admin): Promise<number> {
    const res = await send<{ version: number }>(client, 'GET', path);
    if (res.status !== 200) throw new Error(`GET ${path}: ${res.status} ${res.text}`);
    return res.body.version;
  }

  /** A valid body for each write operation that has one; covering every documented property. */
  const BODIES: Record<string, () => Promise<{ path: string; body: JsonObject }>> = {
    Auth_login: async () => ({
      path: '/auth/login',
      body: { email: f.users.viewer.email, password: TEST_PASSWORD },
    }),
    PlatformTenants_create: async () => {
      const slug = `val-${unique()}`;
      const g = await t.freeGemeente();
      return {
        path: '/platform/tenants',
        body: {
          name: `Gemeente ${g.name}`,
          slug,
          cbsCode: g.gmCode,
          admin: {
            email: `beheer@${slug}.test`,
            name: 'Eerste beheerder',
            password: TEST_PASSWORD,
          },
        },
      };
    },
    Auth_changePassword: async () => ({
      path: '/auth/password',
      body: { currentPassword: TEST_PASSWORD, newPassword: `nieuw-${TEST_PASSWORD}` },
    }),
    Auth_switch: async () => ({
      path: '/auth/switch',
      body: { tenantId: f.tenant.id },
    }),
    PlatformTenants_update: async () => ({
      path: `/platform/tenants/${f.tenant.id}`,
      body: {
        name: f.tenant.name,
        cbsCode: f.tenant.cbsCode,
        active: true,
        version: await versionOf(`/platform/tenants/${f.tenant.id}`, operator),
      },
    }),
    PlatformTenants_addAdmin: async () => ({
      path: `/platform/tenants/${f.tenant.id}/admins`,
      body: { email: `beheer-${unique()}@validatie.test`, name: 'Extra beheerder' },
    }),
    Tenant_update: async () => ({
      path: '/tenant',
      body: {
        name: f.tenant.name,
        theme: {
          primaryColor: '#154273',
          primaryColorText: '#ffffff',
          logoText: 'Gemeente',
          accentColor: '#a64d00',
          logo: 'data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciLz4=',
        },
        version: await versionOf('/tenant'),
      },
    }),
    Users_create: async () => ({
      path: '/users',
      body: {
        email: `nieuw-${unique()}@validatie.test`,
        name: 'Nieuwe medewerker',
        role: 'contributor',
        password: TEST_PASSWORD,
        orgUnitIds: [f.orgUnits[0].id],
      },
    }),
    Users_update: async () => ({
      path: `/users/${target.user.id}`,
      body: {
        email: target.user.email,
        name: 'Gewijzigde naam',
        role: 'viewer',
        active: true,
        orgUnitIds: [f.orgUnits[1].id],
        version: await versionOf(`/users/${target.user.id}`),
      },
    }),
    OrgUnits_create: async () => ({
      path: '/org-units',
      body: {
        name: `Afdeling ${unique()}`,
        kind: 'department',
        description: 'Omschrijving',
      },
    }),
    OrgUnits_update: async () => ({
      path: `/org-units/${target.orgUnit.id}`,
      body: {
        name: `Hernoemd ${unique()}`,
        kind: 'partner',
        description: 'Nieuwe omschrijving',
        version: await versionOf(`/org-units/${target.orgUnit.id}`),
      },
    }),
    Wijken_create: async () => ({
      path: '/wijken',
      body: {
        name: `Wijk ${unique()}`,
        cbsUnits: [{ code: first(gemeenteWijken), year: 2024 }],
        population: 4120,
        populationYear: 2024,
        populationSource: 'Eigen telling',
        roleInCity: 'Woonwijk',
      },
    }),
    Wijken_update: async () => ({
      path: `/wijken/${target.wijk.id}`,
      body: {
        name: `Wijk ${unique()}`,
        cbsUnits: [{ code: first(gemeenteWijken), year: 2024 }],
        population: 5000,
        populationYear: 2024,
        populationSource: 'Eigen telling',
        roleInCity: 'Woonwijk',
        version: await versionOf(`/wijken/${target.wijk.id}`),
      },
    }),
    Indicators_setWarningSettings: async () => ({ path: '/indicators/early-warning', body: { consecutive: 3, minStepPercent: 0.5 } }),
    Indicators_create: async () => ({ path: '/indicators', body: { ...ownIndicator(ownIndicatorCode('val')) } as unknown as JsonObject }),
    IndicatorImports_preview: async () => ({ path: '/indicator-imports/preview', body: await importBody(await ownCode()) }),
    IndicatorImports_import: async () => ({ path: '/indicator-imports', body: await importBody(await ownCode()) }),
    PlatformIndicatorImports_preview: async () => ({ path: '/platform/indicator-imports/preview', body: await importBody('eenzaam') }),
    PlatformIndicatorImports_import: async () => ({ path: '/platform/indicator-imports', body: await importBody('eenzaam') }),
    Wijken_import: async () => ({
      path: '/wijken/import',
      body: {
        csv: `naam;cbs_codes;jaar\nImport ${unique()};${first(gemeenteWijken)};2024\n`,
      },
    }),
    Plans_create: async () => ({
      path: '/plans',
      body: {
        title: `Plan ${unique()}`,
        theme: 'Wonen',
        wijkIds: [target.wijk.id],
        startYear: 2025,
        endYear: 2040,
        vision: 'Visie',
        cadence: 'quarterly',
      },
    }),
    Plans_update: async () => {
      const plan = await draft();
      return {
        path: `/plans/${plan.id}`,
        body: {
          title: `Plan ${unique()}`,
          theme: 'Veiligheid',
          wijkIds: [f.wijken[0].id],
          startYear: 2025,
          endYear: 2040,
          vision: 'Nieuwe visie',
          cadence: 'quarterly',
          sections: { B1: 'a', B2: 'b', B3: 'c', B4: 'd', B5: 'e', B6: 'f' },
          version: plan.version,
        },
      };
    },
    Plans_submit: async () => lifecycle('submit', await planIn('draft')),
    Plans_reopen: async () => lifecycle('reopen', await planIn('in_review')),
    Plans_adopt: async () =>
      lifecycle('adopt', await planIn('in_review'), {
        adoptedOn: '2025-06-30',
        decisionReference: 'Raadsbesluit 2025/1',
        replacePlanIds: [],
      }),
    Plans_archive: async () => lifecycle('archive', await planIn('adopted')),
    Plans_correctAdoption: async () =>
      lifecycle('adoption-correction', await planIn('adopted'), {
        adoptedOn: `2025-0${1 + (correction++ % 5)}-15`,
        decisionReference: `Raadsbesluit ${unique()}`,
        reason: 'Verkeerd overgenomen.',
      }),
    Plans_newRevision: async () => lifecycle('revisions', await planIn('adopted')),
    Plans_createGoal: async () => ({
      path: `/plans/${(await draft()).id}/goals`,
      body: {
        block: 'B1',
        pillar: null,
        statement: `Doel ${unique()}`,
        target: 'Ambitie',
      },
    }),
    Plans_reorderGoals: async () => {
      const plan = await draft();
      return {
        path: `/plans/${plan.id}/goal-order`,
        body: {
          block: 'B1',
          pillar: null,
          goalIds: plan.goals.filter((g) => g.block === 'B1').map((g) => g.id),
          version: plan.version,
        },
      };
    },
    Goals_update: async () => {
      const goal = firstGoal(await draft());
      return {
        path: `/goals/${goal.id}`,
        body: {
          block: 'B1',
          pillar: null,
          statement: `Doel ${unique()}`,
          target: 'Ambitie',
          version: goal.version,
        },
      };
    },
    ReminderSettings_update: async () => ({ path: '/reminder-settings', body: { enabled: true, weekday: 1 } }),
    IdentityProvider_save: async () => ({
      path: '/identity-provider',
      // The private key is kept only for private_key_jwt: given here so that its own checks run too.
      body: { ...SWITCHED_OFF_PROVIDER, privateKeyJwk: '{"kty":"RSA"}' },
    }),
    ReminderSubscription_update: async () => ({ path: '/reminder-subscription', body: { subscribed: true } }),
    Tracker_import: async () => ({
      path: `/plans/${(await draft()).id}/tracker`,
      body: {
        fileName: 'acties.csv',
        format: 'csv',
        content: 'bouwsteen;doel;actie;start;eind\nB1;Doel;Actie;2026-K1;2026-K2',
        commit: false,
      },
    }),
    Goals_addIndicatorTarget: async () => ({
      path: `/goals/${firstGoal(await draft()).id}/indicator-targets`,
      body: {
        indicatorCode: 'inwoners',
        wijkId: first((await draft()).wijken, 'plan wijk').id,
        baseline: { year: 2016, value: 100 },
        target: { year: 2030, value: 120 },
        intermediate: [{ year: 2020, value: 105 }],
        tolerancePercent: 10,
      },
    }),
    IndicatorTargets_update: async () => {
      const plan = await draft();
      // One target for every call (a fresh one each time would change the row counts the tests compare).
      updatableTarget ??= (
        await send<{ id: string }>(f.as.planner, 'POST', `/goals/${firstGoal(plan).id}/indicator-targets`, {
          indicatorCode: 'inwoners',
          baseline: { year: 2016, value: 100 },
          target: { year: 2030, value: 120 },
        })
      ).body.id;
      const created = { body: { id: updatableTarget, version: await versionOf(`/indicator-targets/${updatableTarget}`) } };
      return {
        path: `/indicator-targets/${created.body.id}`,
        body: {
          indicatorCode: 'inwoners',
          wijkId: first(plan.wijken, 'plan wijk').id,
          baseline: { year: 2016, value: 100 },
          target: { year: 2030, value: 130 },
          intermediate: [{ year: 2020, value: 105 }],
          tolerancePercent: 15,
          version: created.body.version,
        },
      };
    },
    Goals_createAction: async () => ({
      path: `/goals/${firstGoal(await draft()).id}/actions`,
      body: actionBody(),
    }),
    Goals_reorderActions: async () => {
      const goal = firstGoal(await draft());
      return {
        path: `/goals/${goal.id}/action-order`,
        body: {
          actionIds: goal.actions.map((a) => a.id).reverse(),
          version: goal.version,
        },
      };
    },
    Actions_update: async () => {
      const plan = await draft();
      // The last goal's action, moved to the goal before it each time (a move is part of the valid body).
      const action = plan.goals.flatMap((g) => g.actions).at(-1);
      const other = plan.goals.filter((g) => g.id !== action?.goalId).at(-1);
      if (!action || !other) throw new Error('draft plan has no actions');
      return {
        path: `/actions/${action.id}`,
        body: { ...actionBody(), goalId: other.id, version: action.version },
      };
    },
    ActionUpdates_create: async () => ({
      path: `/actions/${firstAction(await planIn('adopted')).id}/updates`,
      body: {
        year: 2026,
        quarter: 1,
        status: 'on_track',
        percentComplete: 25,
        narrative: 'Loopt volgens plan.',
        spentCents: 150_000,
      },
    }),
    ActionMilestones_mark: async () => {
      // The opposite of the milestone's state: the valid body is accepted at the end.
      const action = firstAction(await planIn('adopted'));
      const list = await send<ActionMilestones>(f.as.admin, 'GET', `/actions/${action.id}/milestones`);
      const milestone = first(list.body.items);
      return {
        path: `/actions/${action.id}/milestones/${milestone.key}/marks`,
        body: { done: !milestone.done, note: 'De eerste stap is gezet.' },
      };
    },
    ClosedPeriods_close: async () => {
      const n = closing++;
      return {
        path: `/plans/${(await planIn('adopted')).id}/closed-periods`,
        body: { year: 2001 + Math.floor(n / 4), quarter: (n % 4) + 1 },
      };
    },
  };

  let closing = 0;

  /** A complete draft plan, built once, for the goal and action routes. */
  let draftPlan: Plan | null = null;
  let updatableTarget: string | undefined;
  async function draft(): Promise<Plan> {
    draftPlan ??= await createPlanFixture(f, {
      title: `Validatieplan ${unique()}`,
    });
    return (await send<Plan>(f.as.admin, 'GET', `/plans/${draftPlan.id}`)).body;
  }
  /** A plan in `status`: the one handed out before while it still is, else a fresh one moved there. */
  const inStatus: Partial<Record<PlanStatus, string>> = {};
  async function planIn(status: 'draft' | 'in_review' | 'adopted'): Promise<Plan> {
    const known = inStatus[status];
    if (known) {
      const plan = (await send<Plan>(f.as.admin, 'GET', `/plans/${known}`)).body;
      if (plan.status === status && !plan.revisions.some((r) => r.id !== plan.id && (r.status === 'draft' || r.status === 'in_review')))
        return plan;
    }
    // A wijk of its own: one plan in force per wijk.
    let plan = await createPlanFixture(f, {
      title: `Levensloop ${unique()}`,
      wijkIds: [(await addWijk(f)).id],
    });
    const step = async (path: string, body: object = {}) => {
      const r = await send<Plan>(f.as.planner, 'POST', `/plans/${plan.id}/${path}`, { ...body, version: plan.version });
      if (r.status !== 200) throw new Error(`${path}: ${r.status} ${r.text}`);
      plan = r.body;
    };
    if (status !== 'draft') await step('submit');
    if (status === 'adopted') await step('adopt', { adoptedOn: '2025-06-30', decisionReference: 'RB' });
    inStatus[status] = plan.id;
    return plan;
  }
  let correction = 0;
  const lifecycle = (path: string, plan: Plan, extra: JsonObject = {}) => ({
    path: `/plans/${plan.id}/${path}`,
    body: { ...extra, version: plan.version },
  });
  const actionBody = (): JsonObject => ({
    title: `Actie ${unique()}`,
    description: 'Omschrijving',
    leadUnitId: f.orgUnits[0].id,
    contributingUnitIds: [f.orgUnits[1].id],
    ownerId: f.users.contributor.id,
    start: { year: 2026, quarter: 1 },
    end: { year: 2027, quarter: 4 },
    budget: [{ year: 2026, amountCents: 5_000_000 }],
    // A key the action never had: the milestone is new (a key is kept only when the action had it).
    milestones: [{ key: randomUUID(), title: 'Start', dueDate: '2026-03-31', done: false }],
  });

  /** Write operations without a body but with query parameters: a fresh object to aim at. */
  const QUERY_TARGETS: Record<string, () => Promise<{ path: string; version: number; check: string }>> = {
    OrgUnits_remove: async () => {
      const res = await send<OrgUnit>(f.as.admin, 'POST', '/org-units', {
        name: `Te verwijderen ${unique()}`,
        kind: 'partner',
      });
      if (res.status !== 201) throw new Error(res.text);
      return {
        path: `/org-units/${res.body.id}`,
        version: res.body.version,
        check: `/org-units/${res.body.id}`,
      };
    },
    Wijken_remove: async () => {
      const res = await send<Wijk>(f.as.admin, 'POST', '/wijken', {
        name: `Te verwijderen ${unique()}`,
        cbsUnits: [{ code: first(gemeenteWijken), year: 2024 }],
      });
      if (res.status !== 201) throw new Error(res.text);
      return {
        path: `/wijken/${res.body.id}`,
        version: res.body.version,
        check: `/wijken/${res.body.id}`,
      };
    },
    Plans_remove: async () => {
      const plan = await createPlanFixture(f, {
        title: `Te verwijderen ${unique()}`,
        complete: false,
      });
      return {
        path: `/plans/${plan.id}`,
        version: plan.version,
        check: `/plans/${plan.id}`,
      };
    },
    Goals_remove: async () => {
      const goal = await newGoal();
      return {
        path: `/goals/${goal.id}`,
        version: goal.version,
        check: `/goals/${goal.id}`,
      };
    },
    IndicatorTargets_remove: async () => {
      const plan = await draft();
      const res = await send<{ id: string; version: number }>(f.as.admin, 'POST', `/goals/${firstGoal(plan).id}/indicator-targets`, {
        indicatorCode: 'inwoners',
        baseline: { year: 2016, value: 100 },
        target: { year: 2030, value: 120 },
      });
      if (res.status !== 201) throw new Error(res.text);
      return { path: `/indicator-targets/${res.body.id}`, version: res.body.version, check: `/indicator-targets/${res.body.id}` };
    },
    Actions_remove: async () => {
      const goal = await newGoal();
      const title = `Te verwijderen ${unique()}`;
      const plan = (
        await send<Plan>(f.as.admin, 'POST', `/goals/${goal.id}/actions`, {
          title,
          start: { year: 2026, quarter: 1 },
          end: { year: 2026, quarter: 1 },
        })
      ).body;
      const action = plan.goals.flatMap((g) => g.actions).find((a) => a.title === title);
      if (!action) throw new Error('action not created');
      return {
        path: `/actions/${action.id}`,
        version: action.version,
        check: `/actions/${action.id}`,
      };
    },
  };

  /** The valid body of a write operation (BODIES must know every operation it is asked for). */
  const validBody = (operationId: string) => {
    const make = BODIES[operationId];
    if (!make) throw new Error(`No valid body for ${operationId}`);
    return make();
  };

  /** The object a query-parameter write aims at (QUERY_TARGETS must know the operation). */
  const queryTarget = (operationId: string) => {
    const make = QUERY_TARGETS[operationId];
    if (!make) throw new Error(`No query target for ${operationId}`);
    return make();
  };

  let ownIndicatorOfF: string | null = null;
  /** The tenant's own indicator (created once), for its imports. */
  async function ownCode(): Promise<string> {
    if (!ownIndicatorOfF) {
      const created = await send<{ code: string }>(f.as.admin, 'POST', '/indicators', ownIndicator());
      if (created.status !== 201) throw new Error(`own indicator: ${created.status} ${created.text}`);
      ownIndicatorOfF = created.body.code;
    }
    return ownIndicatorOfF;
  }
  /** A valid import with every documented property (a long file of one figure, in a year no real file has). */
  async function importBody(indicator: string): Promise<JsonObject> {
    return {
      layout: 'long',
      fileName: 'validatie.csv',
      content: longFile(indicator, 2001, { [gemeenteWijken[0] ?? '']: 50 }),
      year: 2001,
      areaYear: 2001,
      source: 'Validatietest',
    };
  }

  /** The goal or action to delete: a new one in the shared draft plan. */
  async function newGoal(): Promise<{ id: string; version: number }> {
    const statement = `Te verwijderen ${unique()}`;
    const plan = (await send<Plan>(f.as.admin, 'POST', `/plans/${(await draft()).id}/goals`, { block: 'B6', statement })).body;
    const goal = plan.goals.find((g) => g.statement === statement);
    if (!goal) throw new Error('goal not created');
    return goal;
  }

  /** Write operations that take no input at all. */
  const NO_INPUT = [
    'Auth_logout',
    'Users_temporaryPassword',
    'PlatformTenants_resetAdmin',
    'Publication_publish',
    'Publication_withdraw',
    'MailOutbox_round',
    'IdentityProvider_remove',
    'Sessions_end',
  ];

  beforeAll(async () => {
    t = await startTestApp();
    f = await t.tenant();
    operator = await t.operator();
    doc = (await send<OpenApi>(new ApiClient(t.baseUrl), 'GET', '/openapi.json')).body;
    writes = Object.entries(doc.paths).flatMap(([path, item]) =>
      Object.entries(item)
        .filter(([method]) => WRITE_METHODS.has(method.toUpperCase()))
        .map(([method, op]) => ({
          method: method.toUpperCase(),
          path: path.replace(/^\/api\/v1/, ''),
          op,
        })),
    );
    const wijken = parseCsv(readFileSync(join(resolveCbsDataDir(), 'wijken_2024_nl.csv'), 'utf8')).rows;
    gemeenteWijken = wijken.filter((r) => r.cells['gemeentecode'] === f.tenant.cbsCode).map((r) => cell(r, 'wijkcode'));
    const other = wijken.find((r) => r.cells['gemeentecode'] !== f.tenant.cbsCode);
    if (!other || !gemeenteWijken.length) throw new Error('CBS reference lists missing');
    otherGemeenteWijk = cell(other, 'wijkcode');
    const user = await send<User>(f.as.admin, 'POST', '/users', {
      email: `doelwit-${unique()}@validatie.test`,
      name: 'Doelwit',
      role: 'planner',
      password: TEST_PASSWORD,
    });
    const orgUnit = await send<OrgUnit>(f.as.admin, 'POST', '/org-units', {
      name: `Doelwit ${unique()}`,
      kind: 'department',
    });
    const wijk = await send<Wijk>(f.as.admin, 'POST', '/wijken', {
      name: `Doelwit ${unique()}`,
      cbsUnits: [{ code: first(gemeenteWijken), year: 2024 }],
    });
    if (user.status !== 201 || orgUnit.status !== 201 || wijk.status !== 201) throw new Error('targets not created');
    target = { user: user.body, orgUnit: orgUnit.body, wijk: wijk.body };
    const selfEmail = `zelf-${unique()}@validatie.test`;
    if (
      (await send(f.as.admin, 'POST', '/users', { email: selfEmail, name: 'Zelf', role: 'viewer', password: TEST_PASSWORD })).status !== 201
    )
      throw new Error('self not created');
    self = new ApiClient(t.baseUrl);
    await self.login(selfEmail, TEST_PASSWORD);
  });
  afterAll(() => t.close());

  /** Checks one answer; returns what is wrong with it (empty when it is the expected 400 naming `field`). */
  function problemsWith(label: string, res: ApiResponse<Problem>, field: string | string[], refusedCode?: string): string[] {
    const fields = Array.isArray(field) ? field : [field];
    const out: string[] = [];
    if (res.status !== 400) out.push(`${label}: status ${res.status} ${res.text.slice(0, 200)}`);
    else {
      if (!res.contentType.startsWith('application/problem+json')) out.push(`${label}: content type ${res.contentType}`);
      if (res.body.code !== 'validation_failed') out.push(`${label}: code ${res.body.code}`);
      const names = (res.body.invalidParams ?? []).map((p) => p.name);
      for (const p of res.body.invalidParams ?? [])
        if (/must|should|property|each value/i.test(p.reason)) out.push(`${label}: English reason for ${p.name}: ${p.reason}`);
      if (!fields.some((n) => names.includes(n)))
        out.push(`${label}: invalidParams ${JSON.stringify(names)} do not name ${fields.join(' or ')}`);
      const refused = (res.body.invalidParams ?? []).find((p) => fields.includes(p.name) && p.code === refusedCode);
      if (refused) out.push(`${label}: refused for the wrong reason (${refused.code}: ${refused.reason})`);
    }
    return out;
  }

  /** Write operations whose body is a file, not JSON (the operator's import of a gemeente's export). */
  const FILE_BODIES = ['PlatformTenantImports_import'];

  it('covers every write operation of the document', () => {
    const ids = writes.map((w) => w.op.operationId).sort();
    expect(ids.length).toBeGreaterThanOrEqual(13);
    const covered = [...Object.keys(BODIES), ...Object.keys(QUERY_TARGETS), ...NO_INPUT, ...FILE_BODIES].sort();
    expect(ids).toEqual(covered);
    for (const w of writes) {
      const hasBody = !!w.op.requestBody;
      const hasQuery = (w.op.parameters ?? []).some((p) => p.in === 'query');
      expect({ op: w.op.operationId, hasBody, hasQuery }).toEqual({
        op: w.op.operationId,
        hasBody: w.op.operationId in BODIES || FILE_BODIES.includes(w.op.operationId),
        hasQuery: w.op.operationId in QUERY_TARGETS,
      });
    }
  });

  describe.each(Object.keys(BODIES))('%s', (operationId) => {
    let write: WriteOperation;
    let client: ApiClient;

    beforeAll(() => {
      const found = writes.find((w) => w.op.operationId === operationId);
      if (!found) throw new Error(`${operationId} is not in the OpenAPI document`);
      write = found;
      client = clientFor(found.op);
    });

    const schemaOf = () => write.op.requestBody?.content['application/json']?.schema;

    it('the valid body used below sets every documented property (so new fields are tested too)', async () => {
      const { body } = await validBody(operationId);
      const documented = schemaPaths(schemaOf()).sort();
      const sent = propertyPaths(body)
        .filter((p) => typeof p[p.length - 1] !== 'number')
        .map(name)
        .sort();
      expect(sent).toEqual(documented);
    });

    /** A change to a valid body; applied to a freshly built valid body each time, so that cases cannot affect each other. */
    interface Case {
      label: string;
      field: string | string[];
      make: (valid: JsonObject) => { body?: Json; rawBody?: string };
      /** An invalidParams code that does not count as the expected refusal. */
      wrongCode?: string;
    }

    async function run(cases: Case[]): Promise<void> {
      expect(cases.length).toBeGreaterThan(0);
      const before = await counts();
      const failures: string[] = [];
      for (const c of cases) {
        const { path, body } = await validBody(operationId);
        const made = c.make(body);
        const res = await send(client, write.method, path, made.body, made.rawBody !== undefined ? { rawBody: made.rawBody } : {});
        failures.push(...problemsWith(c.label, res, c.field, c.wrongCode));
      }
      expect(failures).toEqual([]);
      expect(await counts()).toEqual(before);
    }

    /** For a primitive inside an array (validated with `each`), the error may name the array itself. */
    const fieldOf = (p: Path, value: Json | undefined): string | string[] =>
      typeof p[p.length - 1] === 'number' && !isObject(value) ? [name(p), name(p.slice(0, -1))] : name(p);

    it('{}, a missing required property, a wrong type, an unknown property, malformed JSON, a 201-character name: 400 naming the field, nothing written', async () => {
      const { body } = await validBody(operationId);
      const cases: Case[] = [];
      const required = requiredPaths(schemaOf(), body);
      expect(required.length).toBeGreaterThan(0);
      const topRequired = required.filter((p) => p.length === 1).map(name);
      cases.push({
        label: '{}',
        field: topRequired,
        make: () => ({ body: {} }),
      });
      for (const p of required)
        cases.push({
          label: `without ${name(p)}`,
          field: name(p),
          make: (v) => ({ body: withAt(v, p, undefined) }),
        });
      for (const p of propertyPaths(body)) {
        const value = getAt(body, p);
        if (value === undefined) continue;
        for (const wrong of wrongTypes(value)) {
          cases.push({
            label: `${name(p)} = ${JSON.stringify(wrong)}`,
            field: fieldOf(p, value),
            make: (v) => ({ body: withAt(v, p, wrong) }),
          });
        }
        if (p[p.length - 1] === 'name' && typeof value === 'string') {
          cases.push({
            label: `${name(p)} of 201 characters`,
            field: name(p),
            make: (v) => ({ body: withAt(v, p, 'x'.repeat(201)) }),
          });
        }
      }
      for (const p of objectPaths(body)) {
        const unknown = [...p, UNKNOWN];
        cases.push({
          label: `unknown ${name(unknown)}`,
          field: name(unknown),
          make: (v) => ({ body: withAt(v, unknown, 'x') }),
        });
      }
      cases.push({
        label: 'malformed JSON',
        field: 'body',
        make: () => ({ rawBody: '{bad' }),
      });
      cases.push({
        label: 'an array instead of an object',
        field: ['body', ...topRequired],
        make: () => ({ body: [] }),
      });
      expect(cases.length).toBeGreaterThan(5);
      await run(cases);
    });

    it('null where the OpenAPI document does not allow it (nullable: false): 400 naming the field, nothing written', async () => {
      const { body } = await validBody(operationId);
      const cases: Case[] = propertyPaths(body)
        .filter((p) => !nullableAt(schemaOf(), p))
        .map((p) => ({
          label: `${name(p)} = null`,
          field: fieldOf(p, getAt(body, p)),
          make: (v: JsonObject) => ({ body: withAt(v, p, null) }),
        }));
      await run(cases);
    });

    it('null where the OpenAPI document allows it (nullable: true) is accepted, one field at a time', async () => {
      const nullable = propertyPaths((await validBody(operationId)).body).filter((p) => nullableAt(schemaOf(), p));
      const sender = operationId === 'Auth_login' ? new ApiClient(t.baseUrl) : client;
      const refused: string[] = [];
      for (const p of nullable) {
        // A fresh body per case: PATCH bodies carry the object's current version.
        const { path, body } = await validBody(operationId);
        const res = await send(sender, write.method, path, withAt(body, p, null));
        if (res.status >= 300) refused.push(`${name(p)} = null → ${res.status} ${res.text.slice(0, 200)}`);
      }
      expect(refused).toEqual([]);
    });

    it('a name of spaces only: 400 naming the field, nothing written', async () => {
      const { body } = await validBody(operationId);
      // A name, or each language of a localised name ({ nl, en }).
      const names = propertyPaths(body).filter(
        (p) => (p[p.length - 1] === 'name' || p[p.length - 2] === 'name') && typeof getAt(body, p) === 'string',
      );
      // Refused as a duplicate does not count: that only means an earlier blank name got through.
      const cases: Case[] = names.map((p) => ({
        label: `${name(p)} = '   '`,
        field: name(p),
        make: (v: JsonObject) => ({ body: withAt(v, p, '   ') }),
        wrongCode: 'duplicate',
      }));
      // Operations without a name property have nothing to check here; the others must refuse a blank one.
      if (!cases.length) {
        expect(schemaPaths(schemaOf()).filter((n) => n === 'name' || n.endsWith('.name'))).toEqual([]);
        return;
      }
      await run(cases);
    });

    it('the valid body itself is accepted (each refusal above was caused by the one change made)', async () => {
      const { path, body } = await validBody(operationId);
      const sender = operationId === 'Auth_login' ? new ApiClient(t.baseUrl) : client;
      const res = await send(sender, write.method, path, body);
      const documented = Object.keys(write.op.responses ?? {}).find((code) => /^2\d\d$/.test(code));
      expect(documented).toBeDefined();
      expect({
        status: res.status,
        text: res.status < 300 ? '' : res.text,
      }).toEqual({ status: Number(documented), text: '' });
    });
  });

  describe.each(Object.keys(QUERY_TARGETS))('%s', (operationId) => {
    it('missing or malformed query parameters and an unknown one: 400 naming the parameter, nothing written', async () => {
      const write = writes.find((w) => w.op.operationId === operationId);
      expect(write).toBeDefined();
      if (!write) return;
      const { path, version, check } = await queryTarget(operationId);
      const query = (write.op.parameters ?? []).filter((p) => p.in === 'query');
      expect(query.map((p) => p.name)).toEqual(['version']);
      const valid = (except: string) =>
        query
          .filter((p) => p.name !== except)
          .map((p) => `${p.name}=${version}`)
          .join('&');
      const cases: { label: string; url: string; field: string }[] = [];
      for (const p of query) {
        if (p.required)
          cases.push({
            label: `without ${p.name}`,
            url: `${path}?${valid(p.name)}`,
            field: p.name,
          });
        for (const bad of ['abc', 'true', '1.5', '0', '-1', '', '{}']) {
          const rest = valid(p.name);
          cases.push({
            label: `${p.name}=${bad}`,
            url: `${path}?${rest ? `${rest}&` : ''}${p.name}=${encodeURIComponent(bad)}`,
            field: p.name,
          });
        }
      }
      cases.push({
        label: 'unknown parameter',
        url: `${path}?${valid('')}&${UNKNOWN}=1`,
        field: UNKNOWN,
      });
      const before = await counts();
      const failures: string[] = [];
      for (const c of cases) failures.push(...problemsWith(c.label, await send(f.as.admin, write.method, c.url), c.field));
      expect(failures).toEqual([]);
      expect(await counts()).toEqual(before);
      expect((await send(f.as.admin, 'GET', check)).status).toBe(200);
      // And with the right version it goes (204, or 200 with the plan it was part of).
      expect([200, 204]).toContain((await send(f.as.admin, write.method, `${path}?version=${version}`)).status);
      expect((await send(f.as.admin, 'GET', check)).status).toBe(404);
    });
  });

  describe('domain checks after the form is right', () => {
    it('a CBS code of another gemeente: 400 wrong_gemeente on cbsUnits.<i>.code (create, update) and rows.<line>.cbs_codes (import)', async () => {
      const before = await counts();
      const create = await send(f.as.admin, 'POST', '/wijken', {
        name: `Vreemde wijk ${unique()}`,
        cbsUnits: [
          { code: first(gemeenteWijken), year: 2024 },
          { code: otherGemeenteWijk, year: 2024 },
        ],
      });
      expect(problemsWith('create', create, 'cbsUnits.1.code')).toEqual([]);
      expect(create.body.invalidParams).toEqual([
        expect.objectContaining({
          name: 'cbsUnits.1.code',
          code: 'wrong_gemeente',
        }),
      ]);
      const version = await versionOf(`/wijken/${target.wijk.id}`);
      const update = await send(f.as.admin, 'PATCH', `/wijken/${target.wijk.id}`, {
        cbsUnits: [{ code: otherGemeenteWijk, year: 2024 }],
        version,
      });
      expect(update.body.invalidParams).toEqual([
        expect.objectContaining({
          name: 'cbsUnits.0.code',
          code: 'wrong_gemeente',
        }),
      ]);
      expect(update.status).toBe(400);
      const imported = await send(f.as.admin, 'POST', '/wijken/import', {
        csv: `naam;cbs_codes;jaar\nVreemd ${unique()};${otherGemeenteWijk};2024\n`,
      });
      expect(imported.status).toBe(400);
      expect(imported.body.invalidParams).toEqual([
        expect.objectContaining({
          name: 'rows.2.cbs_codes',
          code: 'wrong_gemeente',
        }),
      ]);
      expect(await counts()).toEqual(before);
      expect(await versionOf(`/wijken/${target.wijk.id}`)).toBe(version);
    });

    it('a stale version on every PATCH and DELETE: 409 version_conflict with currentVersion, nothing written', async () => {
      const patches = writes.filter((w) => w.method === 'PATCH');
      expect(patches.map((w) => w.op.operationId).sort()).toEqual([
        'Actions_update',
        'Goals_update',
        'IndicatorTargets_update',
        'OrgUnits_update',
        'Plans_update',
        'PlatformTenants_update',
        'Tenant_update',
        'Users_update',
        'Wijken_update',
      ]);
      for (const w of patches) {
        const writer = clientFor(w.op);
        // Make sure the object is past version 1, then write on the basis of version 1.
        const valid = await validBody(w.op.operationId);
        const bumped = await send<{ version: number }>(writer, 'PATCH', valid.path, valid.body);
        expect({ op: w.op.operationId, status: bumped.status }).toEqual({
          op: w.op.operationId,
          status: 200,
        });
        // Goal and action writes answer with the whole plan: the object's own version is read back.
        const current = await versionOf(valid.path, writer);
        expect(current).toBeGreaterThan(1);
        const before = await counts();
        const change = 'name' in valid.body ? { name: `Verouderd ${unique()}` } : {};
        const stale = await send(writer, 'PATCH', valid.path, {
          ...valid.body,
          ...change,
          version: current - 1,
        });
        expect({
          op: w.op.operationId,
          status: stale.status,
          contentType: stale.contentType.split(';')[0],
          code: stale.body.code,
          currentVersion: stale.body.currentVersion,
        }).toEqual({
          op: w.op.operationId,
          status: 409,
          contentType: 'application/problem+json',
          code: 'version_conflict',
          currentVersion: current,
        });
        expect(await counts()).toEqual(before);
        expect(await versionOf(valid.path, writer)).toBe(current);
      }
      for (const operationId of Object.keys(QUERY_TARGETS)) {
        const { path, version, check } = await queryTarget(operationId);
        const before = await counts();
        const stale = await send(f.as.admin, 'DELETE', `${path}?version=${version + 1}`);
        expect({
          operationId,
          status: stale.status,
          code: stale.body.code,
          currentVersion: stale.body.currentVersion,
        }).toEqual({
          operationId,
          status: 409,
          code: 'version_conflict',
          currentVersion: version,
        });
        expect(await counts()).toEqual(before);
        expect((await send(f.as.admin, 'GET', check)).status).toBe(200);
      }
    });
  });

  it('PlatformTenantImports_import: JSON, nothing, or bytes that are no export file: 400 or 422 naming the body, nothing written', async () => {
    const tenants = await counts();
    for (const [body, status, code] of [
      [{ slug: 'x' }, 400, 'content_type'],
      [undefined, 400, 'content_type'],
    ] as const) {
      const r = await send(operator, 'POST', '/platform/tenant-imports', body);
      expect({ status: r.status, param: r.body.invalidParams?.[0]?.name, code: r.body.invalidParams?.[0]?.code }).toEqual({
        status,
        param: 'body',
        code,
      });
    }
    const notGzip = await operator.upload<Problem>('/platform/tenant-imports', Buffer.from('geen export'), 'application/gzip');
    statuses.push(`${notGzip.status} POST /platform/tenant-imports`);
    expect({ status: notGzip.status, param: notGzip.body.invalidParams?.[0]?.name }).toEqual({ status: 422, param: 'body' });
    expect(await counts()).toEqual(tenants);
  });

  it('no request of this suite answered with a 5xx', () => {
    expect(statuses.length).toBeGreaterThan(200);
    expect(statuses.filter((s) => Number(s.slice(0, 3)) >= 500)).toEqual([]);
  });
});
