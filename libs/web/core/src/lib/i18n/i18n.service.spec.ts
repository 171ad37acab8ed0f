import { TestBed } from '@angular/core/testing';
import { en } from './dictionary.en';
import { nl } from './dictionary.nl';
import { I18N_DICTIONARIES, I18nService, LANGUAGE_STORAGE_KEY, interpolate, isTranslationKey } from './i18n.service';

describe('I18nService', () => {
  beforeEach(() => {
    localStorage.clear();
    document.documentElement.lang = '';
  });

  function create(): I18nService {
    return TestBed.inject(I18nService);
  }

  it('speaks Dutch by default and says so in <html lang>', () => {
    const i18n = create();
    expect(i18n.language()).toBe('nl');
    expect(document.documentElement.lang).toBe('nl');
    expect(i18n.t('shell.logout')).toBe('Uitloggen');
    expect(i18n.locale()).toBe('nl-NL');
  });

  it('switches to English, remembers the choice and updates <html lang>', () => {
    const i18n = create();
    i18n.setLanguage('en');
    expect(i18n.language()).toBe('en');
    expect(i18n.t('shell.logout')).toBe('Sign out');
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');

    i18n.toggleLanguage();
    expect(i18n.language()).toBe('nl');
    expect(i18n.otherLanguage()).toBe('en');
  });

  it('starts in the language stored earlier, and ignores rubbish in storage', () => {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'en');
    expect(create().t('nav.home')).toBe('Overview');

    TestBed.resetTestingModule();
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'fr');
    expect(create().language()).toBe('nl');
  });

  it('fills in placeholders', () => {
    const i18n = create();
    expect(i18n.t('users.created', { name: 'Anna' })).toBe('Gebruiker Anna is toegevoegd.');
    expect(interpolate('{a} en {b}', { a: 1 })).toBe('1 en {b}');
  });

  it('falls back to Dutch when a translation is missing', () => {
    TestBed.configureTestingModule({
      providers: [{ provide: I18N_DICTIONARIES, useValue: { nl, en: { 'nav.home': 'Overview' } } }],
    });
    const i18n = create();
    i18n.setLanguage('en');
    expect(i18n.t('nav.home')).toBe('Overview');
    expect(i18n.t('nav.wijken')).toBe('Wijken');
  });

  it('formats numbers in the current language', () => {
    const i18n = create();
    expect(i18n.formatNumber(12345)).toBe('12.345');
    i18n.setLanguage('en');
    expect(i18n.formatNumber(12345)).toBe('12,345');
  });

  it('knows which strings are keys', () => {
    expect(isTranslationKey('nav.home')).toBe(true);
    expect(isTranslationKey('nav.nope')).toBe(false);
    expect(isTranslationKey(42)).toBe(false);
  });
});

describe('dictionaries', () => {
  it('English has exactly the keys of Dutch (also enforced by the Dictionary type)', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
  });

  it('has no empty texts, and English keeps every placeholder of Dutch', () => {
    for (const key of Object.keys(nl) as (keyof typeof nl)[]) {
      expect(nl[key].trim()).not.toBe('');
      expect(en[key].trim()).not.toBe('');
      const placeholders = (text: string): string[] => (text.match(/\{\w+\}/g) ?? []).sort();
      expect({ key, placeholders: placeholders(en[key]) }).toEqual({ key, placeholders: placeholders(nl[key]) });
    }
  });
});
