import { type Signal, computed, inject, signal } from '@angular/core';
import type { Problem } from '@wk/contracts';
import type { TranslationKey } from '../i18n/dictionary.nl';
import { I18nService, type TranslationParams } from '../i18n/i18n.service';
import { type FormErrors, formErrorsFromMessages, formErrorsFromProblem, problemFromError } from './problem';

/** A client-side check: the field, and the message key when the check failed (null: passed). */
export type FieldCheck = readonly [field: string, message: TranslationKey | null, params?: TranslationParams];

export interface FormErrorState {
  /** Summary and per-field messages, in the current language. */
  readonly errors: Signal<FormErrors>;
  /** The last problem the API answered with (null after a passing check). */
  readonly problem: Signal<Problem | null>;
  /** The message for one field, or null. */
  field(name: string): string | null;
  /** Runs client-side checks; true when all passed. Clears an earlier API problem. */
  check(checks: readonly FieldCheck[]): boolean;
  /** Shows what the API said; `general` may replace the message for some problems. */
  fail(error: unknown, general?: (problem: Problem) => TranslationKey | null): Problem;
  clear(): void;
}

/**
 * Error state of one form. Messages are kept as keys or problems and translated when read, so the
 * summary follows the language switch. Create in an injection context.
 */
export function createFormErrors(fieldOf: (name: string) => string | null): FormErrorState {
  const i18n = inject(I18nService);
  const checks = signal<readonly FieldCheck[]>([]);
  const problem = signal<Problem | null>(null);
  const general = signal<((problem: Problem) => TranslationKey | null) | null>(null);
  const translate = (key: TranslationKey): string => i18n.t(key);

  const errors = computed<FormErrors>(() => {
    const current = problem();
    if (current) {
      const key = general()?.(current) ?? null;
      if (key !== null) {
        return { summary: [{ field: null, message: i18n.t(key) }], fields: {} };
      }
      return formErrorsFromProblem(current, { fieldOf, translate, language: i18n.language() });
    }
    return formErrorsFromMessages(checks().map(([field, key, params]) => [field, key === null ? null : i18n.t(key, params)] as const));
  });

  return {
    errors,
    problem: problem.asReadonly(),
    field: (name) => errors().fields[name] ?? null,
    check: (list) => {
      problem.set(null);
      general.set(null);
      checks.set(list);
      return list.every(([, key]) => key === null);
    },
    fail: (error, generalMessage) => {
      const answer = problemFromError(error);
      checks.set([]);
      general.set(generalMessage ?? null);
      problem.set(answer);
      return answer;
    },
    clear: () => {
      checks.set([]);
      problem.set(null);
      general.set(null);
    },
  };
}

/** Plain check for an e-mail address: something@something.something, no spaces. */
export function looksLikeEmail(value: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim());
}
