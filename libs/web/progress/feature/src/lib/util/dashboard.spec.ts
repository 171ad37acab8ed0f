import { closablePeriods, courseYears } from './dashboard';

describe('closable periods', () => {
  it('lists the quarters that have ended and are not closed, newest first', () => {
    const periods = closablePeriods({ startYear: 2025, endYear: 2040, cadence: 'quarterly' }, '2026-11-29', [
      { year: 2025, quarter: 1 },
      { year: 2026, quarter: 2 },
    ]);
    expect(periods.map((p) => `${p.year}-${p.quarter}`)).toEqual(['2026-3', '2026-1', '2025-4', '2025-3', '2025-2']);
  });

  it('lists whole years for a yearly plan; the current year is not over yet', () => {
    expect(closablePeriods({ startYear: 2024, endYear: 2040, cadence: 'yearly' }, '2026-11-29', [])).toEqual([
      { year: 2025, quarter: null },
      { year: 2024, quarter: null },
    ]);
    // On the last day of a quarter the quarter has not ended yet.
    expect(closablePeriods({ startYear: 2026, endYear: 2030, cadence: 'quarterly' }, '2026-03-31', [])).toEqual([]);
  });
});

describe('course years', () => {
  it('is the sorted union of the years of every block', () => {
    expect(courseYears([{ points: [{ year: 2026 }, { year: 2025 }] }, { points: [{ year: 2027 }] }, { points: [] }])).toEqual([
      2025, 2026, 2027,
    ]);
  });
});
