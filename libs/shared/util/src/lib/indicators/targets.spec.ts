import { expectedAt, targetStatus, type TargetPath } from './targets';

// Leefbaarometer of a wijk: 3.80 in 2016, target 4.00 in 2026, an intermediate target of 3.85 in 2020.
const lbm: TargetPath = {
  baseline: { year: 2016, value: 3.8 },
  target: { year: 2026, value: 4.0 },
  intermediate: [{ year: 2020, value: 3.85 }],
  tolerancePercent: 10,
  direction: 'higher_better',
};

describe('expectedAt (straight lines through the intermediate targets)', () => {
  it('interpolates per segment and holds the end values outside the path', () => {
    expect(expectedAt(lbm, 2016)).toBeCloseTo(3.8, 9);
    expect(expectedAt(lbm, 2018)).toBeCloseTo(3.825, 9); // halfway 3.80 → 3.85
    expect(expectedAt(lbm, 2020)).toBeCloseTo(3.85, 9);
    expect(expectedAt(lbm, 2023)).toBeCloseTo(3.925, 9); // halfway 3.85 → 4.00
    expect(expectedAt(lbm, 2030)).toBeCloseTo(4.0, 9);
    expect(expectedAt(lbm, 2010)).toBeCloseTo(3.8, 9);
  });
});

describe('targetStatus (hand-computed)', () => {
  it('says there is no new measurement when the latest figure is not after the baseline year', () => {
    expect(targetStatus(lbm, null)).toEqual({ status: 'no_new_measurement', expected: null });
    expect(targetStatus(lbm, { year: 2016, value: 3.9 })).toEqual({ status: 'no_new_measurement', expected: null });
  });

  it('is on course at or above the path less 10 % of the planned change (0.02)', () => {
    // 2023: the path expects 3.925; the margin is 0.02, so 3.905 is still on course and 3.90 is not.
    expect(targetStatus(lbm, { year: 2023, value: 3.905 }).status).toBe('on_course');
    expect(targetStatus(lbm, { year: 2023, value: 3.9 }).status).toBe('off_course');
    expect(targetStatus(lbm, { year: 2023, value: 3.95 })).toEqual({ status: 'on_course', expected: expect.closeTo(3.925, 9) });
  });

  it('has reached the target at or beyond the target value', () => {
    expect(targetStatus(lbm, { year: 2022, value: 4.0 }).status).toBe('target_reached');
  });

  it('turns round for a target below the baseline (a lower share of low incomes)', () => {
    const share: TargetPath = {
      baseline: { year: 2019, value: 20 },
      target: { year: 2029, value: 15 },
      intermediate: [],
      tolerancePercent: 10,
      direction: 'lower_better',
    };
    // 2024: expected 17.5, margin 0.5.
    expect(targetStatus(share, { year: 2024, value: 17.9 }).status).toBe('on_course');
    expect(targetStatus(share, { year: 2024, value: 18.1 }).status).toBe('off_course');
    expect(targetStatus(share, { year: 2024, value: 14 }).status).toBe('target_reached');
  });

  it('keeps a level: a target equal to its baseline is judged by the indicator’s direction, 10 % of the level as margin', () => {
    const keep: TargetPath = {
      baseline: { year: 2020, value: 50 },
      target: { year: 2030, value: 50 },
      intermediate: [],
      tolerancePercent: 10,
      direction: 'higher_better',
    };
    expect(targetStatus(keep, { year: 2024, value: 46 }).status).toBe('on_course');
    expect(targetStatus(keep, { year: 2024, value: 44 }).status).toBe('off_course');
  });
});
