import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { TenantEntity } from '@wk/api/tenancy/entities';

/**
 * Every e-mail the product makes (mail_outbox): one row per message, made once — `dedupe_key` is unique per tenant
 * (`digest:<user>:<week>`), which is what keeps a digest to one per user and week with any number of API
 * instances. `sent_at` is set when SMTP accepted it, or when it was only kept here (`delivery` outbox: no SMTP_URL).
 */
@Entity('mail_outbox')
@Index('uq_mail_outbox_dedupe', ['tenantId', 'dedupeKey'], { unique: true })
@Index('ix_mail_outbox_created', ['tenantId', 'createdAt'])
export class MailOutboxEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @PrimaryColumn({ name: 'tenant_id', type: 'uuid' }) tenantId!: string;
  @ManyToOne(() => TenantEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'tenant_id' })
  tenant?: TenantEntity;
  @Column({ type: 'varchar', length: 30 }) kind!: 'digest' | 'period_closed';
  @Column({ name: 'to_user_id', type: 'uuid', nullable: true }) toUserId!: string | null;
  @Column({ name: 'to_address', type: 'varchar', length: 254 }) toAddress!: string;
  @Column({ type: 'varchar', length: 300 }) subject!: string;
  @Column({ name: 'body_text', type: 'text' }) bodyText!: string;
  @Column({ name: 'dedupe_key', type: 'varchar', length: 200 }) dedupeKey!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true }) sentAt!: Date | null;
  @Column({ type: 'varchar', length: 10, nullable: true }) delivery!: 'smtp' | 'outbox' | null;
  @Column({ type: 'integer', default: 0 }) attempts!: number;
  @Column({ name: 'last_error', type: 'text', nullable: true }) lastError!: string | null;
}

/** A user who does not want the weekly digest (reminder_unsubscribes). */
@Entity('reminder_unsubscribes')
export class ReminderUnsubscribeEntity {
  @PrimaryColumn({ name: 'tenant_id', type: 'uuid' }) tenantId!: string;
  @PrimaryColumn({ name: 'user_id', type: 'uuid' }) userId!: string;
  @ManyToOne(() => TenantEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'tenant_id' })
  tenant?: TenantEntity;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
