import type { ErrorCode, InvalidParam, PlanInForceRef, ProblemLanguage } from '@wk/contracts';
import { formatMessage, isMessageCode, problemTitle, type MessageCode, type MessageParams } from '@wk/util/messages';

/** A catalogue message and the values it names; the problem filter writes it in the request's language. */
export interface Message {
  code: MessageCode;
  params?: MessageParams;
}

export const message = (code: MessageCode, params?: MessageParams): Message => (params ? { code, params } : { code });

/**
 * A domain error: services throw these; the global problem filter maps the code to an HTTP status
 * and an `application/problem+json` body. `message` is a catalogue code (with parameters when the text
 * names values); `Error.message` holds the Dutch text, for logs.
 */
export class DomainError extends Error {
  readonly detail: Message;

  constructor(
    readonly code: ErrorCode,
    detail: MessageCode | Message,
    readonly extra: {
      invalidParams?: InvalidParam[];
      currentVersion?: number;
      retryAfterSeconds?: number;
      plansInForce?: PlanInForceRef[];
    } = {},
  ) {
    const resolved = typeof detail === 'string' ? { code: detail } : detail;
    super(formatMessage('nl', resolved.code, resolved.params));
    this.detail = resolved;
  }
}

/**
 * One invalid field: `code` is the machine code of the check (`required`, `duplicate`), `reason` a
 * catalogue message (written in Dutch here; the problem filter rewrites it in the request's language).
 */
export const param = (name: string, code: string, reason: MessageCode, params?: MessageParams): InvalidParam => ({
  name,
  code,
  reason: formatMessage('nl', reason, params),
  reasonCode: reason,
  ...(params ? { reasonParams: params } : {}),
});

/** The reason of an invalid parameter written as an object literal: `{ name, code, ...reasonOf('progress.future') }`. */
export const reasonOf = (reason: MessageCode, params?: MessageParams): Pick<InvalidParam, 'reason' | 'reasonCode' | 'reasonParams'> => ({
  reason: formatMessage('nl', reason, params),
  reasonCode: reason,
  ...(params ? { reasonParams: params } : {}),
});

/** What `notFound` says is missing. */
export type NotFoundSubject =
  | 'item'
  | 'wijk'
  | 'tenant'
  | 'plan'
  | 'goal'
  | 'action'
  | 'milestone'
  | 'org_unit'
  | 'user'
  | 'admin'
  | 'indicator'
  | 'area'
  | 'indicator_target';

export const notFound = (what: NotFoundSubject = 'item') => new DomainError('not_found', `not_found.${what}`);

export const invalid = (invalidParams: InvalidParam[], detail: MessageCode | Message = 'problem.invalid') =>
  new DomainError('validation_failed', detail, { invalidParams });

export const invalidField = (name: string, code: string, reason: MessageCode, params?: MessageParams) =>
  invalid([param(name, code, reason, params)]);

export const versionConflict = (currentVersion: number) =>
  new DomainError('version_conflict', 'problem.version_conflict', { currentVersion });

/** An invalid parameter in a language: its reason rewritten from its catalogue code, when it has one. */
export function localizeParam(p: InvalidParam, language: ProblemLanguage): InvalidParam {
  return isMessageCode(p.reasonCode) ? { ...p, reason: formatMessage(language, p.reasonCode, p.reasonParams) } : p;
}

export function statusOf(code: ErrorCode): number {
  switch (code) {
    case 'validation_failed':
      return 400;
    case 'unauthenticated':
    case 'temporary_password_expired':
      return 401;
    case 'forbidden':
    case 'csrf_failed':
    case 'password_change_required':
    case 'tenant_inactive':
      return 403;
    case 'not_found':
      return 404;
    case 'method_not_allowed':
      return 405;
    case 'conflict':
    case 'version_conflict':
    case 'plan_read_only':
    case 'invalid_transition':
    case 'plan_incomplete':
    case 'plan_in_force':
    case 'period_closed':
      return 409;
    case 'unprocessable':
      return 422;
    case 'too_many_attempts':
      return 429;
    case 'database_unavailable':
      return 503;
    case 'internal':
      return 500;
  }
}

export function titleOf(code: ErrorCode, language: ProblemLanguage = 'nl'): string {
  return problemTitle(language, code);
}
