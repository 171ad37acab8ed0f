import type { Quarter, YearQuarter } from '@wk/contracts';
import { compareYearQuarter, isWithinHorizon, quarterIndex, yearsOf } from './year-quarter';

const yq = (year: number, quarter: Quarter): YearQuarter => ({ year, quarter });

describe('quarterIndex', () => {
  it('is year * 4 + quarter - 1', () => {
    expect(quarterIndex(yq(2025, 1))).toBe(8100);
    expect(quarterIndex(yq(2025, 4))).toBe(8103);
    expect(quarterIndex(yq(0, 1))).toBe(0);
  });

  it('counts on by one across a year boundary', () => {
    expect(quarterIndex(yq(2026, 1)) - quarterIndex(yq(2025, 4))).toBe(1);
    expect(quarterIndex(yq(2026, 1)) - quarterIndex(yq(2025, 1))).toBe(4);
  });
});

describe('compareYearQuarter', () => {
  it('orders by year first, then by quarter', () => {
    expect(compareYearQuarter(yq(2025, 4), yq(2026, 1))).toBe(-1);
    expect(compareYearQuarter(yq(2026, 1), yq(2025, 4))).toBe(1);
    expect(compareYearQuarter(yq(2025, 2), yq(2025, 3))).toBe(-1);
    expect(compareYearQuarter(yq(2025, 3), yq(2025, 2))).toBe(1);
  });

  it('is 0 for the same quarter', () => {
    expect(compareYearQuarter(yq(2025, 2), { year: 2025, quarter: 2 })).toBe(0);
  });

  it('sorts a list chronologically', () => {
    const list = [yq(2026, 1), yq(2025, 4), yq(2030, 2), yq(2025, 1)];
    expect([...list].sort(compareYearQuarter)).toEqual([yq(2025, 1), yq(2025, 4), yq(2026, 1), yq(2030, 2)]);
  });
});

describe('isWithinHorizon', () => {
  it('includes both edges: Q1 of the start year and Q4 of the end year', () => {
    expect(isWithinHorizon(yq(2025, 1), yq(2035, 4), 2025, 2035)).toBe(true);
  });

  it('accepts a period well inside the horizon', () => {
    expect(isWithinHorizon(yq(2027, 3), yq(2028, 2), 2025, 2035)).toBe(true);
  });

  it('rejects a start in the last quarter before the horizon', () => {
    expect(isWithinHorizon(yq(2024, 4), yq(2026, 1), 2025, 2035)).toBe(false);
  });

  it('rejects an end in the first quarter after the horizon', () => {
    expect(isWithinHorizon(yq(2030, 1), yq(2036, 1), 2025, 2035)).toBe(false);
  });

  it('accepts a single-year horizon covering all four quarters', () => {
    expect(isWithinHorizon(yq(2025, 1), yq(2025, 4), 2025, 2025)).toBe(true);
    expect(isWithinHorizon(yq(2025, 1), yq(2026, 1), 2025, 2025)).toBe(false);
  });
});

describe('yearsOf', () => {
  it('lists every calendar year touched, both ends included', () => {
    expect(yearsOf(yq(2025, 4), yq(2028, 1))).toEqual([2025, 2026, 2027, 2028]);
  });

  it('gives one year for a period inside one year', () => {
    expect(yearsOf(yq(2025, 2), yq(2025, 3))).toEqual([2025]);
    expect(yearsOf(yq(2025, 3), yq(2025, 3))).toEqual([2025]);
  });

  it('gives two years for Q4 to the next Q1', () => {
    expect(yearsOf(yq(2025, 4), yq(2026, 1))).toEqual([2025, 2026]);
  });

  it('is empty when the end is before the start', () => {
    expect(yearsOf(yq(2025, 3), yq(2025, 2))).toEqual([]);
    expect(yearsOf(yq(2026, 1), yq(2025, 4))).toEqual([]);
  });
});
