import { AsyncLocalStorage } from 'node:async_hooks';
import type { EntityManager } from 'typeorm';
import type { Role } from '@wk/contracts';

/** The verified identity behind a request (from the session cookie, never from a header or body). */
export interface Actor {
  kind: 'user' | 'operator';
  id: string;
  name: string;
  tenantId: string | null;
  role: Role | null;
  orgUnitIds: string[];
  sessionId: string;
}

export interface RequestContextStore {
  requestId: string;
  ip: string;
  actor: Actor | null;
  /** The tenant whose data this transaction may touch (equals `app.tenant_id` in the database). */
  tenantId: string | null;
  /** The transaction of this request's database work; set by the tenant transaction interceptor. */
  manager: EntityManager | null;
  /** The tenant's data version, read with the session (see TenantDataVersionEntity); null without a tenant. */
  dataVersion?: string | null;
}

export const requestContext = new AsyncLocalStorage<RequestContextStore>();

export function currentContext(): RequestContextStore | undefined {
  return requestContext.getStore();
}

/** The tenant of the signed-in user; throws outside a tenant request. Used to scope every query explicitly. */
export function currentTenantId(): string {
  const tenantId = currentContext()?.tenantId;
  if (!tenantId) throw new Error('No tenant in this request context');
  return tenantId;
}
