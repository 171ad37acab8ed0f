import type { EntityManager } from 'typeorm';
import { currentContext } from '@wk/api/core';

/**
 * Writes one audit event from the auth layer, whose routes run outside the request transaction (so not through
 * AuditService, which writes in it). The actor is the request's unless given; `occurredAt: null` takes the
 * database's real time (`now()`), which security events use like the sessions beside them in the sign-in history,
 * whatever day the product's clock is pinned on.
 */
export async function insertAuditEvent(
  m: EntityManager,
  event: {
    tenantId: string;
    action: string;
    objectType: string;
    objectId: string | null;
    before?: unknown;
    after?: unknown;
    occurredAt: Date | null;
    actor?: { kind: string; id: string; name: string };
  },
): Promise<void> {
  const actor = event.actor ?? currentContext()?.actor;
  await m.query(
    `INSERT INTO audit_events (tenant_id, actor_kind, actor_id, actor_name, action, object_type, object_id, before, after, request_id, occurred_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, COALESCE($11::timestamptz, now()))`,
    [
      event.tenantId,
      actor?.kind ?? 'system',
      actor?.id ?? null,
      actor?.name ?? null,
      event.action,
      event.objectType,
      event.objectId,
      event.before == null ? null : JSON.stringify(event.before),
      event.after == null ? null : JSON.stringify(event.after),
      currentContext()?.requestId ?? null,
      event.occurredAt,
    ],
  );
}
