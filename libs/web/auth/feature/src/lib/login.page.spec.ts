import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { ActivatedRoute, Router, convertToParamMap, provideRouter } from '@angular/router';
import type { SessionInfo } from '@wk/contracts';
import { AUTH_URLS } from '@wk/web/core';
import { LoginPage } from './login.page';

const session: SessionInfo = {
  user: { id: 'u1', email: 'beheerder@nijmegen.demo.wijkkompas.nl', name: 'Anna', role: 'admin', orgUnitIds: [] },
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

describe('LoginPage', () => {
  let fixture: ComponentFixture<LoginPage>;
  let element: HTMLElement;
  let http: HttpTestingController;

  async function setup(returnUrl: string | null = null): Promise<void> {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [LoginPage],
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: ActivatedRoute, useValue: { snapshot: { queryParamMap: convertToParamMap(returnUrl ? { terug: returnUrl } : {}) } } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(LoginPage);
    element = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
  }

  function type(id: string, value: string): void {
    const input = element.querySelector<HTMLInputElement>(`#${id}`);
    if (!input) {
      throw new Error(`no #${id}`);
    }
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }

  /** Lets the sign-in promise chain finish, then renders. */
  async function settle(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  }

  async function submit(): Promise<void> {
    element.querySelector('form')?.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
  }

  it('has one h1 and labelled fields', async () => {
    await setup();
    expect(element.querySelectorAll('h1')).toHaveLength(1);
    expect(element.querySelector('label[for="inloggen-email"]')?.textContent).toContain('E-mailadres');
    expect(element.querySelector('#inloggen-password')?.getAttribute('autocomplete')).toBe('current-password');
  });

  it('checks the fields before calling the API, and links the errors', async () => {
    await setup();
    await submit();
    http.expectNone(AUTH_URLS.login);
    const summary = element.querySelector('.wk-error-summary');
    expect(summary?.textContent).toContain('Vul uw e-mailadres in.');
    expect(summary?.textContent).toContain('Vul uw wachtwoord in.');
    const email = element.querySelector('#inloggen-email');
    expect(email?.getAttribute('aria-invalid')).toBe('true');
    expect(email?.getAttribute('aria-describedby')).toBe('inloggen-email-fout');
  });

  it('gives one generic message for a wrong address or password', async () => {
    await setup();
    type('inloggen-email', 'iemand@nijmegen.nl');
    type('inloggen-password', 'fout');
    await submit();
    http
      .expectOne(AUTH_URLS.login)
      .flush(
        { type: 't', title: 'Niet ingelogd', status: 401, code: 'unauthenticated', detail: 'Onbekend e-mailadres' },
        { status: 401, statusText: 'Unauthorized' },
      );
    await settle();
    expect(element.querySelector('.wk-error-summary')?.textContent).toContain('E-mailadres of wachtwoord klopt niet.');
    expect(element.textContent).not.toContain('Onbekend e-mailadres');
    expect(element.querySelector<HTMLInputElement>('#inloggen-password')?.value).toBe('');
  });

  it('shows the wait time of a 429', async () => {
    await setup();
    type('inloggen-email', 'iemand@nijmegen.nl');
    type('inloggen-password', 'fout');
    await submit();
    http
      .expectOne(AUTH_URLS.login)
      .flush(
        { type: 't', title: 'Te veel pogingen', status: 429, code: 'too_many_attempts', detail: 'Probeer het over 15 minuten opnieuw.' },
        { status: 429, statusText: 'Too Many Requests' },
      );
    await settle();
    expect(element.querySelector('.wk-error-summary')?.textContent).toContain('Probeer het over 15 minuten opnieuw.');
  });

  it('goes back to the page the user came from after signing in', async () => {
    await setup('/beheer/wijken');
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    type('inloggen-email', session.user.email);
    type('inloggen-password', 'Wijkkompas-demo-2026');
    await submit();
    http.expectOne(AUTH_URLS.login).flush(session);
    await settle();
    expect(navigate).toHaveBeenCalledWith('/beheer/wijken');
  });

  it('never follows a return address to another site', async () => {
    await setup('//evil.example/');
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    type('inloggen-email', session.user.email);
    type('inloggen-password', 'Wijkkompas-demo-2026');
    await submit();
    http.expectOne(AUTH_URLS.login).flush(session);
    await settle();
    expect(navigate).toHaveBeenCalledWith('/');
  });
});
