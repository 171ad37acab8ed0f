import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Append-only: the application role may insert and read, never update or delete.
 * No foreign key on tenant_id on purpose: a log is not part of the object graph.
 */
@Entity('audit_events')
@Index('ix_audit_events_object', ['tenantId', 'objectType', 'objectId', 'occurredAt'])
@Index('ix_audit_events_tenant_time', ['tenantId', 'occurredAt'])
export class AuditEventEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @PrimaryColumn({ name: 'tenant_id', type: 'uuid' }) tenantId!: string;
  @Column({ name: 'occurred_at', type: 'timestamptz', default: () => 'now()' })
  occurredAt!: Date;
  @Column({ name: 'actor_kind', type: 'varchar', length: 10 }) actorKind!: 'user' | 'operator' | 'system';
  @Column({ name: 'actor_id', type: 'uuid', nullable: true }) actorId!: string | null;
  @Column({ name: 'actor_name', type: 'varchar', length: 200, nullable: true })
  actorName!: string | null;
  @Column({ type: 'varchar', length: 60 }) action!: string;
  @Column({ name: 'object_type', type: 'varchar', length: 60 })
  objectType!: string;
  @Column({ name: 'object_id', type: 'varchar', length: 100, nullable: true })
  objectId!: string | null;
  @Column({ type: 'jsonb', nullable: true }) before!: object | null;
  @Column({ type: 'jsonb', nullable: true }) after!: object | null;
  @Column({ name: 'request_id', type: 'varchar', length: 64, nullable: true })
  requestId!: string | null;
}
