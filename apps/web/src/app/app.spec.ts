import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { SessionInfo } from '@wk/contracts';
import { I18nService, SessionStore } from '@wk/web/core';
import { App } from './app';

const session: SessionInfo = {
  user: { id: 'u1', email: 'beheerder@nijmegen.demo.wijkkompas.nl', name: 'Anna de Vries', role: 'admin', orgUnitIds: [] },
  tenant: {
    id: 't1',
    name: 'Gemeente Nijmegen',
    slug: 'nijmegen',
    cbsCode: 'GM0268',
    theme: { primaryColor: '#006633', primaryColorText: '#ffffff' },
  },
  operator: false,
  expiresAt: '2030-01-01T00:00:00Z',
  memberships: [],
  passwordChangeRequired: false,
};

describe('App shell', () => {
  beforeEach(async () => {
    localStorage.clear();
    await TestBed.configureTestingModule({
      imports: [App],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    }).compileComponents();
  });

  it('shows the product name, a skip link and the language switch before sign-in', async () => {
    const fixture = TestBed.createComponent(App);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    expect(element.querySelector('.wk-brand__product')?.textContent).toContain('Wijkkompas');
    expect(element.querySelector('a.wk-skip-link')?.textContent).toContain('Direct naar de inhoud');
    expect(element.querySelector('main#inhoud')).not.toBeNull();
    expect(element.querySelector('nav')).toBeNull();
    const switcher = element.querySelector<HTMLButtonElement>('button[lang="en"]');
    expect(switcher?.textContent?.trim()).toBe('English');
  });

  it('shows gemeente, user, role and the admin navigation after sign-in, and switches language', async () => {
    const store = TestBed.inject(SessionStore);
    const http = TestBed.inject(HttpTestingController);
    const login = store.login({ email: session.user.email, password: 'x' });
    http.expectOne('/api/v1/auth/login').flush(session);
    await login;

    const fixture = TestBed.createComponent(App);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    expect(element.querySelector('.wk-brand__tenant')?.textContent).toContain('Gemeente Nijmegen');
    expect(element.querySelector('.wk-header__user-name')?.textContent).toContain('Anna de Vries');
    expect(element.querySelector('.wk-header__user-role')?.textContent).toContain('Beheerder');
    const links = Array.from(element.querySelectorAll('nav a')).map((a) => a.textContent?.trim());
    expect(links).toEqual(['Overzicht', 'Mijn acties', 'Plannen', 'Voortgang', 'Wijkcijfers', 'Wijken', 'Beheer']);

    await TestBed.inject(I18nService).setLanguage('en');
    await fixture.whenStable();
    const english = Array.from(element.querySelectorAll('nav a')).map((a) => a.textContent?.trim());
    expect(english).toEqual(['Overview', 'My actions', 'Plans', 'Progress', 'Neighbourhood figures', 'Neighbourhoods', 'Administration']);
    expect(document.documentElement.lang).toBe('en');
  });
});
