import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import type { ActionStatus, Quarter } from '@wk/contracts';
import { UserEntity } from '@wk/api/tenancy/entities';
import { bigintCents } from '@wk/api/core';
import { ActionEntity } from '@wk/api/plans/entities';

/**
 * A progress update of an action for one period. Never changed or deleted: a correction is a new update
 * for the same period, and the latest one counts. `lineage_id` + `action_key` carry the update across the
 * plan's revisions (an action keeps its key when a new revision is adopted).
 */
@Entity('progress_updates')
/**
 * The views read an action's updates in period order, newest first within a period: a covering index
 * (migration ProgressCoveringIndex) makes that an index-only scan over the wijk's own rows, however many
 * other rows the table holds. TypeORM cannot express INCLUDE or DESC, hence synchronize: false.
 */
@Index('ix_progress_updates_action_period', { synchronize: false })
@Index('ix_progress_updates_action', ['tenantId', 'actionId'])
@Check('ck_progress_updates_quarter', `quarter IS NULL OR quarter BETWEEN 1 AND 4`)
@Check('ck_progress_updates_percent', `percent_complete BETWEEN 0 AND 100`)
@Check('ck_progress_updates_spent', `spent_cents >= 0`)
@Check('ck_progress_updates_status', `status IN ('not_started', 'on_track', 'at_risk', 'delayed', 'completed', 'cancelled')`)
export class ProgressUpdateEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @PrimaryColumn({ name: 'tenant_id', type: 'uuid' }) tenantId!: string;
  @Column({ name: 'action_id', type: 'uuid' }) actionId!: string;
  @ManyToOne(() => ActionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn([
    { name: 'tenant_id', referencedColumnName: 'tenantId' },
    { name: 'action_id', referencedColumnName: 'id' },
  ])
  action?: ActionEntity;
  @Column({ name: 'lineage_id', type: 'uuid' }) lineageId!: string;
  @Column({ name: 'action_key', type: 'uuid' }) actionKey!: string;
  @Column({ type: 'smallint' }) year!: number;
  @Column({ type: 'smallint', nullable: true }) quarter!: Quarter | null;
  @Column({ type: 'varchar', length: 12 }) status!: ActionStatus;
  @Column({ name: 'percent_complete', type: 'smallint' })
  percentComplete!: number;
  @Column({ type: 'text' }) narrative!: string;
  @Column({ name: 'spent_cents', type: 'bigint', transformer: bigintCents })
  spentCents!: number;
  @Column({ name: 'author_id', type: 'uuid', nullable: true }) authorId!: string | null;
  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn([
    { name: 'tenant_id', referencedColumnName: 'tenantId' },
    { name: 'author_id', referencedColumnName: 'id' },
  ])
  author?: UserEntity;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** A reporting period a planner closed for a plan (all its revisions): no update can be added for it. */
@Entity('plan_closed_periods')
export class ClosedPeriodEntity {
  @PrimaryColumn({ name: 'tenant_id', type: 'uuid' }) tenantId!: string;
  @PrimaryColumn({ name: 'lineage_id', type: 'uuid' }) lineageId!: string;
  /** `2026-Q3` or `2026`. */
  @PrimaryColumn({ name: 'period_key', type: 'varchar', length: 7 })
  periodKey!: string;
  @Column({ type: 'smallint' }) year!: number;
  @Column({ type: 'smallint', nullable: true }) quarter!: Quarter | null;
  @Column({ name: 'closed_by', type: 'uuid', nullable: true }) closedBy!: string | null;
  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn([
    { name: 'tenant_id', referencedColumnName: 'tenantId' },
    { name: 'closed_by', referencedColumnName: 'id' },
  ])
  closer?: UserEntity;
  @CreateDateColumn({ name: 'closed_at', type: 'timestamptz' }) closedAt!: Date;
}

/**
 * An action's progress in one year, derived from its updates by the database (trigger on progress_updates,
 * migration ProgressSummaries): the application only reads it. `reported` has bit q-1 set for each reported
 * quarter q and bit 4 for a yearly report; the status, percent and time are those of the year's latest
 * reported period; `spentCents` adds up the year's periods (the latest update of each period counts).
 */
@Entity('progress_action_years')
@Check('CHK_progress_action_years_reported', `reported BETWEEN 1 AND 31`)
@Check('CHK_progress_action_years_last_quarter', `last_quarter IS NULL OR last_quarter BETWEEN 1 AND 4`)
export class ProgressYearEntity {
  @PrimaryColumn({ name: 'tenant_id', type: 'uuid' }) tenantId!: string;
  @PrimaryColumn({ name: 'lineage_id', type: 'uuid' }) lineageId!: string;
  @PrimaryColumn({ name: 'action_key', type: 'uuid' }) actionKey!: string;
  @PrimaryColumn({ type: 'smallint' }) year!: number;
  @Column({ type: 'smallint' }) reported!: number;
  @Column({ name: 'last_quarter', type: 'smallint', nullable: true })
  lastQuarter!: Quarter | null;
  @Column({ type: 'varchar', length: 12 }) status!: ActionStatus;
  @Column({ name: 'percent_complete', type: 'smallint' })
  percentComplete!: number;
  @Column({ name: 'last_created_at', type: 'timestamptz' })
  lastCreatedAt!: Date;
  @Column({ name: 'spent_cents', type: 'bigint', transformer: bigintCents })
  spentCents!: number;
}

/**
 * A mark on a milestone of an adopted plan: done, or not done after all. Never changed or deleted; the latest
 * mark of a milestone counts. `lineage_id` + `action_key` + `milestone_key` carry it across revisions.
 */
@Entity('progress_milestone_updates')
@Index('ix_progress_milestone_updates_milestone', ['tenantId', 'lineageId', 'actionKey', 'milestoneKey', 'createdAt'])
export class MilestoneUpdateEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @PrimaryColumn({ name: 'tenant_id', type: 'uuid' }) tenantId!: string;
  @Column({ name: 'action_id', type: 'uuid' }) actionId!: string;
  @ManyToOne(() => ActionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn([
    { name: 'tenant_id', referencedColumnName: 'tenantId' },
    { name: 'action_id', referencedColumnName: 'id' },
  ])
  action?: ActionEntity;
  @Column({ name: 'lineage_id', type: 'uuid' }) lineageId!: string;
  @Column({ name: 'action_key', type: 'uuid' }) actionKey!: string;
  @Column({ name: 'milestone_key', type: 'uuid' }) milestoneKey!: string;
  @Column({ type: 'boolean' }) done!: boolean;
  @Column({ type: 'varchar', length: 1000, default: '' }) note!: string;
  @Column({ name: 'author_id', type: 'uuid', nullable: true }) authorId!: string | null;
  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn([
    { name: 'tenant_id', referencedColumnName: 'tenantId' },
    { name: 'author_id', referencedColumnName: 'id' },
  ])
  author?: UserEntity;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

export const PROGRESS_ENTITIES = [ProgressUpdateEntity, MilestoneUpdateEntity, ClosedPeriodEntity, ProgressYearEntity];
