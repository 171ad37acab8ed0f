import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { type ActivatedRouteSnapshot, type CanActivateFn, Router, type RouterStateSnapshot, UrlTree, provideRouter } from '@angular/router';
import type { SessionInfo } from '@wk/contracts';
import { AUTH_URLS } from './auth-api';
import { operatorGuard, roleGuard, signedInGuard, tenantGuard } from './guards';

const planner: SessionInfo = {
  user: { id: 'u2', email: 'planner@nijmegen.demo.wijkkompas.nl', name: 'Piet Planner', role: 'planner', orgUnitIds: [] },
  tenant: {
    id: 't1',
    name: 'Gemeente Nijmegen',
    slug: 'nijmegen',
    cbsCode: 'GM0268',
    theme: { primaryColor: '#154273', primaryColorText: '#ffffff' },
  },
  operator: false,
  expiresAt: '2030-01-01T00:00:00Z',
  memberships: [],
  passwordChangeRequired: false,
};

describe('route guards', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
  });

  async function run(guard: CanActivateFn, session: SessionInfo | null, url = '/beheer/wijken'): Promise<string | boolean> {
    const result = TestBed.runInInjectionContext(() => guard({} as ActivatedRouteSnapshot, { url } as RouterStateSnapshot));
    const request = http.expectOne(AUTH_URLS.session);
    if (session) {
      request.flush(session);
    } else {
      request.flush({}, { status: 401, statusText: 'Unauthorized' });
    }
    const outcome = await (result as Promise<boolean | UrlTree>);
    return outcome instanceof UrlTree ? TestBed.inject(Router).serializeUrl(outcome) : outcome;
  }

  it('sends visitors who are not signed in to /inloggen with the page to return to', async () => {
    expect(await run(signedInGuard, null)).toBe('/inloggen?terug=%2Fbeheer%2Fwijken');
  });

  it('lets signed-in users through', async () => {
    expect(await run(signedInGuard, planner)).toBe(true);
  });

  it('keeps pages for one role away from others', async () => {
    expect(await run(roleGuard('admin'), planner)).toBe('/geen-toegang');
  });

  it('keeps operator pages away from gemeente users and sends the operator to the platform pages', async () => {
    expect(await run(operatorGuard, planner)).toBe('/geen-toegang');
    TestBed.resetTestingModule();
    TestBed.configureTestingModule({ providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
    expect(await run(tenantGuard, { ...planner, operator: true, tenant: null, user: { ...planner.user, role: null } })).toBe(
      '/platform/gemeenten',
    );
  });

  it('while a temporary password is in use, every page of the gemeente leads to the change-password page', async () => {
    expect(await run(tenantGuard, { ...planner, passwordChangeRequired: true }, '/plannen')).toBe('/wachtwoord');
  });
});
