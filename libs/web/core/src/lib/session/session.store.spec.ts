import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { SessionInfo } from '@wk/contracts';
import { THEME_PROPERTIES } from '../theme/theme.service';
import { AUTH_URLS } from './auth-api';
import { SessionStore } from './session.store';

const admin: SessionInfo = {
  user: { id: 'u1', email: 'beheerder@nijmegen.demo.wijkkompas.nl', name: 'Anna de Vries', role: 'admin', orgUnitIds: [] },
  tenant: {
    id: 't1',
    name: 'Gemeente Nijmegen',
    slug: 'nijmegen',
    cbsCode: 'GM0268',
    theme: { primaryColor: '#006633', primaryColorText: '#FFFFFF' },
  },
  operator: false,
  expiresAt: '2030-01-01T00:00:00Z',
  memberships: [],
  passwordChangeRequired: false,
};

const operator: SessionInfo = {
  user: { id: 'o1', email: 'operator@wijkkompas.demo', name: 'Olaf Operator', role: null, orgUnitIds: [] },
  tenant: null,
  operator: true,
  expiresAt: '2030-01-01T00:00:00Z',
  memberships: [],
  passwordChangeRequired: false,
};

describe('SessionStore', () => {
  let store: SessionStore;
  let http: HttpTestingController;
  const style = (): CSSStyleDeclaration => document.documentElement.style;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    store = TestBed.inject(SessionStore);
    http = TestBed.inject(HttpTestingController);
    style().removeProperty(THEME_PROPERTIES.primaryColor);
    style().removeProperty(THEME_PROPERTIES.primaryColorText);
  });

  afterEach(() => http.verify());

  it('starts unknown and signed out', () => {
    expect(store.status()).toBe('unknown');
    expect(store.signedIn()).toBe(false);
    expect(store.user()).toBeNull();
  });

  it('loads the session once, applies the tenant theme and answers later calls from memory', async () => {
    const first = store.load();
    const second = store.load();
    expect(store.status()).toBe('loading');
    http.expectOne(AUTH_URLS.session).flush(admin);
    expect(await first).toEqual(admin);
    expect(await second).toEqual(admin);

    expect(store.status()).toBe('signedIn');
    expect(store.isAdmin()).toBe(true);
    expect(store.isOperator()).toBe(false);
    expect(store.tenant()?.name).toBe('Gemeente Nijmegen');
    expect(store.hasRole('admin', 'planner')).toBe(true);
    expect(store.hasRole('viewer')).toBe(false);
    expect(style().getPropertyValue(THEME_PROPERTIES.primaryColor)).toBe('#006633');
    expect(style().getPropertyValue(THEME_PROPERTIES.primaryColorText)).toBe('#ffffff');

    expect(await store.load()).toEqual(admin);
    http.expectNone(AUTH_URLS.session);
  });

  it('treats 401 on load as signed out, without calling it expired', async () => {
    const loading = store.load();
    http
      .expectOne(AUTH_URLS.session)
      .flush({ title: 'Niet ingelogd', status: 401, code: 'unauthenticated' }, { status: 401, statusText: 'Unauthorized' });
    expect(await loading).toBeNull();
    expect(store.status()).toBe('signedOut');
    expect(store.expired()).toBe(false);
  });

  it('signs in and out; sign-out resets the theme', async () => {
    const login = store.login({ email: admin.user.email, password: 'Wijkkompas-demo-2026' });
    const request = http.expectOne(AUTH_URLS.login);
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({ email: admin.user.email, password: 'Wijkkompas-demo-2026' });
    request.flush(admin);
    await login;
    expect(store.signedIn()).toBe(true);

    const logout = store.logout();
    http.expectOne(AUTH_URLS.logout).flush(null, { status: 204, statusText: 'No Content' });
    await logout;
    expect(store.signedIn()).toBe(false);
    expect(store.status()).toBe('signedOut');
    expect(style().getPropertyValue(THEME_PROPERTIES.primaryColor)).toBe('');
  });

  it('forgets the session locally even when the API refuses the sign-out', async () => {
    const login = store.login({ email: admin.user.email, password: 'x' });
    http.expectOne(AUTH_URLS.login).flush(admin);
    await login;
    const logout = store.logout();
    http.expectOne(AUTH_URLS.logout).flush({}, { status: 401, statusText: 'Unauthorized' });
    await logout;
    expect(store.session()).toBeNull();
  });

  it('rejects a failed sign-in and stays signed out', async () => {
    const login = store.login({ email: 'a@b.nl', password: 'wrong' });
    http.expectOne(AUTH_URLS.login).flush({ title: 'Niet ingelogd', status: 401 }, { status: 401, statusText: 'Unauthorized' });
    await expect(login).rejects.toMatchObject({ status: 401 });
    expect(store.signedIn()).toBe(false);
  });

  it('marks an ended session as expired only when someone was signed in', async () => {
    store.clear({ expired: true });
    expect(store.expired()).toBe(false);

    const login = store.login({ email: admin.user.email, password: 'x' });
    http.expectOne(AUTH_URLS.login).flush(admin);
    await login;
    store.clear({ expired: true });
    expect(store.expired()).toBe(true);
    expect(store.signedIn()).toBe(false);
  });

  it('knows the platform operator, who has no gemeente and no theme', async () => {
    const login = store.login({ email: operator.user.email, password: 'x' });
    http.expectOne(AUTH_URLS.login).flush(operator);
    await login;
    expect(store.isOperator()).toBe(true);
    expect(store.role()).toBeNull();
    expect(store.tenant()).toBeNull();
    expect(style().getPropertyValue(THEME_PROPERTIES.primaryColor)).toBe('');
  });

  it('follows a changed tenant theme (after the admin saved the huisstijl)', async () => {
    const login = store.login({ email: admin.user.email, password: 'x' });
    http.expectOne(AUTH_URLS.login).flush(admin);
    await login;
    store.updateTenant({ name: 'Gemeente Nijmegen', theme: { primaryColor: '#a00', primaryColorText: '#fff' } });
    expect(style().getPropertyValue(THEME_PROPERTIES.primaryColor)).toBe('#aa0000');
    expect(store.tenant()?.theme.primaryColor).toBe('#a00');
  });
});
