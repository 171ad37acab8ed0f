import { expectedProgress } from './expected';
import { rollup } from './rollup';

// 2026 K1 – 2027 K4: 1 January 2026 up to and including 31 December 2027 (730 days).
const twoYears = { start: { year: 2026, quarter: 1 as const }, end: { year: 2027, quarter: 4 as const } };

describe('expected progress: a straight line from start to end', () => {
  it('is 0 before the start, half way after half the days, 100 once the last day is over', () => {
    expect(expectedProgress(twoYears, [], '2025-12-31')).toEqual({ rule: 'linear', percent: 0 });
    expect(expectedProgress(twoYears, [], '2026-01-01')).toEqual({ rule: 'linear', percent: 0 });
    expect(expectedProgress(twoYears, [], '2027-01-01').percent).toBe(50);
    expect(expectedProgress(twoYears, [], '2027-12-31').percent).toBe(99.9);
    expect(expectedProgress(twoYears, [], '2028-01-01').percent).toBe(100);
  });

  it('starts at the first day of the start quarter (K3: 1 July)', () => {
    const fromJuly = { start: { year: 2026, quarter: 3 as const }, end: { year: 2026, quarter: 4 as const } };
    // 1 July – 31 December: 184 days; on 1 October 92 days have passed.
    expect(expectedProgress(fromJuly, [], '2026-10-01').percent).toBe(50);
  });

  it('the second year of fifteen is about 10%', () => {
    const fifteen = { start: { year: 2025, quarter: 1 as const }, end: { year: 2039, quarter: 4 as const } };
    expect(expectedProgress(fifteen, [], '2026-12-04').percent).toBeCloseTo(13.0, 0);
  });
});

describe('expected progress by milestones', () => {
  it('makes each milestone an equal step and the end of the action the last one', () => {
    // One milestone on 31 December 2026: half the work by then, the rest by the end of 2027.
    const one = ['2026-12-31'];
    expect(expectedProgress(twoYears, one, '2026-01-01')).toEqual({ rule: 'milestones', percent: 0 });
    expect(expectedProgress(twoYears, one, '2027-01-01').percent).toBe(50);
    // 182 of the 365 days of 2027: half of the second half.
    expect(expectedProgress(twoYears, one, '2027-07-02').percent).toBeCloseTo(75, 0);
    expect(expectedProgress(twoYears, one, '2028-01-01').percent).toBe(100);
  });

  it('an early milestone does not make the whole action due', () => {
    // One milestone in the first month of a two-year action: half of the work, not all of it.
    const early = expectedProgress(twoYears, ['2026-01-31'], '2026-02-01');
    expect(early.percent).toBe(50);
    expect(expectedProgress(twoYears, ['2026-01-31'], '2027-01-01').percent).toBeLessThan(100);
  });

  it('a milestone on or after the end stands for all of the work; order of input does not matter', () => {
    expect(expectedProgress(twoYears, ['2027-12-31', '2026-12-31'], '2027-01-01').percent).toBe(50);
    expect(expectedProgress(twoYears, ['2029-06-30'], '2027-01-01').percent).toBe(50);
  });

  it('a milestone before the start counts from the start', () => {
    expect(expectedProgress(twoYears, ['2025-06-30'], '2026-01-01').percent).toBe(50);
  });
});

describe('the roll-up of expected progress', () => {
  it('weighs the expected percent as progress is weighed, without cancelled actions', () => {
    const base = { spentCents: 0, percentComplete: 0, reported: false } as const;
    const r = rollup([
      { ...base, plannedCents: 300, status: 'on_track', expectedPercent: 40 },
      { ...base, plannedCents: 100, status: 'on_track', expectedPercent: 80 },
      { ...base, plannedCents: 100, status: 'cancelled', expectedPercent: 100 },
    ]);
    expect(r.expected).toBe(50);
  });
});
