/**
 * Ending sessions, for contexts that change who may do what (a role changed, a member deactivated, a gemeente
 * switched off). Owned and implemented by auth (AuthSessions), which alone touches the `sessions` table; other
 * contexts inject this port. Runs in the request's transaction, so a refused change ends no session.
 */
export abstract class Sessions {
  /** Ends every open session of one member of the tenant. */
  abstract endForMember(tenantId: string, userId: string): Promise<void>;
  /** Ends every open session in the tenant. */
  abstract endForTenant(tenantId: string): Promise<void>;
}
