import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { BLOCK_CODES, PILLAR_CODES, type BlockCode, type PillarCode, type Quarter, type YearValue } from '@wk/contracts';
import { isIsoDay } from '@wk/util';
import { resolveCbsDataDir } from './cbs-reference';

/**
 * Demo wijkplannen: one plan per demo wijk of product.md §4, structured by the six building blocks and,
 * under B4, the three pillars of the Platform31 study *Wijk in zicht* (2020). The content is data, in
 * `data/demo/plans.json` (see data/demo/README.md): read and checked only when demo data is seeded, never
 * part of the production bundle.
 *
 * Everything in it is invented for the demo: visions, sections, goals, actions, budgets, milestones,
 * adoption dates and decision references. Only the general character of each wijk (where it lies, when
 * it was built, which city-wide programme it belongs to) follows what is publicly known. Figures in
 * targets are the plan's own ambitions and say so ("eigen ambitie"); they are never statistics.
 * Vision and section texts end with DEMO_TEXT_MARKER. Organisation units are referred to by the stable
 * keys of demo-content.ts; no real persons, housing corporations or welfare organisations are named.
 */

export interface DemoAction {
  title: string;
  description: string;
  /** Org-unit key of the trekker. */
  lead: string;
  /** Org-unit keys of the contributing units, without the lead. */
  contributing: string[];
  start: { year: number; quarter: Quarter };
  end: { year: number; quarter: Quarter };
  /** Planned budget per year, in integer euro cents, only for years the action runs. */
  budget: { year: number; amountCents: number }[];
  milestones: { title: string; /** yyyy-mm-dd */ dueDate: string; done: boolean }[];
}

export interface DemoGoal {
  block: BlockCode;
  /** Set exactly when block is B4. */
  pillar: PillarCode | null;
  statement: string;
  target: string | null;
  /** Effect indicators of the goal (for the plan's wijk); the baseline is a real figure of data/cbs. */
  indicatorTargets: { indicatorCode: string; baseline: YearValue; target: YearValue; intermediate: YearValue[] }[];
  actions: DemoAction[];
}

export interface DemoPlan {
  /** Exact name of the demo wijk in demo-content.ts. */
  wijk: string;
  title: string;
  startYear: number;
  endYear: number;
  vision: string;
  sections: Record<BlockCode, string>;
  status: 'draft' | 'in_review' | 'adopted';
  /** yyyy-mm-dd, only when adopted. */
  adoptedOn: string | null;
  decisionReference: string | null;
  /** The adopted plan is on the gemeente's public pages. */
  published: boolean;
  goals: DemoGoal[];
}

/** The demo plans file: `data/demo/plans.json` beside `data/cbs/`. */
export const demoPlansFile = (): string => join(dirname(resolveCbsDataDir()), 'demo', 'plans.json');

let cached: readonly DemoPlan[] | undefined;

/** The demo plans, read from `file` and checked (once per process for the default file). */
export function loadDemoPlans(file?: string): readonly DemoPlan[] {
  if (file) return parseDemoPlans(JSON.parse(readFileSync(file, 'utf8')), file);
  return (cached ??= parseDemoPlans(JSON.parse(readFileSync(demoPlansFile(), 'utf8')), demoPlansFile()));
}

/** The demo plan of a demo wijk (exact name), or undefined when there is none. */
export function demoPlanFor(wijk: string, plans: readonly DemoPlan[] = loadDemoPlans()): DemoPlan | undefined {
  return plans.find((plan) => plan.wijk === wijk);
}

/**
 * Checks the shape of the demo plans and returns them typed; throws naming the file and the first wrong
 * place (`[2].goals[0].actions[3].start.quarter: …`). The content rules (texts, budgets within the action's
 * years, …) are checked by demo-plans.spec.ts.
 */
export function parseDemoPlans(json: unknown, source = 'plans.json'): DemoPlan[] {
  const fail = (path: string, what: string): never => {
    throw new Error(`${source}: ${path}: ${what}`);
  };
  const obj = (v: unknown, path: string): Record<string, unknown> =>
    typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : fail(path, 'expected an object');
  const arr = (v: unknown, path: string): unknown[] => (Array.isArray(v) ? v : fail(path, 'expected a list'));
  const str = (v: unknown, path: string): string => (typeof v === 'string' && v.trim() !== '' ? v : fail(path, 'expected a text'));
  const strOrNull = (v: unknown, path: string): string | null => (v === null ? null : str(v, path));
  const int = (v: unknown, path: string, min: number, max: number): number =>
    Number.isInteger(v) && (v as number) >= min && (v as number) <= max
      ? (v as number)
      : fail(path, `expected a whole number ${min}–${max}`);
  const day = (v: unknown, path: string): string => (typeof v === 'string' && isIsoDay(v) ? v : fail(path, 'expected a day yyyy-mm-dd'));
  const oneOf = <T extends string>(v: unknown, options: readonly T[], path: string): T =>
    options.includes(v as T) ? (v as T) : fail(path, `expected one of ${options.join(', ')}`);
  const period = (v: unknown, path: string) => {
    const o = obj(v, path);
    return { year: int(o['year'], `${path}.year`, 2000, 2100), quarter: int(o['quarter'], `${path}.quarter`, 1, 4) as Quarter };
  };
  const action = (v: unknown, path: string): DemoAction => {
    const o = obj(v, path);
    return {
      title: str(o['title'], `${path}.title`),
      description: str(o['description'], `${path}.description`),
      lead: str(o['lead'], `${path}.lead`),
      contributing: arr(o['contributing'], `${path}.contributing`).map((c, i) => str(c, `${path}.contributing[${i}]`)),
      start: period(o['start'], `${path}.start`),
      end: period(o['end'], `${path}.end`),
      budget: arr(o['budget'], `${path}.budget`).map((b, i) => {
        const line = obj(b, `${path}.budget[${i}]`);
        return {
          year: int(line['year'], `${path}.budget[${i}].year`, 2000, 2100),
          amountCents: int(line['amountCents'], `${path}.budget[${i}].amountCents`, 0, Number.MAX_SAFE_INTEGER),
        };
      }),
      milestones: arr(o['milestones'], `${path}.milestones`).map((m, i) => {
        const ms = obj(m, `${path}.milestones[${i}]`);
        const done = ms['done'];
        return {
          title: str(ms['title'], `${path}.milestones[${i}].title`),
          dueDate: day(ms['dueDate'], `${path}.milestones[${i}].dueDate`),
          done: typeof done === 'boolean' ? done : fail(`${path}.milestones[${i}].done`, 'expected true or false'),
        };
      }),
    };
  };
  const yearValue = (v: unknown, path: string): YearValue => {
    const o = obj(v, path);
    const value = o['value'];
    return {
      year: int(o['year'], `${path}.year`, 1990, 2100),
      value: typeof value === 'number' && Number.isFinite(value) ? value : fail(`${path}.value`, 'expected a number'),
    };
  };
  const indicatorTarget = (v: unknown, path: string): DemoGoal['indicatorTargets'][number] => {
    const o = obj(v, path);
    return {
      indicatorCode: str(o['indicatorCode'], `${path}.indicatorCode`),
      baseline: yearValue(o['baseline'], `${path}.baseline`),
      target: yearValue(o['target'], `${path}.target`),
      intermediate: arr(o['intermediate'] ?? [], `${path}.intermediate`).map((x, i) => yearValue(x, `${path}.intermediate[${i}]`)),
    };
  };
  const sections = (v: unknown, path: string): Record<BlockCode, string> => {
    const o = obj(v, path);
    return Object.fromEntries(BLOCK_CODES.map((b) => [b, str(o[b], `${path}.${b}`)])) as Record<BlockCode, string>;
  };
  return arr(json, '(top)').map((p, i) => {
    const path = `[${i}]`;
    const o = obj(p, path);
    return {
      wijk: str(o['wijk'], `${path}.wijk`),
      title: str(o['title'], `${path}.title`),
      startYear: int(o['startYear'], `${path}.startYear`, 2000, 2100),
      endYear: int(o['endYear'], `${path}.endYear`, 2000, 2100),
      vision: str(o['vision'], `${path}.vision`),
      sections: sections(o['sections'], `${path}.sections`),
      status: oneOf(o['status'], ['draft', 'in_review', 'adopted'] as const, `${path}.status`),
      adoptedOn: o['adoptedOn'] === null ? null : day(o['adoptedOn'], `${path}.adoptedOn`),
      decisionReference: strOrNull(o['decisionReference'], `${path}.decisionReference`),
      published: o['published'] === true,
      goals: arr(o['goals'], `${path}.goals`).map((g, j) => {
        const gp = `${path}.goals[${j}]`;
        const goal = obj(g, gp);
        return {
          block: oneOf(goal['block'], BLOCK_CODES, `${gp}.block`),
          pillar: goal['pillar'] === null ? null : oneOf(goal['pillar'], PILLAR_CODES as readonly PillarCode[], `${gp}.pillar`),
          statement: str(goal['statement'], `${gp}.statement`),
          target: strOrNull(goal['target'], `${gp}.target`),
          indicatorTargets:
            goal['indicatorTargets'] === undefined
              ? []
              : arr(goal['indicatorTargets'], `${gp}.indicatorTargets`).map((x, k) => indicatorTarget(x, `${gp}.indicatorTargets[${k}]`)),
          actions: arr(goal['actions'], `${gp}.actions`).map((a, k) => action(a, `${gp}.actions[${k}]`)),
        };
      }),
    };
  });
}
