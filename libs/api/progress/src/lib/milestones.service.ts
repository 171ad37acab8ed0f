import { Injectable } from '@nestjs/common';
import {
  MILESTONE_SOON_DAYS,
  MILESTONE_STATES,
  type ActionMilestones,
  type MilestoneMark,
  type MilestoneProgress,
  type MilestoneState,
  type PlanMilestones,
} from '@wk/contracts';
import { Clock, currentContext, currentTenantId, Db, DomainError, message, notFound } from '@wk/api/core';
import { AuditService } from '@wk/api/audit';
import { PlanFacts, type ActionFact, type PlanFact } from '@wk/api/plans';
import { addDays } from '@wk/util';
import type { EntityManager } from 'typeorm';
import { leadUnitOf } from './progress-reader';
import { MilestoneUpdateEntity } from './progress.entities';
import type { CreateMilestoneMarkDto } from './progress.dto';

interface MarkRow {
  id: string;
  action_key: string;
  milestone_key: string;
  done: boolean;
  note: string;
  author_id: string | null;
  author_name: string | null;
  created_at: Date;
}

/**
 * Milestones as progress facts: on the adopted plan a trekker marks a milestone done (or not done after all),
 * and every mark is kept (the latest counts), as progress updates are. Before any mark, the plan's own
 * "done" counts.
 */
@Injectable()
export class MilestonesService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly facts: PlanFacts,
  ) {}

  /** The milestones of one action with their state and marks. */
  async ofAction(actionId: string, asOf = this.clock.today()): Promise<ActionMilestones> {
    const m = this.db.manager();
    const { action, plan } = await this.facts.actionWithPlan(actionId);
    const milestones = await this.facts.milestones(actionId);
    const marks = await this.marks(m, plan.lineageId, [action.key]);
    return {
      actionId,
      asOf,
      canUpdate: await this.mayMark(action, plan),
      items: milestones.map((ms) => {
        const history = (marks.get(`${action.key}/${ms.key}`) ?? []).map(toMark);
        const done = history[0]?.done ?? ms.done;
        return {
          key: ms.key,
          title: ms.title,
          dueDate: ms.dueDate,
          done,
          state: stateOf(done, ms.dueDate, asOf),
          history,
        };
      }),
    };
  }

  /** Every milestone of a plan with its state, by date (for the dashboard and the roadmap). */
  async ofPlan(planId: string, asOf = this.clock.today()): Promise<PlanMilestones> {
    const m = this.db.manager();
    const plan = await this.facts.plan(planId);
    const rows = await this.facts.planMilestones(planId);
    // Marks count on the adopted revision only: a draft shows what its plan says.
    const marks =
      plan.status === 'adopted'
        ? await this.marks(m, plan.lineageId, [...new Set(rows.map((r) => r.action_key))])
        : new Map<string, MarkRow[]>();
    const counts = Object.fromEntries(MILESTONE_STATES.map((s) => [s, 0])) as Record<MilestoneState, number>;
    const items = rows.map((r) => {
      const latest = marks.get(`${r.action_key}/${r.key}`)?.[0];
      const done = latest?.done ?? r.done;
      const state = stateOf(done, r.due_date, asOf);
      counts[state]++;
      return {
        actionId: r.action_id,
        actionTitle: r.action_title,
        leadUnit: leadUnitOf(r),
        key: r.key,
        title: r.title,
        dueDate: r.due_date,
        done,
        state,
        doneAt: latest?.done === true ? new Date(latest.created_at).toISOString() : null,
      };
    });
    return { asOf, counts, items };
  }

  /** Marks a milestone of an adopted plan done or not done (a new mark; the earlier ones stay). */
  async mark(actionId: string, key: string, dto: CreateMilestoneMarkDto): Promise<MilestoneProgress> {
    const m = this.db.manager();
    const tenantId = currentTenantId();
    const { action, plan } = await this.facts.actionWithPlan(actionId, true);
    if (!(await this.mayMark(action, plan, true))) throw new DomainError('forbidden', 'milestone.own_units_only');
    if (plan.status !== 'adopted') throw new DomainError('conflict', 'milestone.adopted_only');
    const milestone = await this.facts.milestone(actionId, key);
    if (!milestone) throw notFound('milestone');
    const before = ((await this.marks(m, plan.lineageId, [action.key])).get(`${action.key}/${key}`) ?? []).map(toMark);
    const wasDone = before[0]?.done ?? milestone.done;
    if (wasDone === dto.done)
      throw new DomainError(
        'conflict',
        message(dto.done ? 'milestone.already_done' : 'milestone.already_open', { title: milestone.title }),
      );
    const actor = currentContext()?.actor;
    const note = (dto.note ?? '').trim();
    const saved = await m.save(
      m.create(MilestoneUpdateEntity, {
        tenantId,
        actionId,
        lineageId: plan.lineageId,
        actionKey: action.key,
        milestoneKey: key,
        done: dto.done,
        note,
        authorId: actor?.kind === 'user' ? actor.id : null,
        createdAt: this.clock.now(),
      }),
    );
    await this.audit.record({
      tenantId,
      action: dto.done ? 'milestone.done' : 'milestone.undone',
      objectType: 'action',
      objectId: actionId,
      before: { done: wasDone },
      after: {
        planId: plan.id,
        milestone: milestone.title,
        dueDate: milestone.dueDate,
        done: dto.done,
        note,
      },
    });
    // The answer is the milestone as it stands now: the new mark on top of the earlier ones.
    const history: MilestoneMark[] = [
      {
        id: saved.id,
        done: dto.done,
        note,
        author: actor?.kind === 'user' ? { id: actor.id, name: actor.name } : null,
        createdAt: saved.createdAt.toISOString(),
      },
      ...before,
    ];
    return {
      key,
      title: milestone.title,
      dueDate: milestone.dueDate,
      done: dto.done,
      state: stateOf(dto.done, milestone.dueDate, this.clock.today()),
      history,
    };
  }

  /** Admins and planners mark any milestone; contributors those of actions their units lead or contribute to. */
  private async mayMark(action: ActionFact, plan: PlanFact, ignoreStatus = false): Promise<boolean> {
    const actor = currentContext()?.actor;
    if (!ignoreStatus && plan.status !== 'adopted') return false;
    if (actor?.kind !== 'user') return false;
    if (actor.role === 'admin' || actor.role === 'planner') return true;
    return actor.role === 'contributor' && (await this.facts.unitsWorkOn(action, actor.orgUnitIds));
  }

  /** The marks of these actions' milestones in the lineage, per `actionKey/milestoneKey`, newest first. */
  private async marks(m: EntityManager, lineageId: string, actionKeys: string[]): Promise<Map<string, MarkRow[]>> {
    const rows: MarkRow[] = actionKeys.length
      ? await m.query(
          `SELECT u.id, u.action_key, u.milestone_key, u.done, u.note, u.author_id, a.name AS author_name, u.created_at
             FROM progress_milestone_updates u
             LEFT JOIN users a ON a.tenant_id = u.tenant_id AND a.id = u.author_id
            WHERE u.tenant_id = $1 AND u.lineage_id = $2 AND u.action_key = ANY($3)
            ORDER BY u.created_at DESC, u.id DESC`,
          [currentTenantId(), lineageId, actionKeys],
        )
      : [];
    const out = new Map<string, MarkRow[]>();
    for (const r of rows) {
      const k = `${r.action_key}/${r.milestone_key}`;
      out.set(k, [...(out.get(k) ?? []), r]);
    }
    return out;
  }
}

function toMark(r: MarkRow): MilestoneMark {
  return {
    id: r.id,
    done: r.done,
    note: r.note,
    author: r.author_id && r.author_name ? { id: r.author_id, name: r.author_name } : null,
    createdAt: new Date(r.created_at).toISOString(),
  };
}

/** See MilestoneState in the contracts. */
export function stateOf(done: boolean, dueDate: string, asOf: string): MilestoneState {
  if (done) return 'done';
  if (dueDate < asOf) return 'late';
  return dueDate <= addDays(asOf, MILESTONE_SOON_DAYS - 1) ? 'soon' : 'planned';
}
