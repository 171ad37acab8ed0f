import { createParamDecorator, SetMetadata } from '@nestjs/common';
import { DomainError } from './errors';
import { currentContext, type Actor } from './request-context';
import type { Role } from '@wk/contracts';

/**
 * Deny by default: every route declares who may call it with exactly one of these decorators.
 * A route without one is refused at start-up (see AccessRegistry in the auth module).
 */
export type Access = { kind: 'public' } | { kind: 'operator' } | { kind: 'authenticated' } | { kind: 'roles'; roles: Role[] };

export const ACCESS_KEY = 'wk:access';

/** No sign-in needed (sign-in itself, health, OpenAPI). */
export const Public = () => SetMetadata(ACCESS_KEY, { kind: 'public' } satisfies Access);
/** Only the platform operator. */
export const OperatorOnly = () => SetMetadata(ACCESS_KEY, { kind: 'operator' } satisfies Access);
/** Anyone signed in, user or operator (own session). */
export const Authenticated = () => SetMetadata(ACCESS_KEY, { kind: 'authenticated' } satisfies Access);
/** Users of the tenant with one of these roles. */
export const Roles = (...roles: Role[]) => SetMetadata(ACCESS_KEY, { kind: 'roles', roles } satisfies Access);

export const ALL_ROLES: Role[] = ['admin', 'planner', 'contributor', 'viewer'];

/** The verified actor of this request (set by the auth guard). */
export const CurrentActor = createParamDecorator((): Actor => {
  const actor = currentContext()?.actor;
  if (!actor) throw new DomainError('unauthenticated', 'auth.not_signed_in');
  return actor;
});

/** A tenant user's actor (never the operator). */
export interface TenantActor extends Actor {
  tenantId: string;
}
export const CurrentUser = createParamDecorator((): TenantActor => {
  const actor = currentContext()?.actor;
  if (!actor || actor.kind !== 'user' || !actor.tenantId) throw new DomainError('unauthenticated', 'auth.not_signed_in');
  return actor as TenantActor;
});

export const OWN_TRANSACTIONS_KEY = 'wk:own-transactions';
/**
 * The handler opens its own short transactions (sign-in, session, sign-out) instead of running inside
 * the request's tenant transaction. Needed where a second transaction would wait on the first (PGlite
 * serialises transactions).
 */
export const OwnTransactions = () => SetMetadata(OWN_TRANSACTIONS_KEY, true);

export const ALLOWED_WITH_TEMPORARY_PASSWORD_KEY = 'wk:allowed-with-temporary-password';
/**
 * The route stays open while the signed-in person must still replace a temporary password (the password
 * change itself, the session and sign-out). Every other route answers 403 `password_change_required`.
 */
export const AllowedWithTemporaryPassword = () => SetMetadata(ALLOWED_WITH_TEMPORARY_PASSWORD_KEY, true);

/**
 * Readers (role `viewer`: council members, executives) see what the gemeente has decided: adopted and archived
 * plans, never drafts or plans in review. Every read of a plan checks `readerMaySee`.
 */
export const READER_PLAN_STATUSES = ['adopted', 'archived'] as const;

/** Whether the signed-in user is a reader (role `viewer`). */
export function isReader(): boolean {
  return currentContext()?.actor?.role === 'viewer';
}

/** False for a reader and a plan that is not adopted or archived (the API then answers 404, as if it did not exist). */
export function readerMaySee(status: string): boolean {
  return !isReader() || (READER_PLAN_STATUSES as readonly string[]).includes(status);
}
