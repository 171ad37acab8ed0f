import { randomBytes } from 'node:crypto';
import type { CreatedTenant, CreatedUser, Problem, SessionInfo, TemporaryPassword, Tenant, TenantAdmin, User } from '@wk/contracts';
import { ApiClient, first, only, TEST_PASSWORD, type ApiResponse, type TenantFixture } from '@wk/api/testing';
import { startTestApp, type TestApp } from './harness';

/**
 * Issue 11, "what a gemeente hits in its first week": passwords (own change, rules, temporary passwords
 * that must be replaced), one account per person with memberships in several gemeenten, and the operator's
 * tenant administration (CBS check, edit, deactivate, beheerder add and reset).
 */
describe('accounts, passwords and the operator', () => {
  let t: TestApp;
  let a: TenantFixture;
  let b: TenantFixture;
  let counter = 0;
  const unique = () => `${++counter}-${randomBytes(3).toString('hex')}`;
  const NEW_PASSWORD = 'een lange zin als wachtwoord';

  beforeAll(async () => {
    t = await startTestApp();
    a = await t.tenant();
    b = await t.tenant();
  });
  afterAll(() => t.close());

  async function newUser(f: TenantFixture, body: Record<string, unknown> = {}): Promise<ApiResponse<CreatedUser>> {
    return f.as.admin.post<CreatedUser>('/users', {
      email: `mens-${unique()}@accounts.test`,
      name: 'Mens',
      role: 'viewer',
      password: TEST_PASSWORD,
      ...body,
    });
  }

  async function signIn(email: string, password: string): Promise<ApiClient> {
    const c = new ApiClient(t.baseUrl);
    await c.login(email, password);
    return c;
  }

  function expectProblem(res: ApiResponse, status: number, code: string, fields: { name: string; code?: string }[] = []): void {
    const body = res.body as Problem;
    expect({ status: res.status, type: res.contentType.split(';')[0], code: body.code }).toEqual({
      status,
      type: 'application/problem+json',
      code,
    });
    if (!fields.length) return;
    const params = body.invalidParams ?? [];
    expect([...new Set(params.map((p) => p.name))].sort()).toEqual([...new Set(fields.map((f) => f.name))].sort());
    for (const f of fields.filter((x) => x.code)) expect(params).toContainEqual(expect.objectContaining(f));
  }

  const hashOf = async (email: string) =>
    String(first(await t.owner('SELECT password_hash FROM accounts WHERE email = $1', [email]))?.['password_hash']);

  describe('a user changes the own password', () => {
    it('needs the current password, follows the rules, ends the other sessions and is audited', async () => {
      const created = await newUser(a);
      expect(created.status).toBe(201);
      const email = created.body.email;
      const me = await signIn(email, TEST_PASSWORD);
      const elsewhere = await signIn(email, TEST_PASSWORD);
      const before = await hashOf(email);

      const wrong = await me.post('/auth/password', { currentPassword: 'niet-het-wachtwoord', newPassword: NEW_PASSWORD });
      expectProblem(wrong, 400, 'validation_failed', [{ name: 'currentPassword', code: 'wrong_password' }]);
      const short = await me.post('/auth/password', { currentPassword: TEST_PASSWORD, newPassword: 'kort-wacht' });
      expectProblem(short, 400, 'validation_failed', [{ name: 'newPassword', code: 'too_short' }]);
      const long = await me.post('/auth/password', { currentPassword: TEST_PASSWORD, newPassword: 'x'.repeat(129) });
      expectProblem(long, 400, 'validation_failed', [{ name: 'newPassword', code: 'too_long' }]);
      const common = await me.post('/auth/password', { currentPassword: TEST_PASSWORD, newPassword: 'Qwerty123456' });
      expectProblem(common, 400, 'validation_failed', [{ name: 'newPassword', code: 'common_password' }]);
      const dutch = await me.post('/auth/password', { currentPassword: TEST_PASSWORD, newPassword: 'Wachtwoord2026!' });
      expectProblem(dutch, 400, 'validation_failed', [{ name: 'newPassword', code: 'common_password' }]);
      const asEmail = await me.post('/auth/password', { currentPassword: TEST_PASSWORD, newPassword: email.toUpperCase() });
      expectProblem(asEmail, 400, 'validation_failed', [{ name: 'newPassword', code: 'same_as_email' }]);
      const missing = await me.post('/auth/password', { currentPassword: TEST_PASSWORD });
      expectProblem(missing, 400, 'validation_failed', [{ name: 'newPassword' }]);
      expect(await hashOf(email)).toBe(before);

      // No composition rules: a long phrase of lower-case words is fine; 128 characters too.
      const ok = await me.post('/auth/password', { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD });
      expect(ok.status).toBe(204);
      expect(await hashOf(email)).not.toBe(before);
      expect((await me.get('/auth/session')).status).toBe(200);
      expect((await elsewhere.get('/auth/session')).status).toBe(401);
      await expect(signIn(email, TEST_PASSWORD)).rejects.toThrow(/401/);
      const again = await signIn(email, NEW_PASSWORD);
      expect((await again.post('/auth/password', { currentPassword: NEW_PASSWORD, newPassword: 'y'.repeat(128) })).status).toBe(204);

      const audit = await t.owner(
        `SELECT action, actor_id, after FROM audit_events WHERE tenant_id = $1 AND object_id = $2 AND action = 'user.password_changed'`,
        [a.tenant.id, created.body.id],
      );
      expect(audit).toHaveLength(2);
      expect(audit[0]).toMatchObject({ actor_id: created.body.id });
      expect(JSON.stringify(audit)).not.toContain(NEW_PASSWORD);
    });

    it('the operator has no tenant password here: 403', async () => {
      const operator = await t.operator();
      const res = await operator.post('/auth/password', { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD });
      expectProblem(res, 403, 'forbidden');
    });
  });

  describe('temporary passwords', () => {
    it('a beheerder issues one (shown once, 72 hours, audited); it must be changed before anything else', async () => {
      const created = await newUser(a, { role: 'planner' });
      const email = created.body.email;
      const old = await signIn(email, TEST_PASSWORD);
      const issued = await a.as.admin.post<TemporaryPassword>(`/users/${created.body.id}/temporary-password`, {});
      expect(issued.status).toBe(200);
      const temp = issued.body.password;
      expect(temp).toMatch(/^[A-Za-z0-9]{5}(-[A-Za-z0-9]{5}){3}$/);
      // 72 hours from the moment it was issued (the database's time, as for sessions), and that moment is answered.
      const [row] = await t.owner(
        `SELECT temporary_password_expires_at AS expires, extract(epoch FROM temporary_password_expires_at - updated_at) / 3600 AS hours
           FROM accounts WHERE email = $1`,
        [email],
      );
      expect(Number(row?.['hours'])).toBe(72);
      expect(row?.['expires']).toEqual(new Date(issued.body.expiresAt));
      // The old session ends, the old password stops working.
      expect((await old.get('/auth/session')).status).toBe(401);
      await expect(signIn(email, TEST_PASSWORD)).rejects.toThrow(/401/);
      // The list shows that a temporary password is in use, never the password.
      const listed = await a.as.admin.get<User>(`/users/${created.body.id}`);
      expect(listed.body.temporaryPasswordExpiresAt).toBe(issued.body.expiresAt);
      expect(listed.text).not.toContain(temp);
      const audit = await t.owner(
        `SELECT actor_id, after FROM audit_events WHERE object_id = $1 AND action = 'user.temporary_password_issued'`,
        [created.body.id],
      );
      expect(audit).toEqual([{ actor_id: a.users.admin.id, after: { expiresAt: issued.body.expiresAt } }]);
      expect(JSON.stringify(audit)).not.toContain(temp);

      const me = await signIn(email, temp);
      const session = await me.get<SessionInfo>('/auth/session');
      expect(session.status).toBe(200);
      expect(session.body.passwordChangeRequired).toBe(true);
      for (const path of ['/plans', '/users', '/tenant', '/wijken']) {
        expectProblem(await me.get(path), 403, 'password_change_required');
      }
      expectProblem(await me.post('/plans', { title: 'x' }), 403, 'password_change_required');
      expectProblem(await me.post('/auth/switch', { tenantId: a.tenant.id }), 403, 'password_change_required');
      expect((await me.post('/auth/password', { currentPassword: temp, newPassword: NEW_PASSWORD })).status).toBe(204);
      expect((await me.get<SessionInfo>('/auth/session')).body.passwordChangeRequired).toBe(false);
      expect((await me.get('/plans')).status).toBe(200);
      expect((await a.as.admin.get<User>(`/users/${created.body.id}`)).body.temporaryPasswordExpiresAt).toBeNull();
    });

    it('sign-out works while a temporary password is in use', async () => {
      const created = await newUser(a, { password: undefined });
      expect(created.body.temporaryPassword).not.toBeNull();
      const me = await signIn(created.body.email, created.body.temporaryPassword?.password ?? '');
      expect((await me.post('/auth/logout')).status).toBe(204);
    });

    it('expires after 72 hours (real time): sign-in says so', async () => {
      const created = await newUser(a);
      const issued = await a.as.admin.post<TemporaryPassword>(`/users/${created.body.id}/temporary-password`, {});
      await t.owner(`UPDATE accounts SET temporary_password_expires_at = now() - interval '1 minute' WHERE email = $1`, [
        created.body.email,
      ]);
      const res = await new ApiClient(t.baseUrl).post('/auth/login', { email: created.body.email, password: issued.body.password });
      expectProblem(res, 401, 'temporary_password_expired');
      expect((res.body as Problem).detail).toMatch(/verlopen/);
      // A wrong password still gets the plain answer (nothing revealed).
      const wrong = await new ApiClient(t.baseUrl).post('/auth/login', { email: created.body.email, password: 'iets-anders-dan-dit' });
      expectProblem(wrong, 401, 'unauthenticated');
    });

    it('only a beheerder, only for members of the own gemeente, never for the own account', async () => {
      const created = await newUser(a);
      for (const role of ['planner', 'contributor', 'viewer'] as const) {
        expectProblem(await a.as[role].post(`/users/${created.body.id}/temporary-password`, {}), 403, 'forbidden');
      }
      expectProblem(await b.as.admin.post(`/users/${created.body.id}/temporary-password`, {}), 404, 'not_found');
      expectProblem(await a.as.admin.post(`/users/${a.users.admin.id}/temporary-password`, {}), 409, 'conflict');
      // Nothing changed: the original password still works.
      await signIn(created.body.email, TEST_PASSWORD);
    });
  });

  describe('a beheerder corrects an e-mail address', () => {
    it('changes the sign-in address; refuses an address in use (409 on email); audited', async () => {
      const created = await newUser(a);
      const fixed = `verbeterd-${unique()}@accounts.test`;
      const res = await a.as.admin.patch<User>(`/users/${created.body.id}`, { email: fixed.toUpperCase(), version: created.body.version });
      expect(res.status).toBe(200);
      expect(res.body.email).toBe(fixed);
      await signIn(fixed, TEST_PASSWORD);
      await expect(signIn(created.body.email, TEST_PASSWORD)).rejects.toThrow(/401/);
      const taken = await a.as.admin.patch(`/users/${created.body.id}`, { email: b.users.viewer.email, version: res.body.version });
      expectProblem(taken, 409, 'conflict', [{ name: 'email', code: 'duplicate' }]);
      const bad = await a.as.admin.patch(`/users/${created.body.id}`, { email: 'geen-adres', version: res.body.version });
      expectProblem(bad, 400, 'validation_failed', [{ name: 'email' }]);
      const audit = await t.owner(`SELECT before, after FROM audit_events WHERE object_id = $1 AND action = 'user.updated'`, [
        created.body.id,
      ]);
      expect(audit).toEqual([
        { before: expect.objectContaining({ email: created.body.email }), after: expect.objectContaining({ email: fixed }) },
      ]);
    });
  });

  describe('one person, one account, several gemeenten', () => {
    it("adding an address known in another gemeente adds a membership; the password stays the person's own", async () => {
      const inA = await newUser(a, { role: 'planner' });
      const email = inA.body.email;
      expect(inA.body).toMatchObject({ existingAccount: false, temporaryPassword: null, sharedAccount: false });
      const inB = await b.as.admin.post<CreatedUser>('/users', {
        email: email.toUpperCase(),
        name: 'Mens in B',
        role: 'viewer',
        password: 'b-probeert-een-wachtwoord',
      });
      expect(inB.status).toBe(201);
      expect(inB.body).toMatchObject({ existingAccount: true, temporaryPassword: null, sharedAccount: true, email });
      expect(only(await t.owner('SELECT count(*)::int AS n FROM accounts WHERE email = $1', [email]))['n']).toBe(1);
      // B's password was ignored; A's still works.
      await expect(signIn(email, 'b-probeert-een-wachtwoord')).rejects.toThrow(/401/);
      const me = await signIn(email, TEST_PASSWORD);

      // Twice in one gemeente: 409.
      const twice = await b.as.admin.post('/users', { email, name: 'Nog eens', role: 'viewer' });
      expectProblem(twice, 409, 'conflict', [{ name: 'email', code: 'duplicate' }]);

      // The session holds one gemeente and lists both.
      const session = (await me.get<SessionInfo>('/auth/session')).body;
      expect(session.memberships.map((m) => m.tenantId).sort()).toEqual([a.tenant.id, b.tenant.id].sort());
      const first = session.tenant?.id;
      const other = first === a.tenant.id ? b : a;
      // Switch: a new session in the other gemeente; the old one ends.
      const switched = await me.clone().post<SessionInfo>('/auth/switch', { tenantId: other.tenant.id });
      expect(switched.status).toBe(200);
      expect(switched.body.tenant?.id).toBe(other.tenant.id);
      expect((await me.get('/auth/session')).status).toBe(401);
      const inOther = await signIn(email, TEST_PASSWORD);
      // Remembered: the next sign-in starts in the gemeente chosen last.
      expect((await inOther.get<SessionInfo>('/auth/session')).body.tenant?.id).toBe(other.tenant.id);
      // Isolation holds: in B the person sees B's organisation units only, with B's role.
      const units = await inOther.get<{ items: { id: string }[] }>('/org-units');
      expect(units.body.items.length).toBeGreaterThan(0);
      expect(units.body.items.every((u) => u.id !== (other === a ? b : a).orgUnits[0].id)).toBe(true);
      expect((await inOther.get<SessionInfo>('/auth/session')).body.user.role).toBe(other === a ? 'planner' : 'viewer');

      // Neither gemeente may reset the password or change the address of a shared account.
      expectProblem(await a.as.admin.post(`/users/${inA.body.id}/temporary-password`, {}), 409, 'conflict');
      const addr = await b.as.admin.patch(`/users/${inB.body.id}`, { email: `ander-${unique()}@accounts.test`, version: inB.body.version });
      expectProblem(addr, 409, 'conflict', [{ name: 'email', code: 'shared_account' }]);
    });

    it('switching to a gemeente the person is no member of: 400 on tenantId, the session stays', async () => {
      const me = a.as.viewer.clone();
      const res = await me.post('/auth/switch', { tenantId: b.tenant.id });
      expectProblem(res, 400, 'validation_failed', [{ name: 'tenantId', code: 'not_a_member' }]);
      expect((await me.get('/auth/session')).status).toBe(200);
      expectProblem(await me.post('/auth/switch', { tenantId: 'geen-id' }), 400, 'validation_failed', [{ name: 'tenantId' }]);
    });

    it('a deactivated membership is no way in: sign-in skips it', async () => {
      const inA = await newUser(a);
      const inB = await b.as.admin.post<CreatedUser>('/users', { email: inA.body.email, name: 'Mens', role: 'viewer' });
      expect((await b.as.admin.patch(`/users/${inB.body.id}`, { active: false, version: inB.body.version })).status).toBe(200);
      const me = await signIn(inA.body.email, TEST_PASSWORD);
      const session = (await me.get<SessionInfo>('/auth/session')).body;
      expect(session.tenant?.id).toBe(a.tenant.id);
      expect(session.memberships.map((m) => m.tenantId)).toEqual([a.tenant.id]);
      expectProblem(await me.post('/auth/switch', { tenantId: b.tenant.id }), 400, 'validation_failed', [{ name: 'tenantId' }]);
    });
  });

  describe('the operator', () => {
    let operator: ApiClient;
    beforeAll(async () => {
      operator = await t.operator();
    });

    async function newTenant(): Promise<{ created: ApiResponse<CreatedTenant>; adminEmail: string }> {
      const g = await t.freeGemeente();
      const slug = `op-${unique()}`;
      const adminEmail = `beheer-${slug}@accounts.test`;
      const created = await operator.post<CreatedTenant>('/platform/tenants', {
        name: `Gemeente ${g.name}`,
        slug,
        cbsCode: g.gmCode,
        admin: { email: adminEmail, name: 'Eerste beheerder' },
      });
      return { created, adminEmail };
    }

    it('refuses a code that is not on the CBS list and a name of another gemeente, naming the field', async () => {
      const before = only(await t.owner('SELECT count(*)::int AS n FROM tenants'))['n'];
      const body = (name: string, cbsCode: string) => ({
        name,
        slug: `fout-${unique()}`,
        cbsCode,
        admin: { email: `fout-${unique()}@accounts.test`, name: 'Beheerder', password: TEST_PASSWORD },
      });
      expectProblem(await operator.post('/platform/tenants', body('Gemeente Utrecht', 'GM9999')), 400, 'validation_failed', [
        { name: 'cbsCode', code: 'unknown_cbs_code' },
      ]);
      expectProblem(await operator.post('/platform/tenants', body('Gemeente Utrecht', 'GM0268')), 400, 'validation_failed', [
        { name: 'name', code: 'name_mismatch' },
      ]);
      expect(only(await t.owner('SELECT count(*)::int AS n FROM tenants'))['n']).toBe(before);
      expect(only(await t.owner(`SELECT count(*)::int AS n FROM accounts WHERE email LIKE 'fout-%'`))['n']).toBe(0);
    });

    it('creates a gemeente whose first beheerder gets a temporary password that must be changed', async () => {
      const { created, adminEmail } = await newTenant();
      expect(created.status).toBe(201);
      const temp = created.body.adminTemporaryPassword;
      expect(temp?.password).toMatch(/^[A-Za-z0-9-]{23}$/);
      const admin = await signIn(adminEmail, temp?.password ?? '');
      expectProblem(await admin.get('/users'), 403, 'password_change_required');
      expect((await admin.post('/auth/password', { currentPassword: temp?.password, newPassword: NEW_PASSWORD })).status).toBe(204);
      expect((await admin.get('/users')).status).toBe(200);
    });

    it('edits name and code (checked against CBS), with the current version only', async () => {
      const { created } = await newTenant();
      const id = created.body.id;
      const renamed = await operator.patch<Tenant>(`/platform/tenants/${id}`, {
        name: created.body.name.replace('Gemeente ', ''),
        version: created.body.version,
      });
      expect(renamed.status).toBe(200);
      expect(renamed.body.version).toBe(created.body.version + 1);
      expectProblem(
        await operator.patch(`/platform/tenants/${id}`, { cbsCode: 'GM9999', version: renamed.body.version }),
        400,
        'validation_failed',
        [{ name: 'cbsCode', code: 'unknown_cbs_code' }],
      );
      expectProblem(
        await operator.patch(`/platform/tenants/${id}`, { name: 'Gemeente Utrecht', version: renamed.body.version }),
        400,
        'validation_failed',
        [{ name: 'name', code: 'name_mismatch' }],
      );
      expectProblem(
        await operator.patch(`/platform/tenants/${id}`, { cbsCode: a.tenant.cbsCode, name: a.tenant.name, version: renamed.body.version }),
        400,
        'validation_failed',
        [{ name: 'cbsCode', code: 'duplicate' }],
      );
      expectProblem(await operator.patch(`/platform/tenants/${id}`, { name: 'x', version: created.body.version }), 409, 'version_conflict');
      expect((await operator.get<Tenant>(`/platform/tenants/${id}`)).body).toMatchObject({
        name: renamed.body.name,
        version: renamed.body.version,
      });
    });

    it('deactivates a gemeente: sessions end, sign-in says so plainly; reactivation lets them in again', async () => {
      const { created, adminEmail } = await newTenant();
      const temp = created.body.adminTemporaryPassword?.password ?? '';
      const admin = await signIn(adminEmail, temp);
      const off = await operator.patch<Tenant>(`/platform/tenants/${created.body.id}`, { active: false, version: created.body.version });
      expect(off.status).toBe(200);
      expect(off.body.active).toBe(false);
      expect((await admin.get('/auth/session')).status).toBe(401);
      const refused = await new ApiClient(t.baseUrl).post('/auth/login', { email: adminEmail, password: temp });
      expectProblem(refused, 403, 'tenant_inactive');
      expect((refused.body as Problem).detail).toContain(created.body.name);
      expect((refused.body as Problem).detail).toMatch(/gedeactiveerd/);
      const wrong = await new ApiClient(t.baseUrl).post('/auth/login', { email: adminEmail, password: 'fout-wachtwoord-123' });
      expectProblem(wrong, 401, 'unauthenticated');
      const audit = await t.owner(`SELECT action FROM audit_events WHERE tenant_id = $1 AND object_type = 'tenant' ORDER BY occurred_at`, [
        created.body.id,
      ]);
      expect(audit.map((r) => r['action'])).toEqual(['tenant.created', 'tenant.deactivated']);
      expect((await operator.patch(`/platform/tenants/${created.body.id}`, { active: true, version: off.body.version })).status).toBe(200);
      await signIn(adminEmail, temp);
    });

    it('adds a beheerder and resets one with a temporary password', async () => {
      const { created, adminEmail } = await newTenant();
      const id = created.body.id;
      const second = `tweede-${unique()}@accounts.test`;
      const added = await operator.post<TenantAdmin>(`/platform/tenants/${id}/admins`, { email: second, name: 'Tweede beheerder' });
      expect(added.status).toBe(201);
      expect(added.body).toMatchObject({ email: second, passwordChangeRequired: true });
      expect(added.body.temporaryPassword?.password).toBeTruthy();
      const list = await operator.get<TenantAdmin[]>(`/platform/tenants/${id}/admins`);
      expect(list.body.map((x) => x.email).sort()).toEqual([adminEmail, second].sort());
      expect(list.text).not.toContain(added.body.temporaryPassword?.password ?? '-');
      const first = list.body.find((x) => x.email === adminEmail);
      const reset = await operator.post<TemporaryPassword>(`/platform/tenants/${id}/admins/${first?.userId}/temporary-password`, {});
      expect(reset.status).toBe(200);
      await expect(signIn(adminEmail, created.body.adminTemporaryPassword?.password ?? '')).rejects.toThrow(/401/);
      const admin = await signIn(adminEmail, reset.body.password);
      expectProblem(await admin.get('/users'), 403, 'password_change_required');
      // Not a beheerder of that gemeente (a planner of A, or someone of another gemeente): 404.
      expectProblem(await operator.post(`/platform/tenants/${id}/admins/${a.users.planner.id}/temporary-password`, {}), 404, 'not_found');
      expectProblem(
        await operator.post(`/platform/tenants/${a.tenant.id}/admins/${a.users.planner.id}/temporary-password`, {}),
        404,
        'not_found',
      );
      expectProblem(await operator.post(`/platform/tenants/${id}/admins`, { email: 'geen-adres', name: '' }), 400, 'validation_failed', [
        { name: 'email' },
        { name: 'name' },
      ]);
      const audit = await t.owner(
        `SELECT action, actor_kind FROM audit_events WHERE tenant_id = $1 AND object_type = 'user' ORDER BY occurred_at`,
        [id],
      );
      expect(audit).toEqual([
        { action: 'user.created', actor_kind: 'operator' },
        { action: 'user.created', actor_kind: 'operator' },
        { action: 'user.temporary_password_issued', actor_kind: 'operator' },
        // The sign-in with the replaced temporary password above, refused and recorded (BIO).
        { action: 'auth.sign_in_failed', actor_kind: 'system' },
      ]);
    });
  });
});
