import type { YearSummary } from './year-summary';
import { latestSummary, reportedBit, reportedPeriodKeys, summaryAt, totalSpent } from './year-summary';

const year = (y: number, reported: number, extra: Partial<YearSummary> = {}): YearSummary => ({
  year: y,
  reported,
  lastQuarter: null,
  status: 'on_track',
  percent: 10,
  at: `${y}-12-01T00:00:00.000Z`,
  spent: 100,
  ...extra,
});

describe('reportedBit', () => {
  it('gives quarters bits 0–3 and the whole year bit 4', () => {
    expect([1, 2, 3, 4, null].map((q) => reportedBit(q as 1 | 2 | 3 | 4 | null))).toEqual([1, 2, 4, 8, 16]);
  });
});

describe('reportedPeriodKeys', () => {
  it('lists each reported quarter and whole year, and nothing else', () => {
    const keys = reportedPeriodKeys([year(2025, 0b00101), year(2026, 0b11000)]);
    expect([...keys].sort()).toEqual(['2025-Q1', '2025-Q3', '2026', '2026-Q4']);
  });

  it('is empty without summaries', () => {
    expect(reportedPeriodKeys([]).size).toBe(0);
  });

  it('reads all four quarters of a fully reported year', () => {
    expect([...reportedPeriodKeys([year(2024, 15)])]).toEqual(['2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4']);
  });
});

describe('summaryAt', () => {
  const years = [year(2022, 1, { percent: 20 }), year(2024, 1, { percent: 40 }), year(2025, 1, { percent: 55 })];

  it('takes the year itself when it has a summary', () => {
    expect(summaryAt(years, 2024)?.percent).toBe(40);
  });

  it('carries the latest earlier year over a year without updates', () => {
    expect(summaryAt(years, 2023)?.percent).toBe(20);
  });

  it('has nothing before the first update', () => {
    expect(summaryAt(years, 2021)).toBeUndefined();
  });

  it('does not depend on the order of the list', () => {
    expect(summaryAt([...years].reverse(), 2024)?.percent).toBe(40);
    expect(latestSummary([...years].reverse())?.percent).toBe(55);
  });
});

describe('totalSpent', () => {
  it('adds the years up', () => {
    expect(totalSpent([year(2025, 1, { spent: 1_250 }), year(2026, 1, { spent: 750 })])).toBe(2_000);
    expect(totalSpent([])).toBe(0);
  });
});
