import { randomBytes } from 'node:crypto';
import { BLOCK_CODES, PILLAR_CODES, type BlockCode, type PillarCode, type Plan, type Wijk } from '@wk/contracts';
import type { ApiClient, ApiResponse } from './api-client';
import type { TenantFixture } from './two-tenants';
import { first } from './lists';

function ok<T>(r: ApiResponse<T>, what: string): T {
  if (r.status !== 200 && r.status !== 201) throw new Error(`${what}: ${r.status} ${r.text}`);
  return r.body;
}

/** Every slot a complete plan fills: B1, B2, B3, B5, B6 and B4 once per pillar. */
export const GOAL_SLOTS: { block: BlockCode; pillar: PillarCode | null }[] = BLOCK_CODES.flatMap(
  (block): { block: BlockCode; pillar: PillarCode | null }[] =>
    block === 'B4' ? PILLAR_CODES.map((pillar) => ({ block, pillar })) : [{ block, pillar: null }],
);

/**
 * A plan built through the API by the tenant's planner: 2025–2040, vision and every section written,
 * one goal per slot with one action each (lead unit, period inside the horizon, budget, milestone).
 * With `complete: false` it stops after the plan itself (an empty template).
 */
export async function createPlanFixture(
  f: TenantFixture,
  options: {
    complete?: boolean;
    title?: string;
    /** Default: the fixture's first wijk. */
    wijkIds?: string[];
    theme?: string | null;
  } = {},
): Promise<Plan> {
  const planner: ApiClient = f.as.planner;
  let plan = ok(
    await planner.post<Plan>('/plans', {
      title: options.title ?? `Wijkplan ${f.wijken[0].name} 2025–2040`,
      wijkIds: options.wijkIds ?? [f.wijken[0].id],
      ...(options.theme !== undefined ? { theme: options.theme } : {}),
      startYear: 2025,
      endYear: 2040,
      vision: `Visie voor ${f.wijken[0].name}.`,
    }),
    'create plan',
  );
  if (options.complete === false) return plan;
  plan = ok(
    await planner.patch<Plan>(`/plans/${plan.id}`, {
      sections: Object.fromEntries(BLOCK_CODES.map((b) => [b, `Tekst voor ${b}.`])),
      version: plan.version,
    }),
    'write sections',
  );
  for (const [i, slot] of GOAL_SLOTS.entries()) {
    plan = ok(
      await planner.post<Plan>(`/plans/${plan.id}/goals`, {
        ...slot,
        statement: `Doel ${i + 1} (${slot.block}${slot.pillar ?? ''})`,
        target: null,
      }),
      'create goal',
    );
    const goal = plan.goals.find((g) => g.statement === `Doel ${i + 1} (${slot.block}${slot.pillar ?? ''})`);
    if (!goal) throw new Error('goal not in plan');
    plan = ok(
      await planner.post<Plan>(`/goals/${goal.id}/actions`, {
        title: `Actie ${i + 1}`,
        description: `Omschrijving van actie ${i + 1}.`,
        leadUnitId: f.orgUnits[0].id,
        contributingUnitIds: [f.orgUnits[1].id],
        ownerId: f.users.contributor.id,
        start: { year: 2026, quarter: 1 },
        end: { year: 2028, quarter: 4 },
        budget: [
          { year: 2026, amountCents: 10_000_000 },
          { year: 2027, amountCents: 12_500_000 },
        ],
        milestones: [{ title: 'Start', dueDate: '2026-03-31', done: false }],
      }),
      'create action',
    );
  }
  return plan;
}

/** Submits a draft and adopts it as the tenant's planner (adoption date and decision reference as given). */
export async function adoptPlan(f: TenantFixture, plan: Plan, adoption: { adoptedOn: string; decisionReference: string }): Promise<Plan> {
  const submitted = ok(
    await f.as.planner.post<Plan>(`/plans/${plan.id}/submit`, {
      version: plan.version,
    }),
    'submit plan',
  );
  return ok(
    await f.as.planner.post<Plan>(`/plans/${submitted.id}/adopt`, {
      ...adoption,
      version: submitted.version,
    }),
    'adopt plan',
  );
}

let wijkCounter = 0;

/**
 * Another wijk of the tenant, added by its admin (mapped to the same CBS wijk as the fixture's first one):
 * for tests that adopt several plans and must not meet the one-plan-in-force-per-wijk rule by accident.
 */
export async function addWijk(f: TenantFixture, name?: string): Promise<Wijk> {
  wijkCounter += 1;
  return ok(
    await f.as.admin.post<Wijk>('/wijken', {
      name: name ?? `Extra wijk ${wijkCounter} ${randomBytes(3).toString('hex')}`,
      cbsUnits: f.wijken[0].cbsUnits.map((u) => ({
        code: u.code,
        year: u.year,
      })),
    }),
    'create wijk',
  );
}

/** The plan's first goal (a complete fixture plan has one per slot). */
export function firstGoal(plan: Pick<Plan, 'goals'>): Plan['goals'][number] {
  return first(plan.goals, 'goal');
}

/** The first action of the plan's first goal. */
export function firstAction(plan: Pick<Plan, 'goals'>): Plan['goals'][number]['actions'][number] {
  return first(firstGoal(plan).actions, 'action');
}
