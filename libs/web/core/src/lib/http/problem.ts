import { HttpErrorResponse } from '@angular/common/http';
import { signal } from '@angular/core';
import type { InvalidParam, PlanInForceRef, Problem, ProblemLanguage } from '@wk/contracts';
import type { formatMessage, isMessageCode } from '@wk/util/messages';
import type { TranslationKey } from '../i18n/dictionary.nl';

/** One line in a form's error summary; `field` names the form control it belongs to, if any. */
export interface FormErrorItem {
  field: string | null;
  message: string;
}

/** What a form shows after a failed submit: a summary at the top and a message per field. */
export interface FormErrors {
  summary: FormErrorItem[];
  fields: Readonly<Record<string, string>>;
}

export const NO_FORM_ERRORS: FormErrors = { summary: [], fields: {} };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isInvalidParam(value: unknown): value is InvalidParam {
  return isRecord(value) && typeof value['name'] === 'string' && typeof value['code'] === 'string' && typeof value['reason'] === 'string';
}

/**
 * Turns whatever an HTTP call failed with into a {@link Problem}: the API's problem+json body when
 * there is one, otherwise a problem made from the status (0 = the API could not be reached).
 */
export function problemFromError(error: unknown): Problem {
  if (error instanceof HttpErrorResponse) {
    const body: unknown = error.error;
    if (isRecord(body) && typeof body['title'] === 'string') {
      const invalidParams = Array.isArray(body['invalidParams']) ? body['invalidParams'].filter(isInvalidParam) : undefined;
      return {
        type: typeof body['type'] === 'string' ? body['type'] : 'about:blank',
        title: body['title'],
        status: typeof body['status'] === 'number' ? body['status'] : error.status,
        code: typeof body['code'] === 'string' ? body['code'] : codeForStatus(error.status),
        ...(typeof body['detail'] === 'string' ? { detail: body['detail'] } : {}),
        ...(typeof body['detailCode'] === 'string' ? { detailCode: body['detailCode'] } : {}),
        ...(isParams(body['detailParams']) ? { detailParams: body['detailParams'] } : {}),
        ...(invalidParams ? { invalidParams } : {}),
        ...(typeof body['currentVersion'] === 'number' ? { currentVersion: body['currentVersion'] } : {}),
        ...(Array.isArray(body['plansInForce']) ? { plansInForce: body['plansInForce'].filter(isPlanInForce) } : {}),
      };
    }
    return {
      type: 'about:blank',
      title: error.statusText || 'Error',
      status: error.status,
      code: codeForStatus(error.status),
    };
  }
  return { type: 'about:blank', title: 'Error', status: 0, code: 'internal' };
}

function isParams(value: unknown): value is Readonly<Record<string, string | number>> {
  return isRecord(value) && Object.values(value).every((v) => typeof v === 'string' || typeof v === 'number');
}

interface MessageCatalogue {
  formatMessage: typeof formatMessage;
  isMessageCode: typeof isMessageCode;
}

const catalogue = signal<MessageCatalogue | null>(null);
let catalogueLoading: Promise<void> | null = null;

/**
 * Loads the shared message catalogue (@wk/util/messages: every problem text in Dutch and English, ≈ 40 KB of script)
 * as its own chunk. No first page needs it, so it is not in the first download: it loads when a problem with a
 * message code is first shown. Until it is there, the API's own text is shown, which is already in the interface
 * language (the language interceptor sends Accept-Language); texts read in a reactive context follow once it is in.
 */
export function loadMessageCatalogue(): Promise<void> {
  catalogueLoading ??= import('@wk/util/messages').then(
    (messages) => catalogue.set(messages),
    () => {
      catalogueLoading = null;
    },
  );
  return catalogueLoading;
}

/**
 * The catalogue's text for a message `code` in `language`, or null (no language, an unknown code, or the catalogue is
 * still loading: it is asked for then). Read in a template or computed, it follows once the catalogue is in.
 */
export function messageText(code: string | undefined, params: unknown, language: ProblemLanguage | undefined): string | null {
  if (!language || !code) {
    return null;
  }
  const messages = catalogue();
  if (!messages) {
    void loadMessageCatalogue();
    return null;
  }
  return messages.isMessageCode(code) ? messages.formatMessage(language, code, isParams(params) ? params : undefined) : null;
}

/**
 * An invalid parameter's reason in `language`: the web's own text for its `reasonCode` (the shared
 * message catalogue), so it follows the language switch; the API's `reason` when the code is unknown
 * here, the catalogue is still loading, or no language is given.
 */
export function reasonText(param: InvalidParam, language?: ProblemLanguage): string {
  return messageText(param.reasonCode, param.reasonParams, language) ?? param.reason;
}

/** A problem's `detail` in `language`, by its `detailCode` when the catalogue knows it; else the API's. */
export function detailText(problem: Problem, language?: ProblemLanguage): string | undefined {
  return messageText(problem.detailCode, problem.detailParams, language) ?? problem.detail;
}

function isPlanInForce(value: unknown): value is PlanInForceRef {
  return isRecord(value) && typeof value['id'] === 'string' && typeof value['title'] === 'string' && Array.isArray(value['wijken']);
}

function codeForStatus(status: number): string {
  switch (status) {
    case 400:
      return 'validation_failed';
    case 401:
      return 'unauthenticated';
    case 403:
      return 'forbidden';
    case 404:
      return 'not_found';
    case 409:
      return 'conflict';
    case 429:
      return 'too_many_attempts';
    case 0:
      return 'network';
    default:
      return 'internal';
  }
}

/**
 * The message key for a problem that is not about particular fields, or null when the API's own
 * `detail` says it best (e.g. "Deze slug is al in gebruik", or the 429 wait time).
 */
export function problemMessageKey(problem: Problem): TranslationKey | null {
  if (problem.status === 0) {
    return 'error.network';
  }
  if (problem.status === 401) {
    return 'error.unauthenticated';
  }
  if (problem.status === 403) {
    return 'error.forbidden';
  }
  if (problem.status === 404) {
    return 'error.notFound';
  }
  if (problem.code === 'version_conflict') {
    return 'error.versionConflict';
  }
  if (problem.code === 'csrf_failed') {
    return 'error.csrf';
  }
  if (problem.status >= 500) {
    return 'error.server';
  }
  return null;
}

/**
 * One sentence for a problem that is shown outside a form (a list that failed to load, a delete).
 * With `language`, the API's detail is shown in that language when its code is known here.
 */
export function problemMessage(problem: Problem, translate: (key: TranslationKey) => string, language?: ProblemLanguage): string {
  const key = problemMessageKey(problem);
  if (key) {
    return translate(key);
  }
  return detailText(problem, language) ?? problem.title ?? translate('error.unknown');
}

export interface FormErrorOptions {
  /**
   * The form field an `invalidParams[].name` belongs to (its reason is then shown next to that
   * field), or null when the form has no such field (the reason goes to the summary only).
   */
  fieldOf: (name: string) => string | null;
  translate: (key: TranslationKey) => string;
  /** The interface language: reasons with a known code are shown in it (else the API's reason). */
  language?: ProblemLanguage;
}

/**
 * `fieldOf` for a form with a fixed list of fields: `email` → `email`, `orgUnitIds.2` → `orgUnitIds`,
 * `admin.email` → `admin.email` when listed, otherwise `admin` when that is listed.
 */
export function fieldsIn(fields: readonly string[]): (name: string) => string | null {
  return (name) => {
    let best: string | null = null;
    for (const field of fields) {
      if ((name === field || name.startsWith(`${field}.`)) && (best === null || field.length > best.length)) {
        best = field;
      }
    }
    return best;
  };
}

/**
 * Maps a problem onto a form: every invalid parameter that names a field of the form gets its
 * reason next to that field and a linked line in the summary; the others get an unlinked line.
 * Without invalid parameters the summary holds one general message.
 */
export function formErrorsFromProblem(problem: Problem, options: FormErrorOptions): FormErrors {
  const params = problem.invalidParams ?? [];
  if (params.length === 0 || problem.code === 'version_conflict') {
    return { summary: [{ field: null, message: problemMessage(problem, options.translate, options.language) }], fields: {} };
  }
  const fields: Record<string, string> = {};
  const summary: FormErrorItem[] = [];
  for (const param of params) {
    const field = options.fieldOf(param.name);
    const reason = reasonText(param, options.language);
    if (field !== null) {
      if (!(field in fields)) {
        fields[field] = reason;
        summary.push({ field, message: reason });
      }
    } else {
      summary.push({ field: null, message: reason });
    }
  }
  return { summary, fields };
}

/** Shorthand for a failed request: {@link problemFromError} then {@link formErrorsFromProblem}. */
export function formErrorsFromError(error: unknown, options: FormErrorOptions): FormErrors {
  return formErrorsFromProblem(problemFromError(error), options);
}

/** Builds form errors from client-side checks, in the order the fields appear on the page. */
export function formErrorsFromMessages(messages: ReadonlyArray<readonly [field: string, message: string | null]>): FormErrors {
  const fields: Record<string, string> = {};
  const summary: FormErrorItem[] = [];
  for (const [field, message] of messages) {
    if (message !== null && !(field in fields)) {
      fields[field] = message;
      summary.push({ field, message });
    }
  }
  return { summary, fields };
}
