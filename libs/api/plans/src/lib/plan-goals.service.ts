import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { BlockCode, PillarCode, Plan, PlanGoal } from '@wk/contracts';
import { Clock, Db, invalid, notFound, param, versionConflict } from '@wk/api/core';
import { AuditService } from '@wk/api/audit';
import { ActionEntity, GoalEntity } from './plan.entities';
import { PlanReader } from './plan-reader';
import { assertSameSet, blankToNull, PlanStructureLocks } from './plan-structure-locks';
import type { CreateGoalDto, ReorderGoalsDto, UpdateGoalDto } from './plans.dto';

const goalFields = (g: GoalEntity) => ({
  planId: g.planId,
  key: g.key,
  block: g.block,
  pillar: g.pillar,
  statement: g.statement,
  target: g.target,
  position: g.position,
});

/**
 * The goals of a plan. Every write locks the plan (and the goal) through {@link PlanStructureLocks} and
 * returns the whole plan (with its completeness check), which is what the plan page shows next.
 */
@Injectable()
export class PlanGoalsService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
    private readonly reader: PlanReader,
    private readonly clock: Clock,
    private readonly locks: PlanStructureLocks,
  ) {}

  async getGoal(id: string): Promise<PlanGoal> {
    const goal = await this.locks.goal(id);
    const found = (await this.reader.load(goal.planId)).goals.find((g) => g.id === id);
    if (!found) throw notFound('goal');
    return found;
  }

  async createGoal(tenantId: string, planId: string, dto: CreateGoalDto): Promise<Plan> {
    const plan = await this.locks.editablePlan(planId);
    const pillar = this.pillarFor(dto.block, dto.pillar ?? null, true);
    const m = this.db.manager();
    const goal = await m.save(
      m.create(GoalEntity, {
        tenantId,
        planId: plan.id,
        key: randomUUID(),
        block: dto.block,
        pillar,
        statement: dto.statement.trim(),
        target: blankToNull(dto.target),
        position: await this.locks.nextGoalPosition(tenantId, plan.id, dto.block, pillar),
      }),
    );
    await this.audit.record({
      tenantId,
      action: 'goal.created',
      objectType: 'goal',
      objectId: goal.id,
      after: goalFields(goal),
    });
    return this.reader.load(plan.id);
  }

  async updateGoal(tenantId: string, id: string, dto: UpdateGoalDto): Promise<Plan> {
    const { goal } = await this.locks.lockGoal(id, dto.version);
    const before = goalFields(goal);
    const block = dto.block ?? goal.block;
    // A goal that leaves B4 loses its pillar; one that enters B4 must be given one.
    const pillar = this.pillarFor(
      block,
      dto.pillar !== undefined ? dto.pillar : block === 'B4' ? goal.pillar : null,
      dto.pillar !== undefined,
    );
    if (block !== goal.block || pillar !== goal.pillar) {
      goal.position = await this.locks.nextGoalPosition(tenantId, goal.planId, block, pillar);
    }
    goal.block = block;
    goal.pillar = pillar;
    if (dto.statement !== undefined) goal.statement = dto.statement.trim();
    if (dto.target !== undefined) goal.target = blankToNull(dto.target);
    goal.updatedAt = this.clock.now();
    await this.db.manager().save(goal);
    await this.audit.record({
      tenantId,
      action: 'goal.updated',
      objectType: 'goal',
      objectId: id,
      before,
      after: goalFields(goal),
    });
    return this.reader.load(goal.planId);
  }

  /** Deletes the goal and its actions. */
  async removeGoal(tenantId: string, id: string, version: number): Promise<Plan> {
    const { goal } = await this.locks.lockGoal(id, version);
    const m = this.db.manager();
    const actions = await m.find(ActionEntity, {
      select: { id: true, title: true },
      where: { tenantId, goalId: id },
    });
    await m.delete(GoalEntity, { tenantId, id });
    await this.audit.record({
      tenantId,
      action: 'goal.deleted',
      objectType: 'goal',
      objectId: id,
      before: {
        ...goalFields(goal),
        actions: actions.map((a) => ({ id: a.id, title: a.title })),
      },
    });
    return this.reader.load(goal.planId);
  }

  /** New order of the goals of one block (and pillar); the list must hold exactly those goals. Carries the plan's version. */
  async reorderGoals(tenantId: string, planId: string, dto: ReorderGoalsDto): Promise<Plan> {
    const plan = await this.locks.editablePlan(planId);
    if (plan.version !== dto.version) throw versionConflict(plan.version);
    const pillar = this.pillarFor(dto.block, dto.pillar ?? null, true);
    const m = this.db.manager();
    const goals = await m.find(GoalEntity, {
      where: {
        tenantId,
        planId,
        block: dto.block,
        ...(pillar ? { pillar } : {}),
      },
    });
    const inGroup = goals.filter((g) => g.pillar === pillar);
    assertSameSet(
      inGroup.map((g) => g.id),
      dto.goalIds,
      'goalIds',
      'goal.reorder_mismatch',
    );
    const before = inGroup.sort((a, b) => a.position - b.position).map((g) => g.id);
    const now = this.clock.now();
    for (const [position, id] of dto.goalIds.entries()) await m.update(GoalEntity, { tenantId, id }, { position, updatedAt: now });
    plan.updatedAt = now;
    await m.save(plan);
    await this.audit.record({
      tenantId,
      action: 'goal.reordered',
      objectType: 'plan',
      objectId: planId,
      before: { block: dto.block, pillar, goalIds: before },
      after: { block: dto.block, pillar, goalIds: dto.goalIds },
    });
    return this.reader.load(planId);
  }

  /** Every goal under B4 has one of the three pillars; goals under other blocks have none. */
  private pillarFor(block: BlockCode, pillar: PillarCode | null, given: boolean): PillarCode | null {
    if (block === 'B4' && !pillar) {
      throw invalid([param('pillar', 'required', 'goal.pillar_required')]);
    }
    if (block !== 'B4' && pillar && given) {
      throw invalid([param('pillar', 'not_allowed', 'goal.pillar_not_allowed')]);
    }
    return block === 'B4' ? pillar : null;
  }
}
