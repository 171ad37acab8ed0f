import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type {
  BlockCode,
  InvalidParam,
  PillarCode,
  Plan,
  PlanAction,
  PlanGoal,
  YearQuarter,
} from '@wk/contracts';
import {
  Clock,
  currentTenantId,
  Db,
  invalid,
  notFound,
  versionConflict,
} from '@wk/api/core';
import { AuditService } from '@wk/api/audit';
import {
  ActionBudgetEntity,
  ActionEntity,
  ActionUnitEntity,
  GoalEntity,
  MilestoneEntity,
  type PlanEntity,
} from './plan.entities';
import { assertEditable, isRealDate, missingIds, param } from './plan-guards';
import { PlanReader } from './plan-reader';
import type {
  CreateActionDto,
  CreateGoalDto,
  ReorderActionsDto,
  ReorderGoalsDto,
  UpdateActionDto,
  UpdateGoalDto,
} from './plans.dto';

const yq = (v: YearQuarter) => v.year * 4 + v.quarter - 1;
const fmt = (v: YearQuarter) => `${v.year} kwartaal ${v.quarter}`;

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
 * Goals and actions of a plan. Every write locks the plan row first and refuses when the plan is not a
 * draft, so nothing changes in a revision that is in review, adopted or archived. Every write returns
 * the whole plan (with its completeness check), which is what the plan page shows next.
 *
 * Versioned writes of a goal or an action lock the plan, then the goal or action itself (`FOR UPDATE`), and
 * only then read the version they compare: two writes based on the same version can never both pass, on
 * PostgreSQL's default READ COMMITTED too. The order (plan, goal, action) is the same for every write, so
 * writers queue instead of deadlocking.
 */
@Injectable()
export class PlanStructureService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
    private readonly reader: PlanReader,
    private readonly clock: Clock,
  ) {}

  // ---- goals ----

  async getGoal(id: string): Promise<PlanGoal> {
    const goal = await this.goal(id);
    const found = (await this.reader.load(goal.planId)).goals.find(
      (g) => g.id === id,
    );
    if (!found) throw notFound('Dit doel');
    return found;
  }

  async getAction(id: string): Promise<PlanAction> {
    const action = await this.action(id);
    const found = (await this.reader.load(action.planId)).goals
      .flatMap((g) => g.actions)
      .find((a) => a.id === id);
    if (!found) throw notFound('Deze actie');
    return found;
  }

  async createGoal(
    tenantId: string,
    planId: string,
    dto: CreateGoalDto,
  ): Promise<Plan> {
    const plan = await this.editablePlan(planId);
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
        position: await this.nextGoalPosition(
          tenantId,
          plan.id,
          dto.block,
          pillar,
        ),
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

  async updateGoal(
    tenantId: string,
    id: string,
    dto: UpdateGoalDto,
  ): Promise<Plan> {
    const { goal } = await this.lockGoal(id, dto.version);
    const before = goalFields(goal);
    const block = dto.block ?? goal.block;
    // A goal that leaves B4 loses its pillar; one that enters B4 must be given one.
    const pillar = this.pillarFor(
      block,
      dto.pillar !== undefined
        ? dto.pillar
        : block === 'B4'
          ? goal.pillar
          : null,
      dto.pillar !== undefined,
    );
    if (block !== goal.block || pillar !== goal.pillar) {
      goal.position = await this.nextGoalPosition(
        tenantId,
        goal.planId,
        block,
        pillar,
      );
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
  async removeGoal(
    tenantId: string,
    id: string,
    version: number,
  ): Promise<Plan> {
    const { goal } = await this.lockGoal(id, version);
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
  async reorderGoals(
    tenantId: string,
    planId: string,
    dto: ReorderGoalsDto,
  ): Promise<Plan> {
    const plan = await this.editablePlan(planId);
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
      'Geef precies de doelen van deze bouwsteen (en pijler), elk één keer.',
    );
    const before = inGroup
      .sort((a, b) => a.position - b.position)
      .map((g) => g.id);
    const now = this.clock.now();
    for (const [position, id] of dto.goalIds.entries())
      await m.update(
        GoalEntity,
        { tenantId, id },
        { position, updatedAt: now },
      );
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

  // ---- actions ----

  async createAction(
    tenantId: string,
    goalId: string,
    dto: CreateActionDto,
  ): Promise<Plan> {
    // The goal is read again under the plan's lock: it may have been deleted meanwhile.
    const { plan } = await this.lockGoal(goalId);
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
    const position = await this.nextActionPosition(tenantId, goalId);
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

  async updateAction(
    tenantId: string,
    id: string,
    dto: UpdateActionDto,
  ): Promise<Plan> {
    const { plan, action } = await this.lockAction(id, dto.version);
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
    const problems = await this.actionProblems(tenantId, plan, next);
    const moving = dto.goalId !== undefined && dto.goalId !== action.goalId;
    if (moving) {
      const target = await m.findOneBy(GoalEntity, {
        tenantId,
        id: dto.goalId,
      });
      if (!target || target.planId !== plan.id)
        problems.push(
          param('goalId', 'unknown', 'Kies een doel van hetzelfde plan.'),
        );
    }
    if (problems.length) throw invalid(problems);
    if (moving && dto.goalId) {
      action.position = await this.nextActionPosition(tenantId, dto.goalId);
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

  async removeAction(
    tenantId: string,
    id: string,
    version: number,
  ): Promise<Plan> {
    const { action } = await this.lockAction(id, version);
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
  async reorderActions(
    tenantId: string,
    goalId: string,
    dto: ReorderActionsDto,
  ): Promise<Plan> {
    const { goal } = await this.lockGoal(goalId, dto.version);
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
      'Geef precies de acties van dit doel, elk één keer.',
    );
    const now = this.clock.now();
    for (const [position, id] of dto.actionIds.entries())
      await m.update(
        ActionEntity,
        { tenantId, id },
        { position, updatedAt: now },
      );
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

  // ---- helpers ----

  /** The position after the last goal of a block (and pillar): new and moved goals go to the end. */
  private async nextGoalPosition(
    tenantId: string,
    planId: string,
    block: BlockCode,
    pillar: PillarCode | null,
  ): Promise<number> {
    const [{ next }] = (await this.db
      .manager()
      .query(
        `SELECT coalesce(max(position) + 1, 0) AS next FROM plan_goals WHERE tenant_id = $1 AND plan_id = $2 AND block = $3 AND pillar IS NOT DISTINCT FROM $4`,
        [tenantId, planId, block, pillar],
      )) as { next: number }[];
    return Number(next);
  }

  /** The position after the last action of a goal: new and moved actions go to the end. */
  private async nextActionPosition(
    tenantId: string,
    goalId: string,
  ): Promise<number> {
    const [{ next }] = (await this.db
      .manager()
      .query(
        `SELECT coalesce(max(position) + 1, 0) AS next FROM plan_actions WHERE tenant_id = $1 AND goal_id = $2`,
        [tenantId, goalId],
      )) as { next: number }[];
    return Number(next);
  }

  private async editablePlan(planId: string): Promise<PlanEntity> {
    const plan = await this.reader.row(planId, true);
    assertEditable(plan);
    return plan;
  }

  /**
   * Locks the goal's plan (refusing when it is not a draft), then the goal, and compares the version
   * (when given) with the goal as it is once locked. The first read only finds the plan: a goal never
   * moves to another plan. A goal deleted while this request waited is not found.
   */
  private async lockGoal(
    id: string,
    version?: number,
  ): Promise<{ plan: PlanEntity; goal: GoalEntity }> {
    const plan = await this.editablePlan((await this.goal(id)).planId);
    const goal = await this.goal(id, true);
    if (version !== undefined && goal.version !== version)
      throw versionConflict(goal.version);
    return { plan, goal };
  }

  /** As `lockGoal`, for an action (an action moves between goals, never between plans). */
  private async lockAction(
    id: string,
    version: number,
  ): Promise<{ plan: PlanEntity; action: ActionEntity }> {
    const plan = await this.editablePlan((await this.action(id)).planId);
    const action = await this.action(id, true);
    if (action.version !== version) throw versionConflict(action.version);
    return { plan, action };
  }

  /** The goal; with `lock`, locked for update (no relations are loaded, so the lock is on this row alone). */
  private async goal(id: string, lock = false): Promise<GoalEntity> {
    const g = await this.db.manager().findOne(GoalEntity, {
      where: { tenantId: currentTenantId(), id },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!g) throw notFound('Dit doel');
    return g;
  }

  private async action(id: string, lock = false): Promise<ActionEntity> {
    const a = await this.db.manager().findOne(ActionEntity, {
      where: { tenantId: currentTenantId(), id },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!a) throw notFound('Deze actie');
    return a;
  }

  /** Every goal under B4 has one of the three pillars; goals under other blocks have none. */
  private pillarFor(
    block: BlockCode,
    pillar: PillarCode | null,
    given: boolean,
  ): PillarCode | null {
    if (block === 'B4' && !pillar) {
      throw invalid([
        param(
          'pillar',
          'required',
          'Een doel onder bouwsteen B4 (sociaal offensief) hoort bij een pijler: kies P1, P2 of P3.',
        ),
      ]);
    }
    if (block !== 'B4' && pillar && given) {
      throw invalid([
        param(
          'pillar',
          'not_allowed',
          'Alleen doelen onder bouwsteen B4 hebben een pijler. Laat de pijler leeg.',
        ),
      ]);
    }
    return block === 'B4' ? pillar : null;
  }

  private async checkAction(
    tenantId: string,
    plan: PlanEntity,
    a: ActionShape,
  ): Promise<void> {
    const problems = await this.actionProblems(tenantId, plan, a);
    if (problems.length) throw invalid(problems);
  }

  /** Period inside the plan's horizon, end not before start, budget years inside the period, known units and owner. */
  private async actionProblems(
    tenantId: string,
    plan: PlanEntity,
    a: ActionShape,
  ): Promise<InvalidParam[]> {
    const out: InvalidParam[] = [];
    if (a.start.year < plan.startYear)
      out.push(
        param(
          'start.year',
          'outside_horizon',
          `De actie begint vóór het plan (${plan.startYear}–${plan.endYear}).`,
        ),
      );
    if (a.end.year > plan.endYear)
      out.push(
        param(
          'end.year',
          'outside_horizon',
          `De actie eindigt na het plan (${plan.startYear}–${plan.endYear}).`,
        ),
      );
    if (yq(a.end) < yq(a.start))
      out.push(
        param(
          'end',
          'before_start',
          `Het einde (${fmt(a.end)}) ligt vóór het begin (${fmt(a.start)}).`,
        ),
      );
    const years = new Set<number>();
    a.budget.forEach((b, i) => {
      if (b.year < a.start.year || b.year > a.end.year) {
        out.push(
          param(
            `budget.${i}.year`,
            'outside_period',
            `${b.year} valt buiten de looptijd van de actie (${a.start.year}–${a.end.year}).`,
          ),
        );
      }
      if (years.has(b.year))
        out.push(
          param(
            `budget.${i}.year`,
            'duplicate',
            `${b.year} staat er twee keer in. Geef één bedrag per jaar.`,
          ),
        );
      years.add(b.year);
    });
    a.milestones.forEach((ms, i) => {
      if (!isRealDate(ms.dueDate))
        out.push(
          param(
            `milestones.${i}.dueDate`,
            'format',
            'Deze datum bestaat niet.',
          ),
        );
    });
    const m = this.db.manager();
    if (a.lead && (await missingIds(m, 'org_units', tenantId, [a.lead])).size)
      out.push(
        param(
          'leadUnitId',
          'unknown',
          'Dit organisatieonderdeel bestaat niet.',
        ),
      );
    const missing = await missingIds(m, 'org_units', tenantId, a.contributing);
    a.contributing.forEach((id, i) => {
      if (missing.has(id))
        out.push(
          param(
            `contributingUnitIds.${i}`,
            'unknown',
            'Dit organisatieonderdeel bestaat niet.',
          ),
        );
      else if (id === a.lead)
        out.push(
          param(
            `contributingUnitIds.${i}`,
            'is_lead',
            'Dit onderdeel is al de trekker van de actie. Kies het niet ook als bijdrager.',
          ),
        );
    });
    if (a.owner && (await missingIds(m, 'users', tenantId, [a.owner])).size)
      out.push(param('ownerId', 'unknown', 'Deze gebruiker bestaat niet.'));
    return out;
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
  private async replaceChildren(
    tenantId: string,
    actionId: string,
    dto: UpdateActionDto,
  ): Promise<void> {
    const m = this.db.manager();
    if (dto.contributingUnitIds)
      await m.delete(ActionUnitEntity, { tenantId, actionId });
    if (dto.budget) await m.delete(ActionBudgetEntity, { tenantId, actionId });
    const keep = dto.milestones
      ? (await m.find(MilestoneEntity, { where: { tenantId, actionId } })).map(
          (ms) => ms.key,
        )
      : [];
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

interface ActionShape {
  start: YearQuarter;
  end: YearQuarter;
  lead: string | null;
  owner: string | null;
  contributing: string[];
  budget: { year: number; amountCents: number }[];
  milestones: { title: string; dueDate: string; done: boolean; key?: string }[];
}

function blankToNull(v: string | null | undefined): string | null {
  return v === undefined || v === null || !v.trim() ? null : v.trim();
}

function assertSameSet(
  actual: string[],
  given: string[],
  field: string,
  reason: string,
): void {
  const a = new Set(actual);
  if (a.size !== given.length || given.some((id) => !a.has(id)))
    throw invalid([param(field, 'mismatch', reason)]);
}
