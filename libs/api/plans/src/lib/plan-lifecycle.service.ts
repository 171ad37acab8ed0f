import { Injectable } from '@nestjs/common';
import type { InvalidParam, Plan, PlanInForceRef } from '@wk/contracts';
import { Clock, Db, DomainError, invalid, message, oneRow } from '@wk/api/core';
import { AuditService } from '@wk/api/audit';
import { isIsoDay } from '@wk/util';
import { PlanEntity } from './plan.entities';
import { planFields, themeOf } from './plan-fields';
import { assertStatus, param } from './plan-guards';
import { PlanReader } from './plan-reader';
import { PlanTargetsService } from './plan-targets.service';
import type { AdoptPlanDto, CorrectAdoptionDto } from './plans.dto';

/** Two plans may be in force for the same wijk only when both name a theme and the themes differ. */
const themesDiffer = (a: string | null, b: string | null): boolean =>
  a !== null && b !== null && a.toLocaleLowerCase('nl') !== b.toLocaleLowerCase('nl');

/** The lifecycle of a plan: draft → in_review → adopted → archived, corrections of an adoption, and new revisions of adopted plans. */
@Injectable()
export class PlanLifecycleService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
    private readonly reader: PlanReader,
    private readonly clock: Clock,
    private readonly targets: PlanTargetsService,
  ) {}

  async submit(tenantId: string, id: string, version: number): Promise<Plan> {
    const p = await this.reader.lockedAt(id, version);
    assertStatus(p, ['draft'], 'submit');
    const plan = await this.reader.load(id);
    if (!plan.completeness.complete) {
      throw new DomainError('plan_incomplete', message('plan.incomplete', { count: plan.completeness.errors }));
    }
    await this.transition(tenantId, p, 'plan.submitted', () => {
      p.status = 'in_review';
      p.submittedAt = this.clock.now();
    });
    return this.reader.load(id);
  }

  async reopen(tenantId: string, id: string, version: number): Promise<Plan> {
    const p = await this.reader.lockedAt(id, version);
    assertStatus(p, ['in_review'], 'reopen');
    await this.transition(tenantId, p, 'plan.reopened', () => {
      p.status = 'draft';
      p.submittedAt = null;
    });
    return this.reader.load(id);
  }

  /**
   * Adopting freezes this revision; the revision adopted before it (if any) is archived. Another plan in force
   * for one of the same wijken (whose theme does not differ) is archived only when the request names it in
   * `replacePlanIds`; otherwise 409 plan_in_force. The wijk rows are locked first, so two adoptions for the
   * same wijk run one after the other and the second sees the first.
   */
  async adopt(tenantId: string, id: string, dto: AdoptPlanDto): Promise<Plan> {
    const p = await this.reader.lockedAt(id, dto.version);
    assertStatus(p, ['in_review'], 'adopt');
    const dateProblems = this.adoptionDateProblems(dto.adoptedOn);
    if (dateProblems.length) throw invalid(dateProblems);
    const m = this.db.manager();
    const wijkIds = await this.reader.wijkIds(id);
    await this.lockWijken(tenantId, wijkIds);
    const inForce = await this.plansInForce(tenantId, p, wijkIds);
    const replace = dto.replacePlanIds ?? [];
    const strangers = replace.flatMap((r, i) =>
      inForce.some((x) => x.id === r) ? [] : [param(`replacePlanIds.${i}`, 'not_in_force', 'plan.replace_not_in_force')],
    );
    if (strangers.length) throw invalid(strangers);
    const blocking = inForce.filter((x) => !replace.includes(x.id));
    const [firstBlocking] = blocking;
    if (firstBlocking) {
      const names = blocking.map((b) => `"${b.title}"`).join(', ');
      throw new DomainError(
        'plan_in_force',
        message('plan.in_force', {
          wijken: firstBlocking.wijken.map((w) => w.name).join(', '),
          plans: names,
        }),
        { plansInForce: blocking },
      );
    }
    const previous = await m.findOne(PlanEntity, {
      where: { tenantId, lineageId: p.lineageId, status: 'adopted' },
      lock: { mode: 'pessimistic_write' },
    });
    if (previous) await this.transition(tenantId, previous, 'plan.archived', () => this.archiveFields(previous));
    for (const replaced of inForce.filter((x) => replace.includes(x.id))) {
      const old = await this.reader.row(replaced.id, true);
      await this.transition(tenantId, old, 'plan.archived', () => this.archiveFields(old), {
        replacedBy: { id: p.id, title: p.title, revision: p.revision },
      });
    }
    await this.transition(
      tenantId,
      p,
      'plan.adopted',
      () => {
        p.status = 'adopted';
        p.adoptedOn = dto.adoptedOn;
        p.decisionReference = dto.decisionReference.trim();
        p.adoptedAt = this.clock.now();
      },
      inForce.length
        ? {
            replaces: inForce.map((x) => ({
              id: x.id,
              title: x.title,
              revision: x.revision,
            })),
          }
        : {},
    );
    return this.reader.load(id);
  }

  /**
   * A beheerder corrects the adoption date or decision reference of an adopted (or archived) revision, with a
   * reason; the content stays frozen. Recorded in the history as `plan.adoption_corrected`.
   */
  async correctAdoption(tenantId: string, id: string, dto: CorrectAdoptionDto): Promise<Plan> {
    const p = await this.reader.lockedAt(id, dto.version);
    assertStatus(p, ['adopted', 'archived'], 'correct_adoption');
    const problems = this.adoptionDateProblems(dto.adoptedOn);
    const decisionReference = dto.decisionReference.trim();
    if (!problems.length && dto.adoptedOn === p.adoptedOn && decisionReference === p.decisionReference)
      problems.push(param('adoptedOn', 'unchanged', 'plan.adoption_unchanged'));
    if (problems.length) throw invalid(problems);
    const before = {
      adoptedOn: p.adoptedOn,
      decisionReference: p.decisionReference,
    };
    p.adoptedOn = dto.adoptedOn;
    p.decisionReference = decisionReference;
    p.updatedAt = this.clock.now();
    await this.db.manager().save(p);
    await this.audit.record({
      tenantId,
      action: 'plan.adoption_corrected',
      objectType: 'plan',
      objectId: p.id,
      before,
      after: {
        adoptedOn: p.adoptedOn,
        decisionReference: p.decisionReference,
        reason: dto.reason.trim(),
      },
    });
    return this.reader.load(id);
  }

  async archive(tenantId: string, id: string, version: number): Promise<Plan> {
    const p = await this.reader.lockedAt(id, version);
    assertStatus(p, ['adopted'], 'archive');
    await this.transition(tenantId, p, 'plan.archived', () => this.archiveFields(p));
    return this.reader.load(id);
  }

  /** Copies an adopted (or archived) revision into a new draft; goals and actions keep their keys. */
  async newRevision(tenantId: string, id: string, version: number): Promise<Plan> {
    const p = await this.reader.lockedAt(id, version);
    assertStatus(p, ['adopted', 'archived'], 'new_revision');
    const m = this.db.manager();
    const open = await m.findOne(PlanEntity, {
      where: [
        { tenantId, lineageId: p.lineageId, status: 'draft' },
        { tenantId, lineageId: p.lineageId, status: 'in_review' },
      ],
    });
    if (open) {
      throw new DomainError('conflict', message('plan.revision_open', { revision: open.revision }));
    }
    const maxRevision = `SELECT max(revision) AS max FROM plans WHERE tenant_id = $1 AND lineage_id = $2`;
    const { max } = oneRow(await m.query<{ max: number }[]>(maxRevision, [tenantId, p.lineageId]), maxRevision);
    const copy = await m.save(
      m.create(PlanEntity, {
        tenantId,
        lineageId: p.lineageId,
        revision: Number(max) + 1,
        title: p.title,
        theme: p.theme,
        vision: p.vision,
        cadence: p.cadence,
        startYear: p.startYear,
        endYear: p.endYear,
        sections: p.sections,
        status: 'draft',
        demo: p.demo,
      }),
    );
    const args = [tenantId, p.id, copy.id];
    await m.query(
      `INSERT INTO plan_wijken (tenant_id, plan_id, wijk_id, position) SELECT tenant_id, $3, wijk_id, position FROM plan_wijken WHERE tenant_id = $1 AND plan_id = $2`,
      args,
    );
    await m.query(
      `INSERT INTO plan_goals (tenant_id, plan_id, key, block, pillar, statement, target, position, version)
       SELECT tenant_id, $3, key, block, pillar, statement, target, position, 1 FROM plan_goals WHERE tenant_id = $1 AND plan_id = $2`,
      args,
    );
    await m.query(
      `INSERT INTO plan_actions (tenant_id, plan_id, goal_id, key, title, description, lead_unit_id, owner_id, start_year, start_quarter, end_year, end_quarter, position, version)
       SELECT a.tenant_id, $3, ng.id, a.key, a.title, a.description, a.lead_unit_id, a.owner_id, a.start_year, a.start_quarter, a.end_year, a.end_quarter, a.position, 1
         FROM plan_actions a
         JOIN plan_goals og ON og.tenant_id = a.tenant_id AND og.id = a.goal_id
         JOIN plan_goals ng ON ng.tenant_id = a.tenant_id AND ng.plan_id = $3 AND ng.key = og.key
        WHERE a.tenant_id = $1 AND a.plan_id = $2`,
      args,
    );
    const mapped = `JOIN plan_actions oa ON oa.tenant_id = x.tenant_id AND oa.id = x.action_id AND oa.plan_id = $2
                    JOIN plan_actions na ON na.tenant_id = x.tenant_id AND na.plan_id = $3 AND na.key = oa.key
                   WHERE x.tenant_id = $1`;
    await m.query(
      `INSERT INTO plan_action_units (tenant_id, action_id, org_unit_id) SELECT x.tenant_id, na.id, x.org_unit_id FROM plan_action_units x ${mapped}`,
      args,
    );
    await m.query(
      `INSERT INTO plan_action_budgets (tenant_id, action_id, year, amount_cents) SELECT x.tenant_id, na.id, x.year, x.amount_cents FROM plan_action_budgets x ${mapped}`,
      args,
    );
    await m.query(
      `INSERT INTO plan_action_milestones (tenant_id, action_id, key, title, due_date, done, position) SELECT x.tenant_id, na.id, x.key, x.title, x.due_date, x.done, x.position FROM plan_action_milestones x ${mapped}`,
      args,
    );
    await this.targets.copyToRevision(tenantId, p.id, copy.id);
    await this.audit.record({
      tenantId,
      action: 'plan.revision_created',
      objectType: 'plan',
      objectId: copy.id,
      after: {
        ...planFields(copy, await this.reader.wijkIds(copy.id)),
        fromPlanId: p.id,
        fromRevision: p.revision,
      },
    });
    return this.reader.load(copy.id);
  }

  private async transition(
    tenantId: string,
    p: PlanEntity,
    action: string,
    change: () => void,
    note: Record<string, unknown> = {},
  ): Promise<void> {
    const wijkIds = await this.reader.wijkIds(p.id);
    const before = planFields(p, wijkIds);
    change();
    p.updatedAt = this.clock.now();
    await this.db.manager().save(p);
    await this.audit.record({
      tenantId,
      action,
      objectType: 'plan',
      objectId: p.id,
      before,
      after: { ...planFields(p, wijkIds), ...note },
    });
  }

  /** A real date, not after today: an adoption cannot lie in the future. */
  private adoptionDateProblems(adoptedOn: string): InvalidParam[] {
    if (!isIsoDay(adoptedOn)) return [param('adoptedOn', 'format', 'field.date_not_real')];
    const today = this.clock.today();
    if (adoptedOn > today) return [param('adoptedOn', 'in_future', 'plan.adopted_in_future', { today })];
    return [];
  }

  /** Locks the wijk rows in id order (no deadlock between two adoptions that share wijken). */
  private async lockWijken(tenantId: string, wijkIds: string[]): Promise<void> {
    if (!wijkIds.length) return;
    await this.db
      .manager()
      .query(`SELECT id FROM wijken WHERE tenant_id = $1 AND id = ANY($2) ORDER BY id FOR NO KEY UPDATE`, [tenantId, wijkIds]);
  }

  /** Adopted plans of other lineages that share a wijk with `p` and whose theme does not differ from its theme. */
  private async plansInForce(tenantId: string, p: PlanEntity, wijkIds: string[]): Promise<PlanInForceRef[]> {
    if (!wijkIds.length) return [];
    const rows: {
      id: string;
      lineage_id: string;
      title: string;
      theme: string | null;
      revision: number;
      adopted_on: string | null;
      wijk_id: string;
      wijk_name: string;
    }[] = await this.db.manager().query(
      `SELECT p.id, p.lineage_id, p.title, p.theme, p.revision, to_char(p.adopted_on, 'YYYY-MM-DD') AS adopted_on,
              w.id AS wijk_id, w.name AS wijk_name
         FROM plans p
         JOIN plan_wijken pw ON pw.tenant_id = p.tenant_id AND pw.plan_id = p.id
         JOIN wijken w ON w.tenant_id = pw.tenant_id AND w.id = pw.wijk_id
        WHERE p.tenant_id = $1 AND p.status = 'adopted' AND p.lineage_id <> $2 AND pw.wijk_id = ANY($3)
        ORDER BY p.title, p.id, w.name`,
      [tenantId, p.lineageId, wijkIds],
    );
    const out = new Map<string, PlanInForceRef>();
    for (const r of rows) {
      if (themesDiffer(themeOf(p.theme), r.theme)) continue;
      const ref = out.get(r.id) ?? {
        id: r.id,
        lineageId: r.lineage_id,
        title: r.title,
        theme: r.theme,
        revision: r.revision,
        adoptedOn: r.adopted_on,
        wijken: [],
      };
      ref.wijken.push({ id: r.wijk_id, name: r.wijk_name });
      out.set(r.id, ref);
    }
    return [...out.values()];
  }

  private archiveFields(p: PlanEntity): void {
    p.status = 'archived';
    p.archivedAt = this.clock.now();
  }
}
