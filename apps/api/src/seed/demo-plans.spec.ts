import { BLOCK_CODES, PILLAR_CODES, PILLAR_BLOCK, QUARTERS } from '@wk/contracts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { first, nth } from '@wk/api/testing';
import { isIsoDay } from '@wk/util';
import { CbsReference, resolveCbsDataDir } from './cbs-reference';
import { buildDemoContent, DEMO_TEXT_MARKER, DemoTenant } from './demo-content';
import { demoPlanFor, loadDemoPlans, parseDemoPlans, type DemoAction, type DemoPlan } from './demo-plans';

const DEMO_PLANS = loadDemoPlans();

/** Demo "today": milestones can only be done when they fell due before the demo data was written. */
const DONE_BEFORE = '2026-11-01';

/** Quarters counted from year 0, to compare and measure start and end. */
const quarterIndex = (at: { year: number; quarter: number }): number => at.year * 4 + (at.quarter - 1);

/** Number of sentences in a narrative text, without the demo marker. */
function sentenceCount(text: string): number {
  const body = text.slice(0, text.length - DEMO_TEXT_MARKER.length).trim();
  return body.split(/(?<=[.!?])\s+/).filter((s) => s.trim() !== '').length;
}

const allActions = (plan: DemoPlan): DemoAction[] => plan.goals.flatMap((g) => g.actions);

describe('DEMO_PLANS', () => {
  const tenants: DemoTenant[] = buildDemoContent(CbsReference.load());
  const wijkNames = tenants.flatMap((t) => t.wijken.map((w) => w.name));
  const tenantOf = (wijk: string): DemoTenant => {
    const tenant = tenants.find((t) => t.wijken.some((w) => w.name === wijk));
    if (!tenant) throw new Error(`no demo tenant for wijk ${wijk}`);
    return tenant;
  };
  const planOf = (wijk: string): DemoPlan => {
    const plan = demoPlanFor(wijk);
    if (!plan) throw new Error(`no demo plan for wijk ${wijk}`);
    return plan;
  };

  it('has exactly one plan per demo wijk, in the order of the demo content', () => {
    expect(wijkNames).toHaveLength(11);
    expect(DEMO_PLANS.map((p) => p.wijk)).toEqual(wijkNames);
    for (const name of wijkNames) {
      expect(demoPlanFor(name)?.wijk).toBe(name);
    }
    expect(demoPlanFor('Nergenshuizen')).toBeUndefined();
    expect(demoPlanFor('meijhorst')).toBeUndefined();
  });

  it('has seven adopted plans, three drafts and one in review; Meijhorst and Afrikaanderwijk are adopted', () => {
    const count = (status: DemoPlan['status']): number => DEMO_PLANS.filter((p) => p.status === status).length;
    expect([count('adopted'), count('draft'), count('in_review')]).toEqual([7, 3, 1]);
    expect(planOf('Meijhorst').status).toBe('adopted');
    expect(planOf('Afrikaanderwijk').status).toBe('adopted');
  });

  it('gives Meijhorst the horizon 2025–2040 of the product brief', () => {
    const meijhorst = planOf('Meijhorst');
    expect([meijhorst.startYear, meijhorst.endYear]).toEqual([2025, 2040]);
  });

  it('uses every goal statement and every action description once across all plans', () => {
    const statements = DEMO_PLANS.flatMap((p) => p.goals.map((g) => g.statement));
    expect(new Set(statements).size).toBe(statements.length);
    const descriptions = DEMO_PLANS.flatMap((p) => allActions(p).map((a) => a.description));
    expect(new Set(descriptions).size).toBe(descriptions.length);
    const visions = DEMO_PLANS.map((p) => p.vision);
    expect(new Set(visions).size).toBe(visions.length);
    const sections = DEMO_PLANS.flatMap((p) => BLOCK_CODES.map((b) => p.sections[b]));
    expect(new Set(sections).size).toBe(sections.length);
  });

  it('names no real housing corporation or welfare organisation', () => {
    const real =
      /\b(Vestia|Staedion|Haag Wonen|Woonbron|Havensteder|Woonstad|Nijestee|Lefier|Centrada|Talis|Portaal|Vidomes|De Goede Woning|Welzijn Rotterdam|Swon|Humanitas)\b/;
    for (const plan of DEMO_PLANS) {
      const texts = [
        plan.title,
        plan.vision,
        ...BLOCK_CODES.map((b) => plan.sections[b]),
        ...plan.goals.flatMap((g) => [
          g.statement,
          g.target ?? '',
          ...g.actions.flatMap((a) => [a.title, a.description, ...a.milestones.map((m) => m.title)]),
        ]),
      ];
      for (const t of texts) expect(t).not.toMatch(real);
    }
  });

  describe.each(DEMO_PLANS.map((p) => [p.wijk, p] as const))('%s', (wijk, plan) => {
    const tenant = tenantOf(wijk);
    const unitKeys = new Set(tenant.orgUnits.map((u) => u.key));
    const actions = allActions(plan);

    it('has a horizon of 15 to 20 years starting in 2023–2026, and a title with wijk and years', () => {
      expect(Number.isInteger(plan.startYear) && Number.isInteger(plan.endYear)).toBe(true);
      expect(plan.startYear).toBeGreaterThanOrEqual(2023);
      expect(plan.startYear).toBeLessThanOrEqual(2026);
      expect(plan.endYear - plan.startYear).toBeGreaterThanOrEqual(15);
      expect(plan.endYear - plan.startYear).toBeLessThanOrEqual(20);
      expect(plan.title).toContain(wijk);
      expect(plan.title).toContain(`${plan.startYear}–${plan.endYear}`);
      expect(plan.title.length).toBeLessThanOrEqual(200);
    });

    it('has a vision and a section per building block of 2 to 4 sentences, each ending with the demo marker', () => {
      expect(Object.keys(plan.sections).sort()).toEqual([...BLOCK_CODES]);
      for (const narrative of [plan.vision, ...BLOCK_CODES.map((b) => plan.sections[b])]) {
        expect(narrative.endsWith(` ${DEMO_TEXT_MARKER}`)).toBe(true);
        expect(narrative.indexOf(DEMO_TEXT_MARKER)).toBe(narrative.length - DEMO_TEXT_MARKER.length);
        expect(sentenceCount(narrative)).toBeGreaterThanOrEqual(2);
        expect(sentenceCount(narrative)).toBeLessThanOrEqual(4);
        // No figures other than years in the narrative, so nothing can be mistaken for a statistic.
        expect(narrative.replace(/\b20\d{2}\b/g, '')).not.toMatch(/\d/);
      }
      expect(plan.vision).toContain(wijk);
    });

    it('keeps status and adoption fields consistent', () => {
      if (plan.status === 'adopted') {
        expect(plan.adoptedOn).not.toBeNull();
        const adoptedOn = plan.adoptedOn ?? '';
        expect(isIsoDay(adoptedOn)).toBe(true);
        expect(adoptedOn >= '2023-01-01' && adoptedOn <= '2026-06-30').toBe(true);
        const year = Number(adoptedOn.slice(0, 4));
        expect(year).toBeGreaterThanOrEqual(plan.startYear - 1);
        expect(year).toBeLessThanOrEqual(plan.startYear + 1);
        expect(plan.decisionReference).toMatch(/^\S.*\(verzonnen\)$/);
        expect((plan.decisionReference ?? '').length).toBeLessThanOrEqual(200);
      } else {
        expect(['draft', 'in_review']).toContain(plan.status);
        expect(plan.adoptedOn).toBeNull();
        expect(plan.decisionReference).toBeNull();
      }
    });

    it('has goals in every building block and, under B4, in every pillar; a pillar exactly for B4', () => {
      expect(plan.goals.length).toBeGreaterThanOrEqual(8);
      expect(plan.goals.length).toBeLessThanOrEqual(10);
      for (const block of BLOCK_CODES) {
        expect(plan.goals.filter((g) => g.block === block).length).toBeGreaterThanOrEqual(1);
      }
      for (const pillar of PILLAR_CODES) {
        expect(plan.goals.filter((g) => g.block === PILLAR_BLOCK && g.pillar === pillar).length).toBeGreaterThanOrEqual(1);
      }
      for (const goal of plan.goals) {
        expect(BLOCK_CODES).toContain(goal.block);
        if (goal.block === PILLAR_BLOCK) {
          expect(PILLAR_CODES).toContain(goal.pillar);
        } else {
          expect(goal.pillar).toBeNull();
        }
      }
    });

    it('has goals with a statement, a target phrased as an own ambition or none, and 1 to 3 actions', () => {
      for (const goal of plan.goals) {
        expect(goal.statement.trim()).not.toBe('');
        expect(goal.statement.length).toBeLessThanOrEqual(2000);
        if (goal.target !== null) {
          expect(goal.target.endsWith('(eigen ambitie).')).toBe(true);
        }
        expect(goal.actions.length).toBeGreaterThanOrEqual(1);
        expect(goal.actions.length).toBeLessThanOrEqual(3);
      }
      expect(actions.length).toBeGreaterThanOrEqual(15);
      expect(actions.length).toBeLessThanOrEqual(20);
      const titles = actions.map((a) => a.title);
      expect(new Set(titles).size).toBe(titles.length);
    });

    it('runs every action inside the horizon, for 1 to 8 years, mostly starting in the first years', () => {
      for (const action of actions) {
        for (const at of [action.start, action.end]) {
          expect(Number.isInteger(at.year)).toBe(true);
          expect(QUARTERS).toContain(at.quarter);
          expect(at.year).toBeGreaterThanOrEqual(plan.startYear);
          expect(at.year).toBeLessThanOrEqual(plan.endYear);
        }
        const quarters = quarterIndex(action.end) - quarterIndex(action.start) + 1;
        expect(quarters).toBeGreaterThanOrEqual(4);
        expect(quarters).toBeLessThanOrEqual(32);
      }
      const early = actions.filter((a) => a.start.year <= plan.startYear + 2).length;
      expect(early / actions.length).toBeGreaterThanOrEqual(0.6);
    });

    it('has a lead and 0 to 3 other contributing units, all organisation units of the tenant', () => {
      for (const action of actions) {
        expect(unitKeys.has(action.lead)).toBe(true);
        expect(action.contributing.length).toBeLessThanOrEqual(3);
        expect(new Set(action.contributing).size).toBe(action.contributing.length);
        expect(action.contributing).not.toContain(action.lead);
        for (const key of action.contributing) expect(unitKeys.has(key)).toBe(true);
      }
    });

    it('plans budget only for years the action runs, once per year, in realistic whole euro cents', () => {
      for (const action of actions) {
        const years = action.budget.map((b) => b.year);
        expect(new Set(years).size).toBe(years.length);
        expect(years).toEqual([...years].sort((a, b) => a - b));
        for (const line of action.budget) {
          expect(line.year).toBeGreaterThanOrEqual(action.start.year);
          expect(line.year).toBeLessThanOrEqual(action.end.year);
          expect(Number.isSafeInteger(line.amountCents)).toBe(true);
          expect(line.amountCents).toBeGreaterThanOrEqual(0);
          // €25.000 to €2.500.000 a year: the order of magnitude of a municipal wijk budget.
          expect(line.amountCents).toBeGreaterThanOrEqual(2_500_000);
          expect(line.amountCents).toBeLessThanOrEqual(250_000_000);
        }
      }
      expect(actions.some((a) => a.budget.length === 0)).toBe(true);
    });

    it('has 0 to 3 milestones per action with valid dates within the action, done only when past and adopted', () => {
      for (const action of actions) {
        expect(action.milestones.length).toBeLessThanOrEqual(3);
        for (const milestone of action.milestones) {
          expect(milestone.title.trim()).not.toBe('');
          expect(isIsoDay(milestone.dueDate)).toBe(true);
          const year = Number(milestone.dueDate.slice(0, 4));
          expect(year).toBeGreaterThanOrEqual(action.start.year);
          expect(year).toBeLessThanOrEqual(action.end.year);
          if (milestone.done) {
            expect(plan.status).toBe('adopted');
            expect(milestone.dueDate < DONE_BEFORE).toBe(true);
            expect(quarterIndex(action.start)).toBeLessThan(quarterIndex({ year: 2026, quarter: 4 }));
          }
        }
      }
    });
  });
});

describe('the demo plans file (data/demo/plans.json)', () => {
  const raw = (): DemoPlan[] => JSON.parse(JSON.stringify(DEMO_PLANS)) as DemoPlan[];
  const goalOf = (plans: DemoPlan[], plan: number, goal: number) => nth(nth(plans, plan).goals, goal);
  const actionOf = (plans: DemoPlan[], plan: number, goal: number, action: number) => nth(goalOf(plans, plan, goal).actions, action);
  const refused = (edit: (plans: DemoPlan[]) => void): string => {
    const plans = raw();
    edit(plans);
    try {
      parseDemoPlans(plans, 'plans.json');
    } catch (e) {
      return (e as Error).message;
    }
    return 'accepted';
  };

  it('is read and checked as it is: eleven plans, the same after a round trip', () => {
    expect(DEMO_PLANS).toHaveLength(11);
    expect(parseDemoPlans(raw())).toEqual(DEMO_PLANS);
  });

  it('refuses a wrong shape and names the place', () => {
    expect(refused((p) => (actionOf(p, 2, 0, 0).start.quarter = 5 as never))).toBe(
      'plans.json: [2].goals[0].actions[0].start.quarter: expected a whole number 1–4',
    );
    expect(refused((p) => (goalOf(p, 0, 1).block = 'B7' as never))).toBe(
      'plans.json: [0].goals[1].block: expected one of B1, B2, B3, B4, B5, B6',
    );
    expect(refused((p) => delete (nth(p, 4).sections as Partial<DemoPlan['sections']>).B3)).toBe(
      'plans.json: [4].sections.B3: expected a text',
    );
    expect(refused((p) => (actionOf(p, 1, 0, 0).milestones = [{ title: 'x', dueDate: '2027-02-29', done: false }]))).toBe(
      'plans.json: [1].goals[0].actions[0].milestones[0].dueDate: expected a day yyyy-mm-dd',
    );
    expect(refused((p) => (nth(p, 0).status = 'archived' as never))).toBe(
      'plans.json: [0].status: expected one of draft, in_review, adopted',
    );
    expect(refused(() => undefined)).toBe('accepted');
  });
});

describe('the demo plans’ effect indicators', () => {
  const tenants: DemoTenant[] = buildDemoContent(CbsReference.load());
  /** Leefbaarometer 3.0 (data/cbs), read here without the product's importer: per wijk code and year lbm and the dimensions. */
  const lbm = readFileSync(join(resolveCbsDataDir(), 'leefbaarometer3_meting2024_wijk_2002_2024_studiewijken.csv'), 'utf8')
    .trim()
    .split(/\r?\n/)
    .map((l) => l.split(',').map((c) => c.replace(/^"|"$/g, '')));
  const header = lbm[0] ?? [];
  const cell = (code: string, year: number, column: string) => {
    const row = lbm.find((r) => r[0] === code && r[2] === String(year));
    return row ? Number(row[header.indexOf(column)]) : NaN;
  };
  const targets = DEMO_PLANS.flatMap((p) => p.goals.flatMap((g) => g.indicatorTargets.map((t) => ({ plan: p, t }))));

  it('exist (the dashboard of Moerwijk shows one) and start from the real figure of the baseline year', () => {
    expect(targets.length).toBeGreaterThan(0);
    for (const { plan, t } of targets) {
      const wijk = tenants.flatMap((x) => x.wijken).find((w) => w.name === plan.wijk);
      const code = first(wijk?.cbsUnits ?? [], 'CBS unit').code;
      const column = t.indicatorCode === 'lbm_score' ? 'lbm' : t.indicatorCode.replace(/^lbm_/, '');
      expect({ indicator: t.indicatorCode, baseline: t.baseline.value }).toEqual({
        indicator: t.indicatorCode,
        baseline: Number(cell(code, t.baseline.year, column).toFixed(3)),
      });
      expect(t.target.year).toBeGreaterThan(t.baseline.year);
    }
  });
});
