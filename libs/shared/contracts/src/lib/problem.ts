import type { PlanInForceRef } from './plans';

/**
 * RFC 9457 problem details, as required by the Dutch API Design Rules.
 * Served with content type `application/problem+json`.
 */
export interface InvalidParam {
  /** The field, as a dotted path into the request body or query (`cbsUnits.0.code`, `rows.3.naam`). */
  name: string;
  /** A stable machine code, e.g. `required`, `format`, `too_long`, `unknown_cbs_code`. */
  code: string;
  /** Plain-language explanation, in the language of the request's `Accept-Language` (Dutch by default). */
  reason: string;
  /** The message catalogue's code of `reason` (see `@wk/util` messages), for clients that translate by code. */
  reasonCode?: string;
  /** The values the message names (`{ min: 2000, max: 2100 }`). */
  reasonParams?: Readonly<Record<string, string | number>>;
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  /** The message catalogue's code of `detail`, for clients that translate by code. */
  detailCode?: string;
  detailParams?: Readonly<Record<string, string | number>>;
  instance?: string;
  /** Stable error code, e.g. `validation_failed`, `not_found`, `conflict`. */
  code: string;
  invalidParams?: InvalidParam[];
  /** For 409 on stale writes: the current version of the object. */
  currentVersion?: number;
  /** For 409 `plan_in_force`: the plans in force that the adoption would stand beside. */
  plansInForce?: PlanInForceRef[];
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** The languages the API writes problem details in; the first is the default. */
export const PROBLEM_LANGUAGES = ['nl', 'en'] as const;
export type ProblemLanguage = (typeof PROBLEM_LANGUAGES)[number];

export const ERROR_CODES = [
  'validation_failed',
  'unauthenticated',
  'forbidden',
  'not_found',
  /** The path exists, but not with this HTTP method: the answer's `Allow` header names the methods it has. */
  'method_not_allowed',
  'conflict',
  'version_conflict',
  /** The plan revision is in review, adopted or archived: it cannot be changed. */
  'plan_read_only',
  /** The lifecycle step is not possible from the plan's current status. */
  'invalid_transition',
  /** The completeness check still reports errors. */
  'plan_incomplete',
  /** Another plan is in force for the same wijk (and theme): adopt it as a replacement, or give the plans different themes. */
  'plan_in_force',
  /** The reporting period is closed: no update can be added. */
  'period_closed',
  'too_many_attempts',
  /** A temporary password is in use: change it first (POST /auth/password). */
  'password_change_required',
  /** Sign-in with a temporary password that has expired. */
  'temporary_password_expired',
  /** The gemeente has been deactivated by the platform operator. */
  'tenant_inactive',
  'csrf_failed',
  /** The database cannot be reached for a moment (a restart, a failover): retry after `Retry-After` seconds. */
  'database_unavailable',
  /** A file that cannot be taken in as it is: damaged, changed, or made for another database schema (422). */
  'unprocessable',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];
