import { DOCUMENT, Injectable, InjectionToken, computed, inject, signal } from '@angular/core';
import { en } from './dictionary.en';
import { nl, type Dictionary, type TranslationKey } from './dictionary.nl';

export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const DEFAULT_LANGUAGE: Language = 'nl';
export const LANGUAGE_STORAGE_KEY = 'wk.taal';

/** Values that may be put into a text with `{name}` placeholders. */
export type TranslationParams = Readonly<Record<string, string | number>>;

/**
 * The dictionaries the service reads. Dutch is complete by definition; another language may miss
 * a key at run time (the English dictionary is complete by type, but a test may hand in less),
 * in which case the Dutch text is shown.
 */
export interface Dictionaries {
  nl: Dictionary;
  en: Partial<Dictionary>;
}

export const I18N_DICTIONARIES = new InjectionToken<Dictionaries>('I18N_DICTIONARIES', {
  providedIn: 'root',
  factory: () => ({ nl, en }),
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
  readonly #dictionaries = inject(I18N_DICTIONARIES);
  readonly #language = signal<Language>(this.#initialLanguage());

  /** The current language. */
  readonly language = this.#language.asReadonly();
  /** BCP 47 locale for number and date formatting. */
  readonly locale = computed(() => (this.#language() === 'nl' ? 'nl-NL' : 'en-GB'));
  /** The language the switch offers (the one that is not active). */
  readonly otherLanguage = computed<Language>(() => (this.#language() === 'nl' ? 'en' : 'nl'));

  constructor() {
    this.#reflect(this.#language());
  }

  setLanguage(language: Language): void {
    this.#language.set(language);
    this.#reflect(language);
    try {
      this.#document.defaultView?.localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
    } catch {
      // Storage can be unavailable (private mode, policies); the choice then lasts for this visit.
    }
  }

  toggleLanguage(): void {
    this.setLanguage(this.otherLanguage());
  }

  /** Translates a key into the current language; falls back to Dutch, then to the key itself. */
  t(key: TranslationKey, params?: TranslationParams): string {
    const language = this.#language();
    const text = (language === 'nl' ? undefined : this.#dictionaries[language][key]) ?? this.#dictionaries.nl[key] ?? key;
    return interpolate(text, params);
  }

  /** Formats a number in the current locale (e.g. 12.345 in Dutch, 12,345 in English). */
  formatNumber(value: number): string {
    return new Intl.NumberFormat(this.locale()).format(value);
  }

  /** Formats an ISO timestamp as a date and time in Dutch local time. */
  formatDateTime(iso: string): string {
    const date = new Date(iso);
    if (Number.isNaN(date.getTime())) {
      return iso;
    }
    return new Intl.DateTimeFormat(this.locale(), {
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
    return new Intl.DateTimeFormat(this.locale(), {
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

  #reflect(language: Language): void {
    this.#document.documentElement.lang = language;
  }
}
