import type { Plan, PlanAction, PlanGoal, Quarter } from '@wk/contracts';
import { buildRoadmap, dayInYear, roadmapCell } from './roadmap';

const k = (quarter: Quarter): string => `K${quarter}`;

function action(id: string, start: [number, Quarter], end: [number, Quarter], position = 0): PlanAction {
  return {
    id,
    key: id,
    planId: 'p',
    goalId: 'g',
    title: id,
    description: '',
    leadUnit: null,
    contributingUnits: [],
    owner: null,
    start: { year: start[0], quarter: start[1] },
    end: { year: end[0], quarter: end[1] },
    budget: [],
    milestones: [],
    position,
    version: 1,
  };
}

function goal(id: string, block: PlanGoal['block'], pillar: PlanGoal['pillar'], actions: PlanAction[]): PlanGoal {
  return { id, key: id, planId: 'p', block, pillar, statement: id, target: null, position: 0, actions, version: 1 };
}

describe('roadmapCell', () => {
  it('shows the quarters of a period within one year', () => {
    expect(roadmapCell({ year: 2026, quarter: 2 }, { year: 2026, quarter: 4 }, 2026, k)).toEqual({
      year: 2026,
      from: 2,
      to: 4,
      label: 'K2–K4',
      continuesBefore: false,
      continuesAfter: false,
      points: [],
    });
  });

  it('fills whole years in the middle and cuts the first and last year at the quarter', () => {
    const start = { year: 2025, quarter: 3 as Quarter };
    const end = { year: 2027, quarter: 1 as Quarter };
    expect(roadmapCell(start, end, 2025, k)).toMatchObject({ label: 'K3–K4', continuesBefore: false, continuesAfter: true });
    expect(roadmapCell(start, end, 2026, k)).toMatchObject({ from: 1, to: 4, label: 'K1–K4', continuesBefore: true, continuesAfter: true });
    expect(roadmapCell(start, end, 2027, k)).toMatchObject({ from: 1, to: 1, label: 'K1', continuesBefore: true, continuesAfter: false });
  });

  it('is empty outside the period and for a period that ends before it starts', () => {
    expect(roadmapCell({ year: 2025, quarter: 3 }, { year: 2027, quarter: 1 }, 2024, k)).toBeNull();
    expect(roadmapCell({ year: 2025, quarter: 3 }, { year: 2027, quarter: 1 }, 2028, k)).toBeNull();
    expect(roadmapCell({ year: 2026, quarter: 3 }, { year: 2026, quarter: 2 }, 2026, k)).toBeNull();
  });
});

describe('buildRoadmap', () => {
  const plan: Pick<Plan, 'startYear' | 'endYear' | 'goals'> = {
    startYear: 2026,
    endYear: 2029,
    goals: [
      goal('b4-p3', 'B4', 'P3', [action('straat', [2026, 1], [2026, 4])]),
      goal('b1', 'B1', null, [action('tweede', [2027, 1], [2028, 2], 1), action('eerste', [2025, 4], [2026, 2], 0)]),
    ],
  };
  const roadmap = buildRoadmap(plan, k);

  it('has a column per year of the horizon', () => {
    expect(roadmap.years).toEqual([2026, 2027, 2028, 2029]);
  });

  it('groups by block in order, with B4 split into its three pillars, and keeps empty groups', () => {
    expect(roadmap.groups.map((g) => `${g.block}${g.pillar ?? ''}:${g.rows.length}`)).toEqual([
      'B1:2',
      'B2:0',
      'B3:0',
      'B4P1:0',
      'B4P2:0',
      'B4P3:1',
      'B5:0',
      'B6:0',
    ]);
  });

  it('orders the actions of a goal by position and marks what falls outside the horizon', () => {
    const [first, second] = roadmap.groups[0]?.rows ?? [];
    expect(first?.action.id).toBe('eerste');
    expect(first?.outsideHorizon).toBe(true);
    expect(first?.cells.map((c) => c?.label ?? null)).toEqual(['K1–K2', null, null, null]);
    expect(second?.outsideHorizon).toBe(false);
    expect(second?.cells.map((c) => c?.label ?? null)).toEqual([null, 'K1–K4', 'K1–K2', null]);
  });
});

describe('milestones on the roadmap', () => {
  it('places each milestone in its year, at its share of the year; also in a year the action does not run', () => {
    expect(dayInYear('2026-01-01')).toBe(0);
    expect(dayInYear('2026-07-02')).toBeCloseTo((182 / 365) * 100, 5);
    const a = {
      ...action('a', [2026, 1], [2026, 4]),
      milestones: [
        { key: 'm1', title: 'Ontwerp', dueDate: '2026-07-02', done: true },
        { key: 'm2', title: 'Nazorg', dueDate: '2027-03-31', done: false },
      ],
    };
    const roadmap = buildRoadmap({ startYear: 2026, endYear: 2027, goals: [goal('g', 'B1', null, [a])] }, k);
    const [y2026, y2027] = roadmap.groups[0]?.rows[0]?.cells ?? [];
    expect(y2026?.points).toEqual([{ at: dayInYear('2026-07-02'), index: 0 }]);
    expect(y2027).toMatchObject({ empty: true, points: [{ index: 1 }] });
  });
});
