import { DOCUMENT, Injectable, InjectionToken, computed, inject, signal } from '@angular/core';
import { nl, type Dictionary, type TranslationKey } from './dictionary.nl';
import { dateTimeFormat, numberFormat } from '@wk/util';

export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const DEFAULT_LANGUAGE: Language = 'nl';
export const LANGUAGE_STORAGE_KEY = 'wk.taal';

/** Values that may be put into a text with `{name}` placeholders. */
export type TranslationParams = Readonly<Record<string, string | number>>;

/**
 * The dictionaries the service starts with. Dutch is complete by definition and always there; another language may
 * miss a key at run time (the English dictionary is complete by type, but a test may hand in less), in which case
 * the Dutch text is shown. A language not given here is loaded on first use (I18N_LOADER).
 */
export interface Dictionaries {
  nl: Dictionary;
  en?: Partial<Dictionary>;
}

export const I18N_DICTIONARIES = new InjectionToken<Dictionaries>('I18N_DICTIONARIES', {
  providedIn: 'root',
  factory: () => ({ nl }),
});

/**
 * Loads the dictionary of a language other than Dutch. Each dictionary is ≈ 95 KB of script: only Dutch is in the
 * first download, English comes as its own chunk when someone picks it (or picked it before).
 */
export const I18N_LOADER = new InjectionToken<(language: Exclude<Language, 'nl'>) => Promise<Partial<Dictionary>>>('I18N_LOADER', {
  providedIn: 'root',
  factory: () => () => import('./dictionary.en').then((m) => m.en),
});

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

export function isTranslationKey(value: unknown): value is TranslationKey {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(nl, value);
}

/** Replaces `{name}` placeholders; unknown placeholders are left as they are. */
export function interpolate(text: string, params?: TranslationParams): string {
  if (!params) {
    return text;
  }
  return text.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : placeholder,
  );
}

/**
 * Small signal-based translation service: Dutch by default, English on request. The choice is kept
 * in localStorage and mirrored in `<html lang>` so that screen readers pronounce the text correctly.
 */
@Injectable({ providedIn: 'root' })
export class I18nService {
  readonly #document = inject(DOCUMENT);
  readonly #loader = inject(I18N_LOADER);
  readonly #dictionaries = signal<Partial<Record<Language, Partial<Dictionary>>>>({ ...inject(I18N_DICTIONARIES) });
  readonly #loading = new Map<Language, Promise<void>>();
  readonly #language = signal<Language>(this.#initialLanguage());

  /** The current language. */
  readonly language = this.#language.asReadonly();
  /** BCP 47 locale for number and date formatting. */
  readonly locale = computed(() => (this.#language() === 'nl' ? 'nl-NL' : 'en-GB'));
  /** The language the switch offers (the one that is not active). */
  readonly otherLanguage = computed<Language>(() => (this.#language() === 'nl' ? 'en' : 'nl'));
  /** Settles when the dictionary of the language the visit starts in is there (the app waits for it before its first page). */
  readonly ready: Promise<void>;

  constructor() {
    this.#reflect(this.#language());
    this.ready = this.#load(this.#language()).catch(() => undefined);
  }

  /**
   * Switches to a language once its dictionary is there (at once when it is), so that a page never shows half of
   * each; remembers the choice. When the dictionary cannot be loaded the language stays as it was.
   */
  setLanguage(language: Language): Promise<void> {
    if (this.#dictionaries()[language]) {
      this.#apply(language);
      return Promise.resolve();
    }
    return this.#load(language).then(
      () => this.#apply(language),
      () => undefined,
    );
  }

  toggleLanguage(): void {
    void this.setLanguage(this.otherLanguage());
  }

  /** Translates a key into the current language; falls back to Dutch, then to the key itself. */
  t(key: TranslationKey, params?: TranslationParams): string {
    const language = this.#language();
    const dictionaries = this.#dictionaries();
    const text = (language === 'nl' ? undefined : dictionaries[language]?.[key]) ?? dictionaries.nl?.[key] ?? key;
    return interpolate(text, params);
  }

  /** Formats a number in the current locale (e.g. 12.345 in Dutch, 12,345 in English). */
  formatNumber(value: number): string {
    return numberFormat(this.locale()).format(value);
  }

  /** Formats an ISO timestamp as a date and time in Dutch local time. */
  formatDateTime(iso: string): string {
    const date = new Date(iso);
    if (Number.isNaN(date.getTime())) {
      return iso;
    }
    return dateTimeFormat(this.locale(), {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone: 'Europe/Amsterdam',
    }).format(date);
  }

  /** Formats an ISO timestamp as a date in Dutch local time. */
  formatDate(iso: string): string {
    const date = new Date(iso);
    if (Number.isNaN(date.getTime())) {
      return iso;
    }
    return dateTimeFormat(this.locale(), {
      dateStyle: 'long',
      timeZone: 'Europe/Amsterdam',
    }).format(date);
  }

  #initialLanguage(): Language {
    try {
      const stored = this.#document.defaultView?.localStorage.getItem(LANGUAGE_STORAGE_KEY);
      return isLanguage(stored) ? stored : DEFAULT_LANGUAGE;
    } catch {
      return DEFAULT_LANGUAGE;
    }
  }

  #apply(language: Language): void {
    this.#language.set(language);
    this.#reflect(language);
    try {
      this.#document.defaultView?.localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
    } catch {
      // Storage can be unavailable (private mode, policies); the choice then lasts for this visit.
    }
  }

  #load(language: Language): Promise<void> {
    if (language === 'nl' || this.#dictionaries()[language]) return Promise.resolve();
    let loading = this.#loading.get(language);
    if (!loading) {
      loading = this.#loader(language).then(
        (dictionary) => this.#dictionaries.update((all) => ({ ...all, [language]: dictionary })),
        (error: unknown) => {
          this.#loading.delete(language);
          throw error;
        },
      );
      this.#loading.set(language, loading);
    }
    return loading;
  }

  #reflect(language: Language): void {
    this.#document.documentElement.lang = language;
  }
}
