import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { Plan, PlanAction } from '@wk/contracts';
import { Clock, Db, invalid, notFound, param } from '@wk/api/core';
import { AuditService } from '@wk/api/audit';
import { ActionBudgetEntity, ActionEntity, ActionUnitEntity, GoalEntity, MilestoneEntity, type PlanEntity } from './plan.entities';
import { actionProblems, type ActionShape } from './action-checks';
import { PlanReader } from './plan-reader';
import { assertSameSet, PlanStructureLocks } from './plan-structure-locks';
import type { CreateActionDto, ReorderActionsDto, UpdateActionDto } from './plans.dto';

/**
 * The actions of a plan's goals, with their contributing units, budget and milestones. Every write locks
 * the plan (and the goal or action) through {@link PlanStructureLocks} and returns the whole plan.
 */
@Injectable()
export class PlanActionsService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
    private readonly reader: PlanReader,
    private readonly clock: Clock,
    private readonly locks: PlanStructureLocks,
  ) {}

  async getAction(id: string): Promise<PlanAction> {
    const action = await this.locks.action(id);
    const found = (await this.reader.load(action.planId)).goals.flatMap((g) => g.actions).find((a) => a.id === id);
    if (!found) throw notFound('action');
    return found;
  }

  async createAction(tenantId: string, goalId: string, dto: CreateActionDto): Promise<Plan> {
    // The goal is read again under the plan's lock: it may have been deleted meanwhile.
    const { plan } = await this.locks.lockGoal(goalId);
    const contributing = dto.contributingUnitIds ?? [];
    const lead = dto.leadUnitId ?? null;
    const owner = dto.ownerId ?? null;
    await this.checkAction(tenantId, plan, {
      start: dto.start,
      end: dto.end,
      lead,
      contributing,
      owner,
      budget: dto.budget ?? [],
      milestones: dto.milestones ?? [],
    });
    const m = this.db.manager();
    const position = await this.locks.nextActionPosition(tenantId, goalId);
    const action = await m.save(
      m.create(ActionEntity, {
        tenantId,
        planId: plan.id,
        goalId,
        key: randomUUID(),
        title: dto.title.trim(),
        description: dto.description ?? '',
        leadUnitId: lead,
        ownerId: owner,
        startYear: dto.start.year,
        startQuarter: dto.start.quarter,
        endYear: dto.end.year,
        endQuarter: dto.end.quarter,
        position,
      }),
    );
    await this.writeChildren(tenantId, action.id, {
      contributing,
      budget: dto.budget ?? [],
      milestones: dto.milestones ?? [],
    });
    await this.audit.record({
      tenantId,
      action: 'action.created',
      objectType: 'action',
      objectId: action.id,
      after: await this.actionFields(action),
    });
    return this.reader.load(plan.id);
  }

  async updateAction(tenantId: string, id: string, dto: UpdateActionDto): Promise<Plan> {
    const { plan, action } = await this.locks.lockAction(id, dto.version);
    const m = this.db.manager();
    const before = await this.actionFields(action);
    const next = {
      start: dto.start ?? {
        year: action.startYear,
        quarter: action.startQuarter,
      },
      end: dto.end ?? { year: action.endYear, quarter: action.endQuarter },
      lead: dto.leadUnitId !== undefined ? dto.leadUnitId : action.leadUnitId,
      owner: dto.ownerId !== undefined ? dto.ownerId : action.ownerId,
      contributing: dto.contributingUnitIds ?? before.contributingUnitIds,
      budget: dto.budget ?? before.budget,
      milestones: dto.milestones ?? before.milestones,
    };
    const problems = await actionProblems(this.db.manager(), tenantId, plan, next);
    const moving = dto.goalId !== undefined && dto.goalId !== action.goalId;
    if (moving) {
      const target = await m.findOneBy(GoalEntity, {
        tenantId,
        id: dto.goalId,
      });
      if (!target || target.planId !== plan.id) problems.push(param('goalId', 'unknown', 'goal.same_plan'));
    }
    if (problems.length) throw invalid(problems);
    if (moving && dto.goalId) {
      action.position = await this.locks.nextActionPosition(tenantId, dto.goalId);
      action.goalId = dto.goalId;
    }
    if (dto.title !== undefined) action.title = dto.title.trim();
    if (dto.description !== undefined) action.description = dto.description;
    action.leadUnitId = next.lead;
    action.ownerId = next.owner;
    action.startYear = next.start.year;
    action.startQuarter = next.start.quarter;
    action.endYear = next.end.year;
    action.endQuarter = next.end.quarter;
    action.updatedAt = this.clock.now();
    // The relation objects are not loaded: save() must not touch the foreign keys through them.
    await m.save(action);
    await this.replaceChildren(tenantId, id, dto);
    const after = await this.actionFields(action);
    await this.audit.record({
      tenantId,
      action: moving ? 'action.moved' : 'action.updated',
      objectType: 'action',
      objectId: id,
      before,
      after,
    });
    return this.reader.load(plan.id);
  }

  async removeAction(tenantId: string, id: string, version: number): Promise<Plan> {
    const { action } = await this.locks.lockAction(id, version);
    const before = await this.actionFields(action);
    await this.db.manager().delete(ActionEntity, { tenantId, id });
    await this.audit.record({
      tenantId,
      action: 'action.deleted',
      objectType: 'action',
      objectId: id,
      before,
    });
    return this.reader.load(action.planId);
  }

  /** New order of the actions of one goal; carries the goal's version. */
  async reorderActions(tenantId: string, goalId: string, dto: ReorderActionsDto): Promise<Plan> {
    const { goal } = await this.locks.lockGoal(goalId, dto.version);
    const m = this.db.manager();
    const actions = await m.find(ActionEntity, {
      select: { id: true, position: true },
      where: { tenantId, goalId },
      order: { position: 'ASC' },
    });
    assertSameSet(
      actions.map((a) => a.id),
      dto.actionIds,
      'actionIds',
      'action.reorder_mismatch',
    );
    const now = this.clock.now();
    for (const [position, id] of dto.actionIds.entries()) await m.update(ActionEntity, { tenantId, id }, { position, updatedAt: now });
    goal.updatedAt = now;
    await m.save(goal);
    await this.audit.record({
      tenantId,
      action: 'action.reordered',
      objectType: 'goal',
      objectId: goalId,
      before: { planId: goal.planId, actionIds: actions.map((a) => a.id) },
      after: { planId: goal.planId, actionIds: dto.actionIds },
    });
    return this.reader.load(goal.planId);
  }

  private async checkAction(tenantId: string, plan: PlanEntity, a: ActionShape): Promise<void> {
    const problems = await actionProblems(this.db.manager(), tenantId, plan, a);
    if (problems.length) throw invalid(problems);
  }

  private async writeChildren(
    tenantId: string,
    actionId: string,
    c: Pick<ActionShape, 'contributing' | 'budget' | 'milestones'>,
    /** Keys of the action's milestones before this write, which incoming milestones may keep. */
    keep: readonly string[] = [],
  ): Promise<void> {
    const m = this.db.manager();
    if (c.contributing.length)
      await m.insert(
        ActionUnitEntity,
        c.contributing.map((orgUnitId) => ({ tenantId, actionId, orgUnitId })),
      );
    if (c.budget.length)
      await m.insert(
        ActionBudgetEntity,
        c.budget.map((b) => ({
          tenantId,
          actionId,
          year: b.year,
          amountCents: b.amountCents,
        })),
      );
    if (c.milestones.length) {
      // A milestone keeps its key when the request names one the action had (marks of "done" follow it).
      const unused = new Set(keep);
      await m.insert(
        MilestoneEntity,
        c.milestones.map((ms, position) => {
          const key = ms.key && unused.delete(ms.key) ? ms.key : randomUUID();
          return {
            tenantId,
            actionId,
            key,
            title: ms.title.trim(),
            dueDate: ms.dueDate,
            done: ms.done,
            position,
          };
        }),
      );
    }
  }

  /** Lists given in the update replace the stored ones; lists left out stay as they are. */
  private async replaceChildren(tenantId: string, actionId: string, dto: UpdateActionDto): Promise<void> {
    const m = this.db.manager();
    if (dto.contributingUnitIds) await m.delete(ActionUnitEntity, { tenantId, actionId });
    if (dto.budget) await m.delete(ActionBudgetEntity, { tenantId, actionId });
    const keep = dto.milestones ? (await m.find(MilestoneEntity, { where: { tenantId, actionId } })).map((ms) => ms.key) : [];
    if (dto.milestones) await m.delete(MilestoneEntity, { tenantId, actionId });
    await this.writeChildren(
      tenantId,
      actionId,
      {
        contributing: dto.contributingUnitIds ?? [],
        budget: dto.budget ?? [],
        milestones: dto.milestones ?? [],
      },
      keep,
    );
  }

  /** What an audit event of an action records (ids of units and owner; the plan id links it to the plan's history). */
  private async actionFields(a: ActionEntity) {
    const m = this.db.manager();
    const tenantId = a.tenantId;
    const units = await m.find(ActionUnitEntity, {
      where: { tenantId, actionId: a.id },
      order: { orgUnitId: 'ASC' },
    });
    const budget = await m.find(ActionBudgetEntity, {
      where: { tenantId, actionId: a.id },
      order: { year: 'ASC' },
    });
    const milestones = await m.find(MilestoneEntity, {
      where: { tenantId, actionId: a.id },
      order: { position: 'ASC' },
    });
    return {
      planId: a.planId,
      goalId: a.goalId,
      key: a.key,
      title: a.title,
      description: a.description,
      leadUnitId: a.leadUnitId,
      ownerId: a.ownerId,
      start: { year: a.startYear, quarter: a.startQuarter },
      end: { year: a.endYear, quarter: a.endQuarter },
      contributingUnitIds: units.map((u) => u.orgUnitId),
      budget: budget.map((b) => ({ year: b.year, amountCents: b.amountCents })),
      milestones: milestones.map((ms) => ({
        title: ms.title,
        dueDate: ms.dueDate,
        done: ms.done,
      })),
    };
  }
}
