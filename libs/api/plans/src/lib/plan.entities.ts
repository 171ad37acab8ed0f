import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import type { BlockCode, Cadence, PillarCode, PlanSections, PlanStatus, Quarter } from '@wk/contracts';
import { bigintCents } from '@wk/api/core';
import { OrgUnitEntity, TenantEntity, UserEntity } from '@wk/api/tenancy/entities';
import { WijkEntity } from '@wk/api/wijken/entities';

/**
 * One revision of a wijkplan. Revisions of the same plan share `lineage_id`; at most one revision per
 * lineage is open (draft or in review) and at most one is adopted at any time (partial unique indexes).
 */
@Entity('plans')
@Unique('uq_plans_lineage_revision', ['tenantId', 'lineageId', 'revision'])
@Index('uq_plans_one_open_revision', ['tenantId', 'lineageId'], {
  unique: true,
  where: `status IN ('draft', 'in_review')`,
})
@Index('uq_plans_one_adopted_revision', ['tenantId', 'lineageId'], {
  unique: true,
  where: `status = 'adopted'`,
})
@Check('ck_plans_horizon', `end_year >= start_year`)
@Check('ck_plans_cadence', `cadence IN ('quarterly', 'yearly')`)
@Check('ck_plans_status', `status IN ('draft', 'in_review', 'adopted', 'archived')`)
@Check('ck_plans_adoption', `status IN ('draft', 'in_review') OR (adopted_on IS NOT NULL AND decision_reference IS NOT NULL)`)
export class PlanEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @PrimaryColumn({ name: 'tenant_id', type: 'uuid' }) tenantId!: string;
  @ManyToOne(() => TenantEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'tenant_id' })
  tenant?: TenantEntity;
  @Column({ name: 'lineage_id', type: 'uuid' }) lineageId!: string;
  @Column({ type: 'smallint' }) revision!: number;
  @Column({ type: 'varchar', length: 200 }) title!: string;
  /** Optional theme: two plans in force for one wijk must name different themes. */
  @Column({ type: 'varchar', length: 100, nullable: true }) theme!: string | null;
  @Column({ type: 'text', default: '' }) vision!: string;
  @Column({ name: 'start_year', type: 'smallint' }) startYear!: number;
  @Column({ name: 'end_year', type: 'smallint' }) endYear!: number;
  @Column({ type: 'jsonb' }) sections!: PlanSections;
  @Column({ type: 'varchar', length: 10, default: 'quarterly' })
  cadence!: Cadence;
  @Column({ type: 'varchar', length: 12 }) status!: PlanStatus;
  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;
  @Column({ name: 'adopted_on', type: 'date', nullable: true }) adoptedOn!: string | null;
  @Column({
    name: 'decision_reference',
    type: 'varchar',
    length: 200,
    nullable: true,
  })
  decisionReference!: string | null;
  @Column({ name: 'adopted_at', type: 'timestamptz', nullable: true })
  adoptedAt!: Date | null;
  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true })
  archivedAt!: Date | null;
  /** Invented demo content, labelled as such in the interface. */
  @Column({ type: 'boolean', default: false }) demo!: boolean;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
  @VersionColumn() version!: number;
}

/** The wijken a plan covers (one, or a group of wijken of the tenant). */
@Entity('plan_wijken')
@Index('ix_plan_wijken_wijk', ['tenantId', 'wijkId'])
export class PlanWijkEntity {
  @PrimaryColumn({ name: 'tenant_id', type: 'uuid' }) tenantId!: string;
  @PrimaryColumn({ name: 'plan_id', type: 'uuid' }) planId!: string;
  @PrimaryColumn({ name: 'wijk_id', type: 'uuid' }) wijkId!: string;
  @Column({ type: 'smallint', default: 0 }) position!: number;
  @ManyToOne(() => PlanEntity, { onDelete: 'CASCADE' })
  @JoinColumn([
    { name: 'tenant_id', referencedColumnName: 'tenantId' },
    { name: 'plan_id', referencedColumnName: 'id' },
  ])
  plan?: PlanEntity;
  @ManyToOne(() => WijkEntity, { onDelete: 'RESTRICT' })
  @JoinColumn([
    { name: 'tenant_id', referencedColumnName: 'tenantId' },
    { name: 'wijk_id', referencedColumnName: 'id' },
  ])
  wijk?: WijkEntity;
}

/** A goal (doel) under one building block, and under B4 also one pillar. */
@Entity('plan_goals')
@Unique('uq_plan_goals_plan_key', ['tenantId', 'planId', 'key'])
@Index('ix_plan_goals_plan', ['tenantId', 'planId'])
@Check('ck_plan_goals_block', `block IN ('B1', 'B2', 'B3', 'B4', 'B5', 'B6')`)
@Check('ck_plan_goals_pillar', `(block = 'B4' AND pillar IN ('P1', 'P2', 'P3')) OR (block <> 'B4' AND pillar IS NULL)`)
export class GoalEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @PrimaryColumn({ name: 'tenant_id', type: 'uuid' }) tenantId!: string;
  @Column({ name: 'plan_id', type: 'uuid' }) planId!: string;
  @ManyToOne(() => PlanEntity, { onDelete: 'CASCADE' })
  @JoinColumn([
    { name: 'tenant_id', referencedColumnName: 'tenantId' },
    { name: 'plan_id', referencedColumnName: 'id' },
  ])
  plan?: PlanEntity;
  /** Stable across revisions. */
  @Column({ type: 'uuid' }) key!: string;
  @Column({ type: 'varchar', length: 2 }) block!: BlockCode;
  @Column({ type: 'varchar', length: 2, nullable: true })
  pillar!: PillarCode | null;
  @Column({ type: 'text' }) statement!: string;
  @Column({ type: 'text', nullable: true }) target!: string | null;
  @Column({ type: 'integer' }) position!: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
  @VersionColumn() version!: number;
}

/** An action (maatregel) under one goal. */
@Entity('plan_actions')
@Unique('uq_plan_actions_plan_key', ['tenantId', 'planId', 'key'])
@Index('ix_plan_actions_plan', ['tenantId', 'planId'])
@Index('ix_plan_actions_goal', ['tenantId', 'goalId'])
@Index('ix_plan_actions_lead', ['tenantId', 'leadUnitId'])
@Check('ck_plan_actions_quarters', `start_quarter BETWEEN 1 AND 4 AND end_quarter BETWEEN 1 AND 4`)
@Check('ck_plan_actions_period', `end_year * 4 + end_quarter >= start_year * 4 + start_quarter`)
export class ActionEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @PrimaryColumn({ name: 'tenant_id', type: 'uuid' }) tenantId!: string;
  @Column({ name: 'plan_id', type: 'uuid' }) planId!: string;
  @ManyToOne(() => PlanEntity, { onDelete: 'CASCADE' })
  @JoinColumn([
    { name: 'tenant_id', referencedColumnName: 'tenantId' },
    { name: 'plan_id', referencedColumnName: 'id' },
  ])
  plan?: PlanEntity;
  @Column({ name: 'goal_id', type: 'uuid' }) goalId!: string;
  @ManyToOne(() => GoalEntity, { onDelete: 'CASCADE' })
  @JoinColumn([
    { name: 'tenant_id', referencedColumnName: 'tenantId' },
    { name: 'goal_id', referencedColumnName: 'id' },
  ])
  goal?: GoalEntity;
  @Column({ type: 'uuid' }) key!: string;
  @Column({ type: 'varchar', length: 300 }) title!: string;
  @Column({ type: 'text', default: '' }) description!: string;
  @Column({ name: 'lead_unit_id', type: 'uuid', nullable: true }) leadUnitId!: string | null;
  @ManyToOne(() => OrgUnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn([
    { name: 'tenant_id', referencedColumnName: 'tenantId' },
    { name: 'lead_unit_id', referencedColumnName: 'id' },
  ])
  leadUnit?: OrgUnitEntity;
  @Column({ name: 'owner_id', type: 'uuid', nullable: true }) ownerId!: string | null;
  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn([
    { name: 'tenant_id', referencedColumnName: 'tenantId' },
    { name: 'owner_id', referencedColumnName: 'id' },
  ])
  owner?: UserEntity;
  @Column({ name: 'start_year', type: 'smallint' }) startYear!: number;
  @Column({ name: 'start_quarter', type: 'smallint' }) startQuarter!: Quarter;
  @Column({ name: 'end_year', type: 'smallint' }) endYear!: number;
  @Column({ name: 'end_quarter', type: 'smallint' }) endQuarter!: Quarter;
  @Column({ type: 'integer' }) position!: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
  @VersionColumn() version!: number;
}

/** Contributing departments and partners of an action. */
@Entity('plan_action_units')
@Index('ix_plan_action_units_unit', ['tenantId', 'orgUnitId'])
export class ActionUnitEntity {
  @PrimaryColumn({ name: 'tenant_id', type: 'uuid' }) tenantId!: string;
  @PrimaryColumn({ name: 'action_id', type: 'uuid' }) actionId!: string;
  @PrimaryColumn({ name: 'org_unit_id', type: 'uuid' }) orgUnitId!: string;
  @ManyToOne(() => ActionEntity, { onDelete: 'CASCADE' })
  @JoinColumn([
    { name: 'tenant_id', referencedColumnName: 'tenantId' },
    { name: 'action_id', referencedColumnName: 'id' },
  ])
  action?: ActionEntity;
  @ManyToOne(() => OrgUnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn([
    { name: 'tenant_id', referencedColumnName: 'tenantId' },
    { name: 'org_unit_id', referencedColumnName: 'id' },
  ])
  orgUnit?: OrgUnitEntity;
}

/** Planned budget of an action for one year, in integer euro cents. */
@Entity('plan_action_budgets')
@Check('ck_plan_action_budgets_amount', `amount_cents >= 0`)
export class ActionBudgetEntity {
  @PrimaryColumn({ name: 'tenant_id', type: 'uuid' }) tenantId!: string;
  @PrimaryColumn({ name: 'action_id', type: 'uuid' }) actionId!: string;
  @PrimaryColumn({ type: 'smallint' }) year!: number;
  @Column({ name: 'amount_cents', type: 'bigint', transformer: bigintCents })
  amountCents!: number;
  @ManyToOne(() => ActionEntity, { onDelete: 'CASCADE' })
  @JoinColumn([
    { name: 'tenant_id', referencedColumnName: 'tenantId' },
    { name: 'action_id', referencedColumnName: 'id' },
  ])
  action?: ActionEntity;
}

@Entity('plan_action_milestones')
@Index('ix_plan_action_milestones_action', ['tenantId', 'actionId'])
export class MilestoneEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @PrimaryColumn({ name: 'tenant_id', type: 'uuid' }) tenantId!: string;
  @Column({ name: 'action_id', type: 'uuid' }) actionId!: string;
  @ManyToOne(() => ActionEntity, { onDelete: 'CASCADE' })
  @JoinColumn([
    { name: 'tenant_id', referencedColumnName: 'tenantId' },
    { name: 'action_id', referencedColumnName: 'id' },
  ])
  action?: ActionEntity;
  @Column({ type: 'varchar', length: 300 }) title!: string;
  @Column({ name: 'due_date', type: 'date' }) dueDate!: string;
  /** Stable across revisions (as an action's key): marks of "done" on the adopted plan follow it. */
  @Column({ type: 'uuid' }) key!: string;
  @Column({ type: 'boolean', default: false }) done!: boolean;
  @Column({ type: 'smallint' }) position!: number;
}

/**
 * An effect indicator of a goal: for one wijk of the plan, a baseline, a target and intermediate targets. Copied with
 * the goal to a new revision (matched by the goal's key).
 */
@Entity('goal_indicator_targets')
@Index('ix_goal_indicator_targets_plan', ['tenantId', 'planId'])
@Index('ix_goal_indicator_targets_goal', ['tenantId', 'goalId'])
@Check('ck_goal_indicator_targets_years', `target_year > baseline_year`)
export class GoalIndicatorTargetEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @PrimaryColumn({ name: 'tenant_id', type: 'uuid' }) tenantId!: string;
  @Column({ name: 'plan_id', type: 'uuid' }) planId!: string;
  @ManyToOne(() => PlanEntity, { onDelete: 'CASCADE' })
  @JoinColumn([
    { name: 'tenant_id', referencedColumnName: 'tenantId' },
    { name: 'plan_id', referencedColumnName: 'id' },
  ])
  plan?: PlanEntity;
  @Column({ name: 'goal_id', type: 'uuid' }) goalId!: string;
  @ManyToOne(() => GoalEntity, { onDelete: 'CASCADE' })
  @JoinColumn([
    { name: 'tenant_id', referencedColumnName: 'tenantId' },
    { name: 'goal_id', referencedColumnName: 'id' },
  ])
  goal?: GoalEntity;
  @Column({ name: 'wijk_id', type: 'uuid' }) wijkId!: string;
  @ManyToOne(() => WijkEntity, { onDelete: 'RESTRICT' })
  @JoinColumn([
    { name: 'tenant_id', referencedColumnName: 'tenantId' },
    { name: 'wijk_id', referencedColumnName: 'id' },
  ])
  wijk?: WijkEntity;
  @Column({ name: 'indicator_code', type: 'varchar', length: 60 }) indicatorCode!: string;
  @Column({ name: 'baseline_year', type: 'smallint' }) baselineYear!: number;
  @Column({ name: 'baseline_value', type: 'double precision' }) baselineValue!: number;
  @Column({ name: 'target_year', type: 'smallint' }) targetYear!: number;
  @Column({ name: 'target_value', type: 'double precision' }) targetValue!: number;
  @Column({ type: 'jsonb', default: () => "'[]'" }) intermediate!: { year: number; value: number }[];
  @Column({ name: 'tolerance_percent', type: 'double precision', default: 10 }) tolerancePercent!: number;
  @Column({ type: 'smallint', default: 0 }) position!: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
  @VersionColumn() version!: number;
}

export const PLAN_ENTITIES = [
  PlanEntity,
  PlanWijkEntity,
  GoalEntity,
  ActionEntity,
  ActionUnitEntity,
  ActionBudgetEntity,
  MilestoneEntity,
  GoalIndicatorTargetEntity,
];
