import { Injectable } from '@nestjs/common';
import type { AuditEvent, Page } from '@wk/contracts';
import { Clock, currentContext, currentTenantId, Db, isReader } from '@wk/api/core';
import { AuditEventEntity } from './audit.entity';

/** Writes an audit event in the same transaction as the change it records. */
@Injectable()
export class AuditService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
  ) {}

  async record(input: {
    tenantId: string;
    action: string;
    objectType: string;
    objectId: string | null;
    before?: unknown;
    after?: unknown;
  }): Promise<void> {
    const ctx = currentContext();
    const actor = ctx?.actor ?? null;
    await this.db.manager().insert(AuditEventEntity, {
      tenantId: input.tenantId,
      actorKind: actor?.kind ?? 'system',
      actorId: actor?.id ?? null,
      actorName: actor?.name ?? null,
      action: input.action,
      objectType: input.objectType,
      objectId: input.objectId,
      before: toJson(input.before),
      after: toJson(input.after),
      requestId: ctx?.requestId ?? null,
      occurredAt: this.clock.now(),
    });
  }

  async list(filter: { objectType?: string; objectId?: string; limit: number; offset: number }): Promise<Page<AuditEvent>> {
    const qb = this.db
      .manager()
      .createQueryBuilder(AuditEventEntity, 'e')
      .orderBy('e.occurredAt', 'DESC')
      .addOrderBy('e.id', 'DESC')
      .take(filter.limit)
      .skip(filter.offset);
    if (filter.objectType) qb.andWhere('e.objectType = :t', { t: filter.objectType });
    // A reader sees the history of the wijken only: no user administration, no drafts.
    if (isReader()) qb.andWhere('e.objectType = :reader', { reader: 'wijk' });
    if (filter.objectId) qb.andWhere('e.objectId = :o', { o: filter.objectId });
    const [rows, total] = await qb.getManyAndCount();
    return { total, items: rows.map(toEvent) };
  }

  /**
   * Events of one object and of the objects that name it under `key` in their before/after
   * (e.g. the goals and actions of a plan carry `planId`), newest first.
   */
  async listRelated(objectId: string, key: string, limit: number): Promise<Page<AuditEvent>> {
    const [rows, total] = await this.db
      .manager()
      .createQueryBuilder(AuditEventEntity, 'e')
      .where('e.tenantId = :tenantId', { tenantId: currentTenantId() })
      .andWhere(`(e.objectId = :id OR e.after ->> :key = :id OR e.before ->> :key = :id)`, { id: objectId, key })
      .orderBy('e.occurredAt', 'DESC')
      .addOrderBy('e.id', 'DESC')
      .take(limit)
      .getManyAndCount();
    return { total, items: rows.map(toEvent) };
  }
}

function toEvent(e: AuditEventEntity): AuditEvent {
  return {
    id: e.id,
    occurredAt: e.occurredAt.toISOString(),
    actorId: e.actorId,
    actorName: e.actorName,
    action: e.action,
    objectType: e.objectType,
    objectId: e.objectId,
    before: e.before,
    after: e.after,
    requestId: e.requestId,
  };
}

/** Stored as jsonb; undefined and primitives become null or a wrapped value. */
function toJson(value: unknown): object | null {
  if (value === undefined || value === null) return null;
  return typeof value === 'object' ? (JSON.parse(JSON.stringify(value)) as object) : { value };
}
