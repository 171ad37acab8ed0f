import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AuditEvent, CbsUnitMatch, Health, ImportWijkenResult, OrgUnit, Page, Tenant, User, Wijk } from '@wk/contracts';
import {
  ApiClient,
  cell,
  createTenantFixture,
  fieldsOf,
  first,
  nth,
  only,
  problem,
  TEST_PASSWORD,
  type ApiResponse,
  type TenantFixture,
} from '@wk/api/testing';
import { parseCsv, type CsvRow } from '@wk/util';
import { resolveCbsDataDir } from '../src/seed/cbs-reference';
import { startTestApp, type TestApp } from './harness';

interface Problem {
  status: number;
  code: string;
  detail?: string;
  invalidParams?: { name: string; code: string; reason: string }[];
  currentVersion?: number;
}

function readCbs(file: string): CsvRow[] {
  return parseCsv(readFileSync(join(resolveCbsDataDir(), file), 'utf8')).rows;
}

/**
 * The gemeente of this suite: one of the study's (data/cbs/doelwijken_cbs_codes_2024.csv), Groningen with
 * Vinkhuizen (two CBS buurten) when no other suite took it, with the buurten of its doelwijk.
 */
interface Buurt {
  code: string;
  name: string;
}

interface Area {
  gmCode: string;
  gemeente: string;
  doelwijk: string;
  /** The CBS wijk the doelwijk lies in. */
  wijkCode: string;
  wijkName: string;
  /** At least two buurten of that wijk, starting with the doelwijk's own. */
  buurten: [Buurt, Buurt, ...Buurt[]];
  /** Other CBS wijken of the gemeente. */
  otherWijken: { code: string; name: string }[];
}

function areaFor(doelwijk: CsvRow): Area {
  const gm = cell(doelwijk, 'gemeentecode');
  const wijkCode = cell(doelwijk, 'wijkcode_2024');
  const names = new Map(readCbs('cbs_buurt_namen_85984.csv').map((r) => [r.cells['identifier'], r.cells['title']]));
  const own = cell(doelwijk, 'cbs_code_2024')
    .split(';')
    .map((c) => c.trim())
    .filter((c) => c.startsWith('BU'));
  const sameWijk = readCbs('buurten_2024_zes_gemeenten.csv')
    .filter((r) => r.cells['wijkcode'] === wijkCode)
    .map((r) => cell(r, 'buurtcode'));
  const codes = [...new Set([...own, ...sameWijk])].slice(0, Math.max(2, own.length));
  const [one, two, ...more] = codes.map((code) => ({ code, name: names.get(code) ?? '' }));
  if (!one || !two) throw new Error(`CBS wijk ${wijkCode} has fewer than two buurten`);
  const wijken = readCbs('wijken_2024_nl.csv').filter((r) => r.cells['gemeentecode'] === gm);
  return {
    gmCode: gm,
    gemeente: readCbs('gemeenten_2025.csv').find((r) => r.cells['gm_code'] === gm)?.cells['gm_naam'] ?? gm,
    doelwijk: cell(doelwijk, 'naam_in_brief'),
    wijkCode,
    wijkName: wijken.find((r) => r.cells['wijkcode'] === wijkCode)?.cells['wijknaam'] ?? '',
    buurten: [one, two, ...more],
    otherWijken: wijken
      .filter((r) => r.cells['wijkcode'] !== wijkCode)
      .map((r) => ({ code: cell(r, 'wijkcode'), name: cell(r, 'wijknaam') })),
  };
}

describe('tenant administration', () => {
  let t: TestApp;
  let f: TenantFixture;
  let area: Area;
  let admin: ApiClient;
  let counter = 0;
  const unique = () => `${++counter}-${randomBytes(3).toString('hex')}`;
  /** The i-th other CBS wijk of the gemeente (the import tests need up to six). */
  const otherWijk = (i: number) => nth(area.otherWijken, i, 'other CBS wijk of the gemeente');

  beforeAll(async () => {
    t = await startTestApp();
    const used = new Set((await t.owner('SELECT cbs_code FROM tenants')).map((r) => String(r['cbs_code'])));
    const doelwijken = readCbs('doelwijken_cbs_codes_2024.csv');
    const preference = ['Vinkhuizen', 'Afrikaanderwijk', 'Meijhorst', 'Palenstein', 'Jol', 'Moerwijk'];
    const pick = preference
      .map((n) => doelwijken.find((r) => r.cells['naam_in_brief'] === n))
      .find((r) => r && !used.has(cell(r, 'gemeentecode')));
    if (!pick) throw new Error('all gemeenten of the study are taken');
    area = areaFor(pick);
    if (area.buurten.length < 2 || area.buurten.some((b) => !b.name) || area.otherWijken.length < 3)
      throw new Error(`CBS data incomplete for ${area.gmCode}`);
    f = await createTenantFixture(t.baseUrl, await t.operator(), {
      gmCode: area.gmCode,
      name: area.gemeente,
      wijkCode: area.wijkCode,
    });
    admin = f.as.admin;
  });
  afterAll(() => t.close());

  // ---- audit helpers ----

  function requestIdOf(res: ApiResponse): string {
    const id = res.headers.get('x-request-id');
    expect(id).toMatch(/^[A-Za-z0-9._-]{1,64}$/);
    return id ?? '';
  }

  async function eventsOfRequest(requestId: string): Promise<Record<string, unknown>[]> {
    return t.owner('SELECT * FROM audit_events WHERE request_id = $1 ORDER BY occurred_at, id', [requestId]);
  }

  /** The response's request produced exactly one audit event, as expected, readable through the API. */
  async function expectAudit(
    res: ApiResponse,
    expected: {
      action: string;
      objectType: string;
      objectId: string;
      before?: unknown;
      after?: unknown;
    },
  ): Promise<AuditEvent> {
    const requestId = requestIdOf(res);
    const rows = await eventsOfRequest(requestId);
    expect(rows.map((r) => r['action'])).toEqual([expected.action]);
    expect(rows[0]).toMatchObject({
      tenant_id: f.tenant.id,
      actor_kind: 'user',
      actor_id: f.users.admin.id,
    });
    const list = await admin.get<Page<AuditEvent>>(
      `/audit-events?objectType=${expected.objectType}&objectId=${expected.objectId}&limit=500`,
    );
    expect(list.status).toBe(200);
    const events = list.body.items.filter((e) => e.requestId === requestId);
    const event = only(events, 'audit event of the request');
    expect(event).toMatchObject({
      action: expected.action,
      objectType: expected.objectType,
      objectId: expected.objectId,
      actorId: f.users.admin.id,
      actorName: f.users.admin.name,
      requestId,
    });
    expect(Number.isNaN(Date.parse(event.occurredAt))).toBe(false);
    if ('before' in expected) {
      if (expected.before === null) expect(event.before).toBeNull();
      else expect(event.before).toMatchObject(expected.before as object);
    }
    if ('after' in expected) {
      if (expected.after === null) expect(event.after).toBeNull();
      else expect(event.after).toMatchObject(expected.after as object);
    }
    return event;
  }

  async function expectNoAudit(res: ApiResponse): Promise<void> {
    expect(await eventsOfRequest(requestIdOf(res))).toEqual([]);
  }

  function expectInvalid(res: ApiResponse<Problem>, params: { name: string; code?: string }[]): void {
    expect({
      status: res.status,
      type: res.contentType.split(';')[0],
      code: res.body.code,
    }).toEqual({
      status: 400,
      type: 'application/problem+json',
      code: 'validation_failed',
    });
    expect(res.body.invalidParams).toEqual(params.map((p) => expect.objectContaining(p)));
  }

  async function count(table: string): Promise<number> {
    return Number(only(await t.owner(`SELECT count(*)::int AS n FROM ${table} WHERE tenant_id = $1`, [f.tenant.id]))['n']);
  }

  // ---- users ----

  describe('users', () => {
    let user: User;
    const email = `sanne-${randomBytes(3).toString('hex')}@admin.test`;

    it('creates a user with org units (audited without the password)', async () => {
      const res = await admin.post<User>('/users', {
        email: email.toUpperCase(),
        name: '  Sanne Jansen ',
        role: 'contributor',
        password: TEST_PASSWORD,
        orgUnitIds: [f.orgUnits[0].id, f.orgUnits[1].id],
      });
      expect(res.status).toBe(201);
      user = res.body;
      expect(user).toMatchObject({
        email,
        name: 'Sanne Jansen',
        role: 'contributor',
        active: true,
        version: 1,
      });
      expect([...user.orgUnitIds].sort()).toEqual([f.orgUnits[0].id, f.orgUnits[1].id].sort());
      expect(Object.keys(user).sort()).toEqual([
        'active',
        'createdAt',
        'email',
        'existingAccount',
        'id',
        'name',
        'orgUnitIds',
        'role',
        'sharedAccount',
        'temporaryPassword',
        'temporaryPasswordExpiresAt',
        'version',
      ]);
      const members = await t.owner('SELECT org_unit_id FROM org_unit_members WHERE user_id = $1 ORDER BY org_unit_id', [user.id]);
      expect(members.map((m) => m['org_unit_id'])).toEqual([f.orgUnits[0].id, f.orgUnits[1].id].sort());
      expect((await admin.get<OrgUnit>(`/org-units/${f.orgUnits[1].id}`)).body.memberCount).toBe(1);
      const event = await expectAudit(res, {
        action: 'user.created',
        objectType: 'user',
        objectId: user.id,
        before: null,
        after: {
          email,
          name: 'Sanne Jansen',
          role: 'contributor',
          active: true,
        },
      });
      expect(Object.keys(event.after as object).sort()).toEqual([
        'active',
        'email',
        'existingAccount',
        'name',
        'orgUnitIds',
        'role',
        'temporaryPassword',
      ]);
      // The new user can sign in with the password given.
      await new ApiClient(t.baseUrl).login(email, TEST_PASSWORD);
    });

    it('changes the role', async () => {
      const res = await admin.patch<User>(`/users/${user.id}`, {
        role: 'planner',
        version: user.version,
      });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        role: 'planner',
        version: user.version + 1,
      });
      await expectAudit(res, {
        action: 'user.updated',
        objectType: 'user',
        objectId: user.id,
        before: { role: 'contributor' },
        after: { role: 'planner' },
      });
      user = res.body;
      expect((await admin.get<User>(`/users/${user.id}`)).body.role).toBe('planner');
    });

    it('changes the org units (the version moves too)', async () => {
      const res = await admin.patch<User>(`/users/${user.id}`, {
        orgUnitIds: [f.orgUnits[1].id],
        version: user.version,
      });
      expect(res.status).toBe(200);
      expect(res.body.orgUnitIds).toEqual([f.orgUnits[1].id]);
      expect(res.body.version).toBe(user.version + 1);
      await expectAudit(res, {
        action: 'user.updated',
        objectType: 'user',
        objectId: user.id,
        after: { orgUnitIds: [f.orgUnits[1].id] },
      });
      user = res.body;
    });

    it('deactivates and reactivates', async () => {
      const off = await admin.patch<User>(`/users/${user.id}`, {
        active: false,
        version: user.version,
      });
      expect(off.status).toBe(200);
      expect(off.body.active).toBe(false);
      await expectAudit(off, {
        action: 'user.updated',
        objectType: 'user',
        objectId: user.id,
        before: { active: true },
        after: { active: false },
      });
      const listed = (await admin.get<Page<User>>('/users')).body.items.find((u) => u.id === user.id);
      expect(listed?.active).toBe(false);
      const on = await admin.patch<User>(`/users/${user.id}`, {
        active: true,
        version: off.body.version,
      });
      expect(on.status).toBe(200);
      expect(on.body.active).toBe(true);
      await expectAudit(on, {
        action: 'user.updated',
        objectType: 'user',
        objectId: user.id,
        before: { active: false },
        after: { active: true },
      });
      user = on.body;
    });

    it('refuses a duplicate e-mail address (any case): 409 on email, nothing written or audited', async () => {
      const users = await count('users');
      const res = await admin.post<Problem>('/users', {
        email: email.replace(/^s/, 'S'),
        name: 'Dubbel',
        role: 'viewer',
        password: TEST_PASSWORD,
      });
      expect({ status: res.status, code: res.body.code, type: res.contentType.split(';')[0] }).toEqual({
        status: 409,
        code: 'conflict',
        type: 'application/problem+json',
      });
      expect(res.body.invalidParams).toEqual([expect.objectContaining({ name: 'email', code: 'duplicate' })]);
      expect(await count('users')).toBe(users);
      await expectNoAudit(res);
    });

    it('the admin cannot demote or deactivate themselves', async () => {
      const me = (await admin.get<User>(`/users/${f.users.admin.id}`)).body;
      const demote = await admin.patch<Problem>(`/users/${me.id}`, {
        role: 'planner',
        version: me.version,
      });
      expectInvalid(demote, [{ name: 'role', code: 'self_lockout' }]);
      await expectNoAudit(demote);
      const deactivate = await admin.patch<Problem>(`/users/${me.id}`, {
        active: false,
        version: me.version,
      });
      expectInvalid(deactivate, [{ name: 'active', code: 'self_lockout' }]);
      await expectNoAudit(deactivate);
      const after = (await admin.get<User>(`/users/${me.id}`)).body;
      expect(after).toMatchObject({
        role: 'admin',
        active: true,
        version: me.version,
      });
      expect((await admin.get('/auth/session')).status).toBe(200);
      // Renaming oneself is fine.
      const rename = await admin.patch<User>(`/users/${me.id}`, {
        name: f.users.admin.name,
        role: 'admin',
        active: true,
        version: me.version,
      });
      expect(rename.status).toBe(200);
    });
  });

  // ---- org units ----

  describe('org units', () => {
    let unit: OrgUnit;

    it('creates an org unit', async () => {
      const res = await admin.post<OrgUnit>('/org-units', {
        name: `Openbare Ruimte ${unique()}`,
        kind: 'department',
        description: 'Beheer buitenruimte',
      });
      expect(res.status).toBe(201);
      unit = res.body;
      expect(unit).toMatchObject({
        kind: 'department',
        description: 'Beheer buitenruimte',
        memberCount: 0,
        version: 1,
      });
      await expectAudit(res, {
        action: 'org_unit.created',
        objectType: 'org_unit',
        objectId: unit.id,
        before: null,
        after: { name: unit.name, kind: 'department' },
      });
    });

    it('renames it', async () => {
      const name = `Stadsbeheer ${unique()}`;
      const res = await admin.patch<OrgUnit>(`/org-units/${unit.id}`, {
        name,
        version: unit.version,
      });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ name, version: unit.version + 1 });
      await expectAudit(res, {
        action: 'org_unit.updated',
        objectType: 'org_unit',
        objectId: unit.id,
        before: { name: unit.name },
        after: { name },
      });
      unit = res.body;
    });

    it('refuses a duplicate name on create and on rename: 400 on name, nothing written or audited', async () => {
      const units = await count('org_units');
      const create = await admin.post<Problem>('/org-units', {
        name: f.orgUnits[0].name,
        kind: 'partner',
      });
      expectInvalid(create, [{ name: 'name', code: 'duplicate' }]);
      await expectNoAudit(create);
      const padded = await admin.post<Problem>('/org-units', {
        name: ` ${f.orgUnits[0].name} `,
        kind: 'partner',
      });
      expectInvalid(padded, [{ name: 'name', code: 'duplicate' }]);
      const rename = await admin.patch<Problem>(`/org-units/${unit.id}`, {
        name: f.orgUnits[0].name,
        version: unit.version,
      });
      expectInvalid(rename, [{ name: 'name', code: 'duplicate' }]);
      await expectNoAudit(rename);
      expect(await count('org_units')).toBe(units);
      expect((await admin.get<OrgUnit>(`/org-units/${unit.id}`)).body).toMatchObject({ name: unit.name, version: unit.version });
    });

    it('deletes with the current version only; memberships go with it', async () => {
      const member = await admin.post<User>('/users', {
        email: `lid-${unique()}@admin.test`,
        name: 'Lid',
        role: 'contributor',
        password: TEST_PASSWORD,
        orgUnitIds: [unit.id, f.orgUnits[0].id],
      });
      expect(member.status).toBe(201);
      unit = (await admin.get<OrgUnit>(`/org-units/${unit.id}`)).body;
      expect(unit.memberCount).toBe(1);
      const stale = await admin.delete<Problem>(`/org-units/${unit.id}?version=${unit.version + 1}`);
      expect(stale.status).toBe(409);
      expect(stale.body).toMatchObject({
        code: 'version_conflict',
        currentVersion: unit.version,
      });
      await expectNoAudit(stale);
      expect((await admin.get(`/org-units/${unit.id}`)).status).toBe(200);
      const res = await admin.delete(`/org-units/${unit.id}?version=${unit.version}`);
      expect(res.status).toBe(204);
      expect(res.text).toBe('');
      await expectAudit(res, {
        action: 'org_unit.deleted',
        objectType: 'org_unit',
        objectId: unit.id,
        before: { name: unit.name },
        after: null,
      });
      const gone = await admin.get<Problem>(`/org-units/${unit.id}`);
      expect(gone.status).toBe(404);
      expect(gone.body.code).toBe('not_found');
      expect((await admin.get<User>(`/users/${member.body.id}`)).body.orgUnitIds).toEqual([f.orgUnits[0].id]);
    });
  });

  // ---- wijken ----

  describe('wijken', () => {
    let wijk: Wijk;

    it("finds the gemeente's CBS wijken and buurten by part of their name (only this gemeente, admins only)", async () => {
      const part = area.buurten[1].name.slice(0, 5).toUpperCase();
      const res = await admin.get<Page<CbsUnitMatch>>(`/wijken/cbs-units?q=${encodeURIComponent(part)}`);
      expect(res.status).toBe(200);
      expect(res.body.items.length).toBeGreaterThan(0);
      expect(res.body.items.every((m) => m.code.slice(2, 6) === area.gmCode.slice(2))).toBe(true);
      expect(res.body.items.every((m) => m.name.toUpperCase().includes(part) || m.code.includes(part))).toBe(true);
      expect(res.body.items).toContainEqual(
        expect.objectContaining({
          code: area.buurten[1].code,
          level: 'buurt',
          year: 2024,
          name: area.buurten[1].name,
          wijkName: area.wijkName,
        }),
      );
      // Wijken come first.
      const levels = res.body.items.map((m) => m.level);
      expect(levels).toEqual([...levels].sort((a, b) => (a === b ? 0 : a === 'wijk' ? -1 : 1)));
      const byCode = await admin.get<Page<CbsUnitMatch>>(`/wijken/cbs-units?q=${area.wijkCode}`);
      expect(first(byCode.body.items)).toMatchObject({ code: area.wijkCode, level: 'wijk', name: area.wijkName });
      const empty = await admin.get(`/wijken/cbs-units?q=`);
      expect(empty.status).toBe(400);
      expect(fieldsOf(empty)).toEqual(['q']);
    });

    it(`creates a wijk of several CBS buurten (like Vinkhuizen), with the CBS names filled in`, async () => {
      const res = await admin.post<Wijk>('/wijken', {
        name: area.doelwijk,
        cbsUnits: area.buurten.map((b) => ({ code: b.code, year: 2024 })),
        population: 9870,
        populationYear: 2024,
        populationSource: 'Eigen telling (testgegeven)',
        roleInCity: 'Naoorlogse woonwijk aan de rand van de stad.',
      });
      expect(res.status).toBe(201);
      wijk = res.body;
      expect(wijk).toMatchObject({
        name: area.doelwijk,
        population: 9870,
        populationYear: 2024,
        populationSource: 'Eigen telling (testgegeven)',
        version: 1,
      });
      expect(wijk.cbsUnits).toEqual(
        area.buurten.map((b) => ({
          code: b.code,
          level: 'buurt',
          year: 2024,
          cbsName: b.name,
        })),
      );
      if (area.gmCode === 'GM0014') {
        expect(wijk.cbsUnits.map((u) => u.cbsName)).toEqual(['Vinkhuizen-Noord', 'Vinkhuizen-Zuid']);
      }
      expect(await t.owner('SELECT code, level, cbs_name FROM wijk_cbs_units WHERE wijk_id = $1 ORDER BY position', [wijk.id])).toEqual(
        area.buurten.map((b) => ({
          code: b.code,
          level: 'buurt',
          cbs_name: b.name,
        })),
      );
      await expectAudit(res, {
        action: 'wijk.created',
        objectType: 'wijk',
        objectId: wijk.id,
        before: null,
        after: { name: area.doelwijk, cbsUnits: wijk.cbsUnits },
      });
      expect((await admin.get<Wijk>(`/wijken/${wijk.id}`)).body).toEqual(wijk);
    });

    it('refuses an unknown CBS code, a unit twice and a duplicate wijk name (any case), naming the field', async () => {
      const wijken = await count('wijken');
      const unknownCode = `BU${area.gmCode.slice(2)}${area.wijkCode.slice(6)}98`;
      expect(area.buurten.map((b) => b.code)).not.toContain(unknownCode);
      const unknown = await admin.post<Problem>('/wijken', {
        name: `Onbekend ${unique()}`,
        cbsUnits: [
          { code: area.buurten[0].code, year: 2024 },
          { code: unknownCode, year: 2024 },
        ],
      });
      expectInvalid(unknown, [{ name: 'cbsUnits.1.code', code: 'unknown_cbs_code' }]);
      await expectNoAudit(unknown);
      const twice = await admin.post<Problem>('/wijken', {
        name: `Dubbel ${unique()}`,
        cbsUnits: [
          { code: area.buurten[0].code, year: 2024 },
          { code: area.buurten[0].code, year: 2024 },
        ],
      });
      expectInvalid(twice, [{ name: 'cbsUnits.1.code', code: 'duplicate' }]);
      const sameName = await admin.post<Problem>('/wijken', {
        name: area.doelwijk.toUpperCase(),
        cbsUnits: [{ code: area.wijkCode, year: 2024 }],
      });
      expectInvalid(sameName, [{ name: 'name', code: 'duplicate' }]);
      await expectNoAudit(sameName);
      expect(await count('wijken')).toBe(wijken);
    });

    it('edits the wijk: name, units (a CBS wijk added) and figures', async () => {
      const name = `${area.doelwijk} en omgeving`;
      const units = [...area.buurten.map((b) => ({ code: b.code, year: 2024 })), { code: area.wijkCode, year: 2024 }];
      const res = await admin.patch<Wijk>(`/wijken/${wijk.id}`, {
        name,
        cbsUnits: units,
        population: 12000,
        roleInCity: null,
        version: wijk.version,
      });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        name,
        population: 12000,
        populationYear: 2024,
        roleInCity: null,
        version: wijk.version + 1,
      });
      expect(res.body.cbsUnits).toEqual([
        ...area.buurten.map((b) => ({
          code: b.code,
          level: 'buurt',
          year: 2024,
          cbsName: b.name,
        })),
        {
          code: area.wijkCode,
          level: 'wijk',
          year: 2024,
          cbsName: area.wijkName,
        },
      ]);
      await expectAudit(res, {
        action: 'wijk.updated',
        objectType: 'wijk',
        objectId: wijk.id,
        before: {
          name: area.doelwijk,
          population: 9870,
          cbsUnits: wijk.cbsUnits,
        },
        after: { name, population: 12000, cbsUnits: res.body.cbsUnits },
      });
      wijk = res.body;
      // Changing only the case of the name is no clash with itself.
      const recased = await admin.patch<Wijk>(`/wijken/${wijk.id}`, {
        name: name.toUpperCase(),
        version: wijk.version,
      });
      expect({
        status: recased.status,
        body: recased.status === 200 ? '' : recased.text,
      }).toEqual({ status: 200, body: '' });
      expect(recased.body.name).toBe(name.toUpperCase());
      await expectAudit(recased, {
        action: 'wijk.updated',
        objectType: 'wijk',
        objectId: wijk.id,
        before: { name },
        after: { name: name.toUpperCase() },
      });
      wijk = recased.body;
      // A stale version is refused and changes nothing.
      const stale = await admin.patch<Problem>(`/wijken/${wijk.id}`, {
        name: 'Te laat',
        version: wijk.version - 1,
      });
      expect(stale.status).toBe(409);
      expect(stale.body).toMatchObject({
        code: 'version_conflict',
        currentVersion: wijk.version,
      });
      await expectNoAudit(stale);
      expect((await admin.get<Wijk>(`/wijken/${wijk.id}`)).body).toEqual(wijk);
    });

    it('deletes the wijk with its CBS units', async () => {
      const res = await admin.delete(`/wijken/${wijk.id}?version=${wijk.version}`);
      expect(res.status).toBe(204);
      await expectAudit(res, {
        action: 'wijk.deleted',
        objectType: 'wijk',
        objectId: wijk.id,
        before: { name: wijk.name, cbsUnits: wijk.cbsUnits },
        after: null,
      });
      expect((await admin.get(`/wijken/${wijk.id}`)).status).toBe(404);
      expect(await t.owner('SELECT * FROM wijk_cbs_units WHERE wijk_id = $1', [wijk.id])).toEqual([]);
      expect((await admin.get<Page<Wijk>>('/wijken')).body.items.map((w) => w.id)).not.toContain(wijk.id);
    });
  });

  // ---- CSV import ----

  describe('CSV import', () => {
    it('a valid file: every row created, each audited as wijk.imported', async () => {
      const before = await count('wijken');
      const [a, b, c] = [otherWijk(0), otherWijk(1), otherWijk(2)];
      const buurtList = area.buurten.map((x) => x.code).join('|');
      const csv = [
        'naam;cbs_codes;jaar;inwoners;rol_in_de_stad',
        `Import ${a.name};${a.code};2024;1200;`,
        `Import ${b.name};${b.code};2024;;"Rol met ; puntkomma"`,
        `Import ${area.doelwijk};${buurtList};2024;8000;Twee buurten`,
        `Import ${c.name};${c.code};2024;;`,
        '',
      ].join('\n');
      const res = await admin.post<ImportWijkenResult>('/wijken/import', {
        csv,
      });
      expect(res.status).toBe(201);
      expect(res.body.created).toBe(4);
      expect(res.body.wijken.map((w) => w.name)).toEqual([
        `Import ${a.name}`,
        `Import ${b.name}`,
        `Import ${area.doelwijk}`,
        `Import ${c.name}`,
      ]);
      expect(res.body.wijken[0]).toMatchObject({
        population: 1200,
        populationYear: 2024,
        cbsUnits: [{ code: a.code, level: 'wijk', year: 2024, cbsName: a.name }],
      });
      expect(nth(res.body.wijken, 1, 'wijk').roleInCity).toBe('Rol met ; puntkomma');
      expect(nth(res.body.wijken, 2, 'wijk').cbsUnits).toEqual(
        area.buurten.map((x) => ({
          code: x.code,
          level: 'buurt',
          year: 2024,
          cbsName: x.name,
        })),
      );
      expect(await count('wijken')).toBe(before + 4);
      const events = await eventsOfRequest(requestIdOf(res));
      expect(events.map((e) => e['action'])).toEqual(['wijk.imported', 'wijk.imported', 'wijk.imported', 'wijk.imported']);
      expect(events.map((e) => e['object_id']).sort()).toEqual(res.body.wijken.map((w) => w.id).sort());
      for (const e of events)
        expect(e).toMatchObject({
          object_type: 'wijk',
          actor_id: f.users.admin.id,
          before: null,
        });
      const listed = await admin.get<Page<AuditEvent>>(`/audit-events?objectType=wijk&objectId=${nth(res.body.wijken, 2, 'wijk').id}`);
      expect(listed.body.items).toEqual([
        expect.objectContaining({
          action: 'wijk.imported',
          requestId: requestIdOf(res),
          after: expect.objectContaining({ name: `Import ${area.doelwijk}` }),
        }),
      ]);
    });

    it('3 good rows and 2 bad rows: 400 naming rows.<line>.<column> of exactly the bad rows, zero wijken created', async () => {
      const before = await count('wijken');
      const audits = await count('audit_events');
      const [d, e, g] = [otherWijk(3), otherWijk(4), otherWijk(5)];
      const foreign = area.gmCode === 'GM0014' ? 'WK026807' : 'WK001409';
      const unknownCode = `BU${area.gmCode.slice(2)}${area.wijkCode.slice(6)}98`;
      const csv = [
        'naam;cbs_codes;jaar;inwoners',
        `Goed ${d.name};${d.code};2024;100`,
        `Fout buiten de gemeente;${foreign};2024;12.500`,
        `Goed ${e.name};${e.code};2024;`,
        `Fout onbekende buurt;${unknownCode};2024;`,
        `Goed ${g.name};${g.code};2024;300`,
      ].join('\n');
      const res = await admin.post<Problem>('/wijken/import', { csv });
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('validation_failed');
      expect((res.body.invalidParams ?? []).map((p) => `${p.name} ${p.code}`).sort()).toEqual([
        'rows.3.cbs_codes wrong_gemeente',
        'rows.3.inwoners format',
        'rows.5.cbs_codes unknown_cbs_code',
      ]);
      expect(res.body.detail).toMatch(/niets geïmporteerd/);
      expect(await count('wijken')).toBe(before);
      expect(await count('audit_events')).toBe(audits);
      await expectNoAudit(res);
      // The good rows alone import fine: the refusal was all-or-nothing, not caused by them.
      const good = csv
        .split('\n')
        .filter((line, i) => i === 0 || line.startsWith('Goed'))
        .join('\n');
      const ok = await admin.post<ImportWijkenResult>('/wijken/import', {
        csv: good,
      });
      expect(ok.status).toBe(201);
      expect(ok.body.created).toBe(3);
    });
  });

  // ---- tenant theme ----

  it('the admin changes the tenant name and theme (audited)', async () => {
    const current = (await admin.get<Tenant>('/tenant')).body;
    const theme = {
      primaryColor: '#005a9c',
      primaryColorText: '#ffffff',
      logoText: `Gemeente ${area.gemeente}`,
      accentColor: '#a64d00',
      logo: `data:image/svg+xml;base64,${Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40"><rect width="40" height="40" fill="#a64d00"/></svg>').toString('base64')}`,
    };
    const name = `${current.name} (test)`;
    const res = await admin.patch<Tenant>('/tenant', {
      name,
      theme,
      version: current.version,
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      theme,
      name,
      cbsCode: area.gmCode,
      version: current.version + 1,
    });
    await expectAudit(res, {
      action: 'tenant.updated',
      objectType: 'tenant',
      objectId: f.tenant.id,
      before: { name: current.name, theme: current.theme },
      after: { name, theme },
    });
    expect((await f.as.viewer.get<Tenant>('/tenant')).body.theme).toEqual(theme);
  });

  it('refuses a logo that is not a PNG, JPEG or SVG data URL, or too large, and a second colour that is no colour', async () => {
    const current = (await admin.get<Tenant>('/tenant')).body;
    const attempt = (theme: object) =>
      admin.patch('/tenant', { theme: { primaryColor: '#005a9c', primaryColorText: '#ffffff', ...theme }, version: current.version });
    const script = await attempt({ logo: 'data:text/html;base64,PHNjcmlwdD4=' });
    expect(script.status).toBe(400);
    expect(fieldsOf(script)).toEqual(['theme.logo']);
    const huge = await attempt({ logo: `data:image/png;base64,${'A'.repeat(40_000)}` });
    expect(huge.status).toBe(400);
    expect(problem(huge).invalidParams?.[0]?.reason).toContain('te groot');
    const color = await attempt({ accentColor: 'oranje' });
    expect(fieldsOf(color)).toEqual(['theme.accentColor']);
    // Nothing was changed by these.
    expect((await admin.get<Tenant>('/tenant')).body.version).toBe(current.version);
  });

  // ---- plumbing ----

  describe('health, OpenAPI and errors', () => {
    it('GET /health answers ok with the database up', async () => {
      const res = await new ApiClient(t.baseUrl).get<Health>('/health');
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ status: 'ok', database: 'up' });
    });

    it('the OpenAPI 3 document is public, and so is the docs page (HTML)', async () => {
      const anonymous = new ApiClient(t.baseUrl);
      const doc = await anonymous.get<{
        openapi: string;
        info: { title: string };
        paths: Record<string, unknown>;
      }>('/openapi.json');
      expect(doc.status).toBe(200);
      expect(doc.contentType).toMatch(/^application\/json/);
      expect(doc.body.openapi).toMatch(/^3\.\d+\.\d+$/);
      expect(doc.body.info.title).toBe('Wijkkompas API');
      expect(Object.keys(doc.body.paths)).toContain('/wijken');
      const docs = await anonymous.get('/docs');
      expect(docs.status).toBe(200);
      expect(docs.contentType).toMatch(/^text\/html/);
      expect(docs.text).toMatch(/<html/i);
    });

    it('an unknown route under /api/v1 is a 404 problem', async () => {
      for (const client of [new ApiClient(t.baseUrl), admin]) {
        const res = await client.get<Problem>('/bestaat-niet');
        expect(res.status).toBe(404);
        expect(res.contentType).toMatch(/^application\/problem\+json/);
        expect(res.body).toMatchObject({ status: 404, code: 'not_found' });
      }
    });

    it('an id that is no uuid is a 404 problem, for reads and writes', async () => {
      const users = await count('users');
      const calls: [string, string, unknown?][] = [
        ['GET', '/users/niet-een-uuid'],
        ['GET', '/org-units/123'],
        ['GET', "/wijken/1' OR '1'='1"],
        ['PATCH', '/users/abc', { name: 'X', version: 1 }],
        ['DELETE', '/wijken/abc?version=1'],
      ];
      for (const [method, path, body] of calls) {
        const res = await admin.request<Problem>(method, path, body);
        expect({
          method,
          path,
          status: res.status,
          type: res.contentType.split(';')[0],
          code: res.body.code,
        }).toEqual({
          method,
          path,
          status: 404,
          type: 'application/problem+json',
          code: 'not_found',
        });
      }
      // A well-formed id that does not exist is a 404 as well.
      expect((await admin.get('/users/00000000-0000-4000-8000-000000000000')).status).toBe(404);
      expect(await count('users')).toBe(users);
    });
  });
});
