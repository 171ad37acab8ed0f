import { TestBed } from '@angular/core/testing';
import { en } from './dictionary.en';
import { nl } from './dictionary.nl';
import { I18N_DICTIONARIES, I18N_LOADER, I18nService, LANGUAGE_STORAGE_KEY, interpolate, isTranslationKey } from './i18n.service';

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

  it('switches to English, remembers the choice and updates <html lang>', async () => {
    const i18n = create();
    await i18n.setLanguage('en');
    expect(i18n.language()).toBe('en');
    expect(i18n.t('shell.logout')).toBe('Sign out');
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');

    i18n.toggleLanguage();
    expect(i18n.language()).toBe('nl');
    expect(i18n.otherLanguage()).toBe('en');
  });

  it('starts in the language stored earlier, and ignores rubbish in storage', async () => {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'en');
    const i18n = create();
    await i18n.ready;
    expect(i18n.t('nav.home')).toBe('Overview');

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

  it('formats numbers in the current language', async () => {
    const i18n = create();
    expect(i18n.formatNumber(12345)).toBe('12.345');
    await i18n.setLanguage('en');
    expect(i18n.formatNumber(12345)).toBe('12,345');
  });

  it('loads English only when it is picked, and switches once it is there', async () => {
    const loads: string[] = [];
    let release: () => void = () => undefined;
    TestBed.configureTestingModule({
      providers: [
        {
          provide: I18N_LOADER,
          useValue: (language: string) => {
            loads.push(language);
            return new Promise<typeof en>((resolve) => (release = () => resolve(en)));
          },
        },
      ],
    });
    const i18n = create();
    await i18n.ready;
    expect(loads).toEqual([]);
    const switching = i18n.setLanguage('en');
    i18n.toggleLanguage(); // a second click while loading does not load twice
    expect(loads).toEqual(['en']);
    // Until the dictionary is there the page stays Dutch, <html lang> included.
    expect(i18n.language()).toBe('nl');
    expect(document.documentElement.lang).toBe('nl');
    release();
    await switching;
    expect(i18n.language()).toBe('en');
    expect(i18n.t('shell.logout')).toBe('Sign out');
  });

  it('stays in its language when the other cannot be loaded', async () => {
    TestBed.configureTestingModule({
      providers: [{ provide: I18N_LOADER, useValue: () => Promise.reject(new Error('offline')) }],
    });
    const i18n = create();
    await i18n.setLanguage('en');
    expect(i18n.language()).toBe('nl');
    expect(i18n.t('shell.logout')).toBe('Uitloggen');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBeNull();
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
