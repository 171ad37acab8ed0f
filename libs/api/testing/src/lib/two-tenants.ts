import { randomBytes } from 'node:crypto';
import type { OrgUnit, Role, Tenant, User, Wijk } from '@wk/contracts';
import { ApiClient } from './api-client';

export const TEST_PASSWORD = 'test-wachtwoord-123';

export interface TenantFixture {
  tenant: Tenant;
  /** One signed-in client per role. */
  as: Record<Role, ApiClient>;
  users: Record<Role, User>;
  /** The department (first; the contributor belongs to it) and the partner. */
  orgUnits: [OrgUnit, OrgUnit];
  /** The tenant's wijk (tests that need more add them with addWijk). */
  wijken: [Wijk];
}

export interface GemeenteWithWijk {
  gmCode: string;
  name: string;
  wijkCode: string;
}

/** Runs SQL as the database owner (setup and inspection only; the product never does this). */
export type OwnerQuery = (sql: string, params?: unknown[]) => Promise<Record<string, unknown>[]>;

/**
 * Builds one tenant through the real API: the operator creates it with its first admin, the admin adds
 * org units, a user per role and a wijk.
 */
export async function createTenantFixture(baseUrl: string, operator: ApiClient, g: GemeenteWithWijk): Promise<TenantFixture> {
  const slug = `t-${g.gmCode.toLowerCase()}-${randomBytes(3).toString('hex')}`;
  const adminEmail = `beheerder@${slug}.test`;
  const created = await operator.post<Tenant>('/platform/tenants', {
    name: `Gemeente ${g.name}`,
    slug,
    cbsCode: g.gmCode,
    admin: {
      email: adminEmail,
      name: `Beheerder ${g.name}`,
      password: TEST_PASSWORD,
    },
  });
  if (created.status !== 201) throw new Error(`create tenant: ${created.status} ${created.text}`);
  const admin = new ApiClient(baseUrl);
  await admin.login(adminEmail, TEST_PASSWORD);
  const orgUnit = async (name: string, kind: OrgUnit['kind']): Promise<OrgUnit> => {
    const r = await admin.post<OrgUnit>('/org-units', {
      name,
      kind,
      description: `Test ${kind}`,
    });
    if (r.status !== 201) throw new Error(`create org unit: ${r.status} ${r.text}`);
    return r.body;
  };
  const department = await orgUnit(`Sociaal Domein ${g.name}`, 'department');
  const partner = await orgUnit(`Woningcorporatie ${g.name}`, 'partner');
  const orgUnits: [OrgUnit, OrgUnit] = [department, partner];
  const users = {} as Record<Role, User>;
  const as = { admin } as Record<Role, ApiClient>;
  const list = await admin.get<{ items: User[] }>('/users');
  const first = list.body.items.find((u) => u.email === adminEmail);
  if (!first) throw new Error('first admin not listed');
  users.admin = first;
  for (const role of ['planner', 'contributor', 'viewer'] as const) {
    const email = `${role}@${slug}.test`;
    const r = await admin.post<User>('/users', {
      email,
      name: `${role} ${g.name}`,
      role,
      password: TEST_PASSWORD,
      orgUnitIds: role === 'contributor' ? [department.id] : [],
    });
    if (r.status !== 201) throw new Error(`create user: ${r.status} ${r.text}`);
    users[role] = r.body;
    const client = new ApiClient(baseUrl);
    await client.login(email, TEST_PASSWORD);
    as[role] = client;
  }
  const w = await admin.post<Wijk>('/wijken', {
    name: `Wijk ${g.wijkCode}`,
    cbsUnits: [{ code: g.wijkCode, year: 2024 }],
    population: 1234,
    populationYear: 2024,
    populationSource: 'Testgegeven',
    roleInCity: `Testwijk van ${g.name}`,
  });
  if (w.status !== 201) throw new Error(`create wijk: ${w.status} ${w.text}`);
  const tenant = await admin.get<Tenant>('/tenant');
  return { tenant: tenant.body, as, users, orgUnits, wijken: [w.body] };
}

/** Signs in a fresh platform operator (created in the database by the owner, as an installer would). */
export async function createOperator(baseUrl: string, owner: OwnerQuery, passwordHash: string): Promise<ApiClient> {
  const email = `operator-${randomBytes(4).toString('hex')}@platform.test`;
  await owner('INSERT INTO platform_operators (email, name, password_hash) VALUES ($1, $2, $3)', [email, 'Test operator', passwordHash]);
  const client = new ApiClient(baseUrl);
  await client.login(email, TEST_PASSWORD);
  return client;
}
