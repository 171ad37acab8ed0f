import { Injectable } from '@nestjs/common';
import {
  TARGET_TOLERANCE_DEFAULT,
  type CreateIndicatorTargetRequest,
  type Indicator,
  type IndicatorTarget,
  type InvalidParam,
  type UpdateIndicatorTargetRequest,
  type WijkIndicators,
  type YearValue,
} from '@wk/contracts';
import { currentTenantId, Db, DomainError, invalid, notFound, param, versionConflict } from '@wk/api/core';
import { AuditService } from '@wk/api/audit';
import { IndicatorsService } from '@wk/api/indicators';
import { targetStatus } from '@wk/util';
import { In } from 'typeorm';
import { GoalIndicatorTargetEntity } from './plan.entities';
import { PlanReader } from './plan-reader';
import { PlanStructureLocks } from './plan-structure-locks';

const fieldsOf = (t: GoalIndicatorTargetEntity) => ({
  goalId: t.goalId,
  wijkId: t.wijkId,
  indicatorCode: t.indicatorCode,
  baseline: { year: t.baselineYear, value: t.baselineValue },
  target: { year: t.targetYear, value: t.targetValue },
  intermediate: t.intermediate,
  tolerancePercent: t.tolerancePercent,
});

/**
 * Effect indicators of goals: per goal an indicator for one wijk of the plan with a baseline, a target and
 * intermediate targets, judged against the wijk's latest figure. Written as the goals are (the plan is a draft, the
 * plan and the goal locked); read by everyone who may read the plan.
 */
@Injectable()
export class PlanTargetsService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
    private readonly reader: PlanReader,
    private readonly locks: PlanStructureLocks,
    private readonly indicators: IndicatorsService,
  ) {}

  /** The plan's targets, in goal order, each with the wijk's latest figure and whether it is on course. */
  async forPlan(planId: string): Promise<IndicatorTarget[]> {
    await this.reader.row(planId);
    return this.#describe(
      await this.#inOrder(
        `SELECT t.id FROM goal_indicator_targets t JOIN plan_goals g ON g.tenant_id = t.tenant_id AND g.id = t.goal_id
          WHERE t.tenant_id = $1 AND t.plan_id = $2 ORDER BY g.block, g.pillar NULLS FIRST, g.position, t.position, t.created_at`,
        planId,
      ),
    );
  }

  /** The targets set for a wijk by the adopted plans (the plans in force, which everyone of the gemeente reads). */
  async forWijk(wijkId: string): Promise<IndicatorTarget[]> {
    const wijk = await this.db
      .manager()
      .query<unknown[]>(`SELECT 1 FROM wijken WHERE tenant_id = $1 AND id = $2`, [currentTenantId(), wijkId]);
    if (!wijk.length) throw notFound('wijk');
    return this.#describe(
      await this.#inOrder(
        `SELECT t.id FROM goal_indicator_targets t JOIN plans p ON p.tenant_id = t.tenant_id AND p.id = t.plan_id
          WHERE t.tenant_id = $1 AND t.wijk_id = $2 AND p.status = 'adopted' ORDER BY t.indicator_code, t.target_year`,
        wijkId,
      ),
    );
  }

  /** The targets whose ids `sql` selects (for the tenant, `$1`, and `param`, `$2`), in the order it gives them. */
  async #inOrder(sql: string, param: string): Promise<GoalIndicatorTargetEntity[]> {
    const m = this.db.manager();
    const ids = (await m.query<{ id: string }[]>(sql, [currentTenantId(), param])).map((r) => r.id);
    if (!ids.length) return [];
    const byId = new Map((await m.findBy(GoalIndicatorTargetEntity, { tenantId: currentTenantId(), id: In(ids) })).map((e) => [e.id, e]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  /** One target, to those who may read its plan. */
  async get(id: string): Promise<IndicatorTarget> {
    const found = await this.db.manager().findOne(GoalIndicatorTargetEntity, { where: { tenantId: currentTenantId(), id } });
    if (!found) throw notFound('indicator_target');
    // A plan the reader may not see (a draft, for a raadslid) hides its targets; other errors stay what they are.
    await this.reader.row(found.planId).catch((e: unknown) => {
      throw e instanceof DomainError && e.code === 'not_found' ? notFound('indicator_target') : e;
    });
    return this.#one(found);
  }

  async create(goalId: string, dto: CreateIndicatorTargetRequest): Promise<IndicatorTarget> {
    const { plan, goal } = await this.locks.lockGoal(goalId);
    const wijkIds = await this.reader.wijkIds(plan.id);
    const values = {
      indicatorCode: dto.indicatorCode,
      wijkId: dto.wijkId ?? wijkIds[0] ?? '',
      baseline: dto.baseline,
      target: dto.target,
      intermediate: dto.intermediate ?? [],
      tolerancePercent: dto.tolerancePercent ?? TARGET_TOLERANCE_DEFAULT,
    };
    await this.#check(values, wijkIds);
    const m = this.db.manager();
    const [last] = await m.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM goal_indicator_targets WHERE tenant_id = $1 AND goal_id = $2`,
      [plan.tenantId, goal.id],
    );
    const saved = await m.save(
      m.create(GoalIndicatorTargetEntity, {
        tenantId: plan.tenantId,
        planId: plan.id,
        goalId: goal.id,
        ...columnsOf(values),
        position: last?.n ?? 0,
      }),
    );
    await this.audit.record({
      tenantId: plan.tenantId,
      action: 'goal.indicator_target_created',
      objectType: 'indicator_target',
      objectId: saved.id,
      after: fieldsOf(saved),
    });
    return this.#one(saved);
  }

  async update(id: string, dto: UpdateIndicatorTargetRequest): Promise<IndicatorTarget> {
    const { plan, target } = await this.#lock(id);
    if (target.version !== dto.version) throw versionConflict(target.version);
    const before = fieldsOf(target);
    const wijkIds = await this.reader.wijkIds(plan.id);
    const values = {
      indicatorCode: dto.indicatorCode ?? target.indicatorCode,
      wijkId: dto.wijkId ?? target.wijkId,
      baseline: dto.baseline ?? { year: target.baselineYear, value: target.baselineValue },
      target: dto.target ?? { year: target.targetYear, value: target.targetValue },
      intermediate: dto.intermediate ?? target.intermediate,
      tolerancePercent: dto.tolerancePercent ?? target.tolerancePercent,
    };
    await this.#check(values, wijkIds);
    Object.assign(target, columnsOf(values));
    const saved = await this.db.manager().save(target);
    await this.audit.record({
      tenantId: plan.tenantId,
      action: 'goal.indicator_target_updated',
      objectType: 'indicator_target',
      objectId: saved.id,
      before,
      after: fieldsOf(saved),
    });
    return this.#one(saved);
  }

  async remove(id: string, version: number): Promise<void> {
    const { plan, target } = await this.#lock(id);
    if (target.version !== version) throw versionConflict(target.version);
    const before = fieldsOf(target);
    await this.db.manager().delete(GoalIndicatorTargetEntity, { tenantId: plan.tenantId, id: target.id });
    await this.audit.record({
      tenantId: plan.tenantId,
      action: 'goal.indicator_target_deleted',
      objectType: 'indicator_target',
      objectId: id,
      before,
    });
  }

  /** Copies the targets of one revision's goals to the next (matched by the goal's key). */
  async copyToRevision(tenantId: string, fromPlanId: string, toPlanId: string): Promise<void> {
    await this.db.manager().query(
      `INSERT INTO goal_indicator_targets (tenant_id, plan_id, goal_id, wijk_id, indicator_code, baseline_year, baseline_value,
              target_year, target_value, intermediate, tolerance_percent, position, version)
       SELECT t.tenant_id, $3, ng.id, t.wijk_id, t.indicator_code, t.baseline_year, t.baseline_value, t.target_year, t.target_value,
              t.intermediate, t.tolerance_percent, t.position, 1
         FROM goal_indicator_targets t
         JOIN plan_goals og ON og.tenant_id = t.tenant_id AND og.id = t.goal_id
         JOIN plan_goals ng ON ng.tenant_id = t.tenant_id AND ng.plan_id = $3 AND ng.key = og.key
        WHERE t.tenant_id = $1 AND t.plan_id = $2`,
      [tenantId, fromPlanId, toPlanId],
    );
  }

  /** The target and its plan, the plan a draft and locked first (as for a goal), then the target. */
  async #lock(id: string): Promise<{ plan: { id: string; tenantId: string }; target: GoalIndicatorTargetEntity }> {
    const m = this.db.manager();
    const found = await m.findOne(GoalIndicatorTargetEntity, { where: { tenantId: currentTenantId(), id } });
    if (!found) throw notFound('indicator_target');
    const { plan } = await this.locks.lockGoal(found.goalId);
    const target = await m.findOne(GoalIndicatorTargetEntity, {
      where: { tenantId: currentTenantId(), id },
      lock: { mode: 'pessimistic_write' },
    });
    if (!target) throw notFound('indicator_target');
    return { plan, target };
  }

  async #check(
    v: { indicatorCode: string; wijkId: string; baseline: YearValue; target: YearValue; intermediate: YearValue[] },
    wijkIds: string[],
  ): Promise<void> {
    const problems: InvalidParam[] = [];
    const catalogue = await this.indicators.catalogue();
    if (!catalogue.some((i) => i.code === v.indicatorCode)) problems.push(param('indicatorCode', 'unknown', 'target.unknown_indicator'));
    if (!wijkIds.includes(v.wijkId)) problems.push(param('wijkId', 'not_in_plan', 'target.wijk_not_in_plan'));
    if (v.target.year <= v.baseline.year) problems.push(param('target.year', 'before_baseline', 'target.years'));
    const seen = new Set<number>();
    v.intermediate.forEach((x, i) => {
      if (x.year <= v.baseline.year || x.year >= v.target.year || seen.has(x.year))
        problems.push(param(`intermediate.${i}.year`, 'out_of_range', 'target.intermediate_year'));
      seen.add(x.year);
    });
    if (problems.length) throw invalid(problems);
  }

  async #one(t: GoalIndicatorTargetEntity): Promise<IndicatorTarget> {
    const [one] = await this.#describe([t]);
    if (!one) throw notFound('indicator_target');
    return one;
  }

  /** Each target with its indicator, wijk, the wijk's latest figure after the baseline and the status. */
  async #describe(targets: GoalIndicatorTargetEntity[]): Promise<IndicatorTarget[]> {
    if (!targets.length) return [];
    const catalogue = new Map((await this.indicators.catalogue()).map((i) => [i.code, i]));
    const keys = new Map(
      (
        await this.db
          .manager()
          .query<
            { id: string; key: string }[]
          >(`SELECT id, key FROM plan_goals WHERE tenant_id = $1 AND id = ANY($2)`, [currentTenantId(), [...new Set(targets.map((t) => t.goalId))]])
      ).map((r) => [r.id, r.key]),
    );
    // One wijk page per wijk (each is a cached view of the indicators context).
    const pages = new Map<string, WijkIndicators>();
    for (const wijkId of new Set(targets.map((t) => t.wijkId))) pages.set(wijkId, await this.indicators.forWijk(wijkId));
    return targets.flatMap((t) => {
      const indicator = catalogue.get(t.indicatorCode);
      const page = pages.get(t.wijkId);
      if (!indicator || !page) return [];
      const points = page.series.find((s) => s.indicator.code === t.indicatorCode)?.wijk.points ?? [];
      const measured = points.flatMap((p) => (p.value === null || p.year <= t.baselineYear ? [] : [{ year: p.year, value: p.value }]));
      const latest = measured.at(-1) ?? null;
      const baseline = { year: t.baselineYear, value: t.baselineValue };
      const target = { year: t.targetYear, value: t.targetValue };
      const { status, expected } = targetStatus(
        { baseline, target, intermediate: t.intermediate, tolerancePercent: t.tolerancePercent, direction: indicator.direction },
        latest,
      );
      return [
        {
          id: t.id,
          planId: t.planId,
          goalId: t.goalId,
          goalKey: keys.get(t.goalId) ?? '',
          wijk: { id: page.wijk.id, name: page.wijk.name },
          indicator: pick(indicator),
          baseline,
          target,
          intermediate: t.intermediate,
          tolerancePercent: t.tolerancePercent,
          latest,
          expected,
          status,
          version: t.version,
        },
      ];
    });
  }
}

function pick(i: Indicator): IndicatorTarget['indicator'] {
  return { code: i.code, name: i.name, unit: i.unit, decimals: i.decimals, direction: i.direction, kind: i.kind, own: i.own };
}

/** A target's values as they are stored (intermediate targets in year order). */
function columnsOf(v: Required<Omit<CreateIndicatorTargetRequest, 'wijkId'>> & { wijkId: string }) {
  return {
    indicatorCode: v.indicatorCode,
    wijkId: v.wijkId,
    baselineYear: v.baseline.year,
    baselineValue: v.baseline.value,
    targetYear: v.target.year,
    targetValue: v.target.value,
    intermediate: sorted(v.intermediate),
    tolerancePercent: v.tolerancePercent,
  };
}

function sorted(list: YearValue[]): YearValue[] {
  return [...list].map((x) => ({ year: x.year, value: x.value })).sort((a, b) => a.year - b.year);
}
