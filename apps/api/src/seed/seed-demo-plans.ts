import { PublicationService } from '@wk/api/reports';
import type { INestApplication } from '@nestjs/common';
import { Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Plan } from '@wk/contracts';
import { Clock, Db, DB_ROLES, requestContext, type Actor } from '@wk/api/core';
import { ProgressUpdatesService } from '@wk/api/progress';
import { OrgUnitEntity, TenantEntity, UserEntity } from '@wk/api/tenancy/entities';
import { WijkEntity } from '@wk/api/wijken/entities';
import { PlanEntity } from '@wk/api/plans/entities';
import {
  PlansService,
  PlanLifecycleService,
  PlanActionsService,
  PlanGoalsService,
  PlanTargetsService,
  type CreateActionDto,
  type CreateGoalDto,
  type CreatePlanDto,
} from '@wk/api/plans';
import type { DemoTenant } from './demo-content';
import { demoPlanFor, type DemoPlan } from './demo-plans';
import { seedDemoProgress, type DemoReporters } from './seed-demo-progress';

/** The demo plan whose adopted revision gets a second, draft revision (to show the comparison). */
export const DEMO_REVISED_WIJK = 'Meijhorst';

/**
 * Seeds one plan per demo wijk (demo-plans.ts) into every demo tenant that has no plan yet, through the
 * plan services (so the history shows every step). Runs on every start: an older local database that
 * was seeded before plans existed gets them too. Plans are marked `demo` and labelled in the interface.
 */
export async function seedDemoPlans(app: INestApplication, tenants: DemoTenant[]): Promise<number> {
  const logger = new Logger('Seed');
  const db = app.get(Db);
  const plans = demoPlans(app.get(PlansService), app.get(PlanLifecycleService));
  const structure = demoStructure(app.get(PlanGoalsService), app.get(PlanActionsService), app.get(PlanTargetsService));
  const progress = app.get(ProgressUpdatesService);
  const publication = app.get(PublicationService);
  const today = app.get(Clock).today();
  let updates = 0;
  const started = performance.now();
  let seeded = 0;
  for (const t of tenants) {
    await db.asRole(DB_ROLES.platform, async (m) => {
      const tenant = await m.findOneBy(TenantEntity, { slug: t.slug });
      if (!tenant || (tenant.settings as { demo?: boolean } | null)?.demo !== true) return;
      await db.enterTenant(m, tenant.id);
      if ((await m.count(PlanEntity, { where: { tenantId: tenant.id } })) > 0) return;
      const ctx = {
        requestId: 'seed',
        ip: 'local',
        actor: null,
        tenantId: tenant.id,
        manager: m,
      };
      await requestContext.run(ctx, async () => {
        const refs = await references(m, tenant.id, t);
        for (const wijk of t.wijken) {
          const demo = demoPlanFor(wijk.name);
          const wijkId = refs.wijken.get(wijk.name);
          if (!demo || !wijkId) continue;
          const plan = await seedPlan(plans, structure, tenant.id, wijkId, demo, refs);
          if (plan.status === 'adopted') {
            updates += await seedDemoProgress(progress, plan, reporters(tenant.id, refs), today);
            if (demo.published) await publication.publish(plan.id);
          }
          if (demo.wijk === DEMO_REVISED_WIJK && plan.status === 'adopted') await seedRevision(plans, structure, tenant.id, plan);
          seeded++;
        }
      });
    });
  }
  if (seeded)
    logger.log(`Demo plans seeded: ${seeded} plans and ${updates} progress updates in ${Math.round(performance.now() - started)} ms`);
  return seeded;
}

interface Refs {
  wijken: Map<string, string>;
  /** Org-unit key → id. */
  units: Map<string, string>;
  /** The demo contributor (trekker) and the org-unit keys they belong to: they own the actions their units lead. */
  trekker: { id: string; name: string; unitKeys: string[] } | null;
  planner: { id: string; name: string } | null;
}

/** Who reports the demo progress: the trekker on the actions of their units, the planner on the rest. */
function reporters(tenantId: string, refs: Refs): DemoReporters {
  const actor = (u: { id: string; name: string }, role: Actor['role'], orgUnitIds: string[]): Actor => ({
    kind: 'user',
    id: u.id,
    name: u.name,
    tenantId,
    role,
    orgUnitIds,
    sessionId: 'seed',
  });
  const planner = refs.planner ?? { id: '', name: 'Demo' };
  return {
    trekker: refs.trekker
      ? actor(
          refs.trekker,
          'contributor',
          refs.trekker.unitKeys.map((k) => refs.units.get(k) ?? ''),
        )
      : null,
    planner: actor(planner, 'planner', []),
  };
}

async function references(m: EntityManager, tenantId: string, t: DemoTenant): Promise<Refs> {
  const wijken = await m.find(WijkEntity, { where: { tenantId } });
  const units = await m.find(OrgUnitEntity, { where: { tenantId } });
  const byName = new Map(units.map((u) => [u.name, u.id]));
  const trekkerSpec = t.users.find((u) => u.role === 'contributor');
  const trekker = trekkerSpec ? await m.findOneBy(UserEntity, { tenantId, email: trekkerSpec.email }) : null;
  const plannerSpec = t.users.find((u) => u.role === 'planner');
  const planner = plannerSpec ? await m.findOneBy(UserEntity, { tenantId, email: plannerSpec.email }) : null;
  return {
    wijken: new Map(wijken.map((w) => [w.name, w.id])),
    units: new Map(t.orgUnits.map((u) => [u.key, byName.get(u.name) ?? ''])),
    trekker:
      trekker && trekkerSpec
        ? {
            id: trekker.id,
            name: trekker.name,
            unitKeys: trekkerSpec.orgUnitKeys,
          }
        : null,
    planner: planner ? { id: planner.id, name: planner.name } : null,
  };
}

/** The plan writes and lifecycle steps the demo uses. */
interface DemoPlans {
  create: PlansService['create'];
  update: PlansService['update'];
  submit: PlanLifecycleService['submit'];
  adopt: PlanLifecycleService['adopt'];
  newRevision: PlanLifecycleService['newRevision'];
}

function demoPlans(plans: PlansService, lifecycle: PlanLifecycleService): DemoPlans {
  return {
    create: (...args) => plans.create(...args),
    update: (...args) => plans.update(...args),
    submit: (...args) => lifecycle.submit(...args),
    adopt: (...args) => lifecycle.adopt(...args),
    newRevision: (...args) => lifecycle.newRevision(...args),
  };
}

/** The goal and action writes the demo uses. */
interface DemoStructure {
  createGoal: PlanGoalsService['createGoal'];
  updateGoal: PlanGoalsService['updateGoal'];
  createAction: PlanActionsService['createAction'];
  updateAction: PlanActionsService['updateAction'];
  addTarget: PlanTargetsService['create'];
}

function demoStructure(goals: PlanGoalsService, actions: PlanActionsService, targets: PlanTargetsService): DemoStructure {
  return {
    addTarget: (...args) => targets.create(...args),
    createGoal: (...args) => goals.createGoal(...args),
    updateGoal: (...args) => goals.updateGoal(...args),
    createAction: (...args) => actions.createAction(...args),
    updateAction: (...args) => actions.updateAction(...args),
  };
}

async function seedPlan(
  plans: DemoPlans,
  structure: DemoStructure,
  tenantId: string,
  wijkId: string,
  demo: DemoPlan,
  refs: Refs,
): Promise<Plan> {
  const create: CreatePlanDto = {
    title: demo.title,
    wijkIds: [wijkId],
    startYear: demo.startYear,
    endYear: demo.endYear,
    vision: demo.vision,
  };
  let plan = await plans.create(tenantId, create, { demo: true });
  plan = await plans.update(tenantId, plan.id, {
    sections: demo.sections,
    version: plan.version,
  });
  for (const goal of demo.goals) {
    const dto: CreateGoalDto = {
      block: goal.block,
      pillar: goal.pillar,
      statement: goal.statement,
      target: goal.target,
    };
    plan = await structure.createGoal(tenantId, plan.id, dto);
    const last = plan.goals.at(-1);
    const created = last?.statement === goal.statement ? last : plan.goals.find((g) => g.statement === goal.statement);
    if (!created) throw new Error(`Demo goal not created: ${goal.statement}`);
    for (const t of goal.indicatorTargets) await structure.addTarget(created.id, { ...t, wijkId });
    for (const a of goal.actions) {
      const unit = (key: string) => {
        const id = refs.units.get(key);
        if (!id) throw new Error(`Demo org unit ${key} unknown`);
        return id;
      };
      const action: CreateActionDto = {
        title: a.title,
        description: a.description,
        leadUnitId: unit(a.lead),
        contributingUnitIds: a.contributing.map(unit),
        ownerId: refs.trekker && refs.trekker.unitKeys.includes(a.lead) ? refs.trekker.id : null,
        start: a.start,
        end: a.end,
        budget: a.budget,
        milestones: a.milestones,
      };
      plan = await structure.createAction(tenantId, created.id, action);
    }
  }
  if (demo.status === 'in_review' || demo.status === 'adopted') plan = await plans.submit(tenantId, plan.id, plan.version);
  if (demo.status === 'adopted' && demo.adoptedOn && demo.decisionReference) {
    plan = await plans.adopt(tenantId, plan.id, {
      adoptedOn: demo.adoptedOn,
      decisionReference: demo.decisionReference,
      version: plan.version,
    });
  }
  return plan;
}

/** A second revision in draft: one action runs longer with more budget, and one goal gets a sharper target. */
async function seedRevision(plans: DemoPlans, structure: DemoStructure, tenantId: string, adopted: Plan): Promise<void> {
  let draft = await plans.newRevision(tenantId, adopted.id, adopted.version);
  const action = draft.goals.flatMap((g) => g.actions).find((a) => a.budget.length > 0);
  if (action) {
    const lastYear = Math.min(action.end.year + 2, draft.endYear);
    const extra = action.budget.at(-1)?.amountCents ?? 0;
    const budget = [...action.budget];
    for (let year = action.end.year + 1; year <= lastYear; year++) budget.push({ year, amountCents: extra });
    draft = await structure.updateAction(tenantId, action.id, {
      end: { year: lastYear, quarter: 4 },
      budget,
      description: `${action.description} Na de evaluatie in 2026 twee jaar verlengd. (Voorbeeldtekst, verzonnen voor de demo.)`,
      version: action.version,
    });
  }
  const goal = draft.goals.find((g) => g.block === 'B6');
  if (goal) {
    await structure.updateGoal(tenantId, goal.id, {
      target: goal.target
        ? `Aangescherpt na de evaluatie van 2026: ${goal.target}`
        : 'Aangescherpt na de evaluatie van 2026 (eigen ambitie).',
      version: goal.version,
    });
  }
}
