import type { Period, PeriodToReport, Quarter, YearQuarter } from '@wk/contracts';
import {
  comparePeriods,
  countStates,
  currentPeriod,
  deadlineOf,
  isValidPeriodForCadence,
  periodFirstDayOfLastMonth,
  periodKey,
  periodLastDay,
  periodsOf,
  periodsToReport,
} from './periods';
import type { PeriodsToReportInput } from './periods';

const yq = (year: number, quarter: Quarter): YearQuarter => ({ year, quarter });
const q = (year: number, quarter: Quarter): Period => ({ year, quarter });
const y = (year: number): Period => ({ year, quarter: null });

/** Compact view of the result: 'key state deadline [closed]'. */
function summary(periods: PeriodToReport[]): string[] {
  return periods.map((p) => `${periodKey(p)} ${p.state} ${p.deadline}${p.closed ? ' closed' : ''}`);
}

function report(overrides: Partial<PeriodsToReportInput> & Pick<PeriodsToReportInput, 'today'>): string[] {
  return summary(
    periodsToReport({
      start: yq(2026, 1),
      end: yq(2026, 4),
      cadence: 'quarterly',
      reported: new Set(),
      closed: new Set(),
      ...overrides,
    }),
  );
}

describe('periodKey', () => {
  it('is year-Qn for a quarter', () => {
    expect(periodKey(q(2026, 3))).toBe('2026-Q3');
    expect(periodKey(q(2030, 1))).toBe('2030-Q1');
  });

  it('is the year alone for a whole-year period', () => {
    expect(periodKey(y(2026))).toBe('2026');
  });
});

describe('periodsOf', () => {
  it('lists every quarter from start to end, both included', () => {
    expect(periodsOf(yq(2026, 2), yq(2026, 4), 'quarterly')).toEqual([q(2026, 2), q(2026, 3), q(2026, 4)]);
  });

  it('crosses year boundaries quarter by quarter', () => {
    expect(periodsOf(yq(2025, 4), yq(2027, 1), 'quarterly')).toEqual([
      q(2025, 4),
      q(2026, 1),
      q(2026, 2),
      q(2026, 3),
      q(2026, 4),
      q(2027, 1),
    ]);
  });

  it('gives one quarter when start and end are the same quarter', () => {
    expect(periodsOf(yq(2026, 3), yq(2026, 3), 'quarterly')).toEqual([q(2026, 3)]);
  });

  it('is empty when end is before start (both cadences)', () => {
    expect(periodsOf(yq(2026, 3), yq(2026, 2), 'quarterly')).toEqual([]);
    expect(periodsOf(yq(2027, 1), yq(2026, 4), 'yearly')).toEqual([]);
    expect(periodsOf(yq(2026, 3), yq(2026, 2), 'yearly')).toEqual([]);
  });

  it('lists every year touched for yearly cadence, quarter null, also for mid-year start and end', () => {
    expect(periodsOf(yq(2026, 3), yq(2028, 2), 'yearly')).toEqual([y(2026), y(2027), y(2028)]);
  });

  it('gives a single year for a yearly action inside one year', () => {
    expect(periodsOf(yq(2026, 2), yq(2026, 3), 'yearly')).toEqual([y(2026)]);
    expect(periodsOf(yq(2026, 4), yq(2026, 4), 'yearly')).toEqual([y(2026)]);
  });

  it('gives two years for Q4 to the next Q1 (yearly) and two quarters (quarterly)', () => {
    expect(periodsOf(yq(2026, 4), yq(2027, 1), 'yearly')).toEqual([y(2026), y(2027)]);
    expect(periodsOf(yq(2026, 4), yq(2027, 1), 'quarterly')).toEqual([q(2026, 4), q(2027, 1)]);
  });
});

describe('periodLastDay', () => {
  it('is the last day of the quarter’s third month', () => {
    expect(periodLastDay(q(2026, 1))).toBe('2026-03-31');
    expect(periodLastDay(q(2026, 2))).toBe('2026-06-30');
    expect(periodLastDay(q(2026, 3))).toBe('2026-09-30');
    expect(periodLastDay(q(2026, 4))).toBe('2026-12-31');
  });

  it('is 31 December for a whole year', () => {
    expect(periodLastDay(y(2026))).toBe('2026-12-31');
    expect(periodLastDay(y(2028))).toBe('2028-12-31');
  });
});

describe('periodFirstDayOfLastMonth', () => {
  it('is the first of the quarter’s third month', () => {
    expect(periodFirstDayOfLastMonth(q(2026, 1))).toBe('2026-03-01');
    expect(periodFirstDayOfLastMonth(q(2026, 2))).toBe('2026-06-01');
    expect(periodFirstDayOfLastMonth(q(2026, 3))).toBe('2026-09-01');
    expect(periodFirstDayOfLastMonth(q(2026, 4))).toBe('2026-12-01');
  });

  it('is 1 December for a whole year', () => {
    expect(periodFirstDayOfLastMonth(y(2026))).toBe('2026-12-01');
  });
});

describe('deadlineOf', () => {
  it('is the last day of the month after the quarter ends', () => {
    expect(deadlineOf(q(2026, 1))).toBe('2026-04-30');
    expect(deadlineOf(q(2026, 2))).toBe('2026-07-31');
    expect(deadlineOf(q(2026, 3))).toBe('2026-10-31');
  });

  it('falls in January of the next year for Q4 and for a whole year', () => {
    expect(deadlineOf(q(2026, 4))).toBe('2027-01-31');
    expect(deadlineOf(y(2026))).toBe('2027-01-31');
    expect(deadlineOf(y(2027))).toBe('2028-01-31');
  });

  it('is the same in a leap year (2028-Q1 → 30 April)', () => {
    expect(deadlineOf(q(2028, 1))).toBe('2028-04-30');
    expect(deadlineOf(q(2027, 4))).toBe('2028-01-31');
  });
});

describe('currentPeriod', () => {
  it.each([
    ['2026-01-01', 1],
    ['2026-03-31', 1],
    ['2026-04-01', 2],
    ['2026-06-30', 2],
    ['2026-07-01', 3],
    ['2026-09-30', 3],
    ['2026-10-01', 4],
    ['2026-12-31', 4],
  ] as const)('%s is in quarter %i', (today, quarter) => {
    expect(currentPeriod(today, 'quarterly')).toEqual(q(2026, quarter));
  });

  it('is the whole year for yearly cadence', () => {
    expect(currentPeriod('2026-01-01', 'yearly')).toEqual(y(2026));
    expect(currentPeriod('2026-12-31', 'yearly')).toEqual(y(2026));
    expect(currentPeriod('2027-01-01', 'yearly')).toEqual(y(2027));
  });

  it('accepts 29 February in leap years only', () => {
    expect(currentPeriod('2028-02-29', 'quarterly')).toEqual(q(2028, 1));
    expect(currentPeriod('2000-02-29', 'quarterly')).toEqual(q(2000, 1));
    expect(() => currentPeriod('2026-02-29', 'quarterly')).toThrow(RangeError);
    expect(() => currentPeriod('2100-02-29', 'yearly')).toThrow(RangeError);
  });

  it.each([
    '',
    '2026-1-05',
    '2026-01-5',
    '26-01-05',
    '2026-00-10',
    '2026-13-01',
    '2026-04-31',
    '2026-01-00',
    '2026-01-05T00:00:00Z',
    ' 2026-01-05',
  ])('throws a RangeError for %j', (today) => {
    expect(() => currentPeriod(today, 'quarterly')).toThrow(RangeError);
  });
});

describe('comparePeriods', () => {
  it('orders by year first', () => {
    expect(comparePeriods(q(2025, 4), q(2026, 1))).toBe(-1);
    expect(comparePeriods(q(2026, 1), q(2025, 4))).toBe(1);
    expect(comparePeriods(y(2025), y(2026))).toBe(-1);
    expect(comparePeriods(y(2025), q(2026, 1))).toBe(-1);
  });

  it('orders quarters of the same year', () => {
    expect(comparePeriods(q(2026, 2), q(2026, 3))).toBe(-1);
    expect(comparePeriods(q(2026, 3), q(2026, 2))).toBe(1);
  });

  it('sorts a whole year after the quarters of that year', () => {
    expect(comparePeriods(y(2026), q(2026, 4))).toBe(1);
    expect(comparePeriods(q(2026, 4), y(2026))).toBe(-1);
    expect(comparePeriods(q(2026, 1), y(2026))).toBe(-1);
  });

  it('is 0 for the same period', () => {
    expect(comparePeriods(q(2026, 2), q(2026, 2))).toBe(0);
    expect(comparePeriods(y(2026), y(2026))).toBe(0);
  });

  it('sorts a mixed list', () => {
    const list = [y(2026), q(2027, 1), q(2026, 4), y(2025), q(2026, 1)];
    expect([...list].sort(comparePeriods)).toEqual([y(2025), q(2026, 1), q(2026, 4), y(2026), q(2027, 1)]);
  });
});

describe('isValidPeriodForCadence', () => {
  it('accepts quarters 1–4 for quarterly cadence only', () => {
    for (const quarter of [1, 2, 3, 4] as const) {
      expect(isValidPeriodForCadence(q(2026, quarter), 'quarterly')).toBe(true);
      expect(isValidPeriodForCadence(q(2026, quarter), 'yearly')).toBe(false);
    }
  });

  it('accepts quarter null for yearly cadence only', () => {
    expect(isValidPeriodForCadence(y(2026), 'yearly')).toBe(true);
    expect(isValidPeriodForCadence(y(2026), 'quarterly')).toBe(false);
  });

  it('rejects quarters outside 1–4 and non-integer years', () => {
    const bad = (year: number, quarter: unknown): Period => ({ year, quarter }) as Period;
    expect(isValidPeriodForCadence(bad(2026, 0), 'quarterly')).toBe(false);
    expect(isValidPeriodForCadence(bad(2026, 5), 'quarterly')).toBe(false);
    expect(isValidPeriodForCadence(bad(2026, '1'), 'quarterly')).toBe(false);
    expect(isValidPeriodForCadence(bad(2026, undefined), 'yearly')).toBe(false);
    expect(isValidPeriodForCadence(bad(2026.5, 1), 'quarterly')).toBe(false);
    expect(isValidPeriodForCadence(bad(Number.NaN, null), 'yearly')).toBe(false);
  });
});

describe('periodsToReport, quarterly', () => {
  it('lists nothing before the last month of the first quarter has begun', () => {
    expect(report({ today: '2026-02-28' })).toEqual([]);
    expect(report({ today: '2025-12-31' })).toEqual([]);
  });

  it('makes Q1 due from 1 March', () => {
    expect(report({ today: '2026-03-01' })).toEqual(['2026-Q1 due 2026-04-30']);
  });

  it('keeps Q1 due on its deadline day and makes it overdue the day after', () => {
    expect(report({ today: '2026-04-30' })).toEqual(['2026-Q1 due 2026-04-30']);
    expect(report({ today: '2026-05-01' })).toEqual(['2026-Q1 overdue 2026-04-30']);
  });

  it('adds Q2 from 1 June (not on 31 May)', () => {
    expect(report({ today: '2026-05-31' })).toEqual(['2026-Q1 overdue 2026-04-30']);
    expect(report({ today: '2026-06-01' })).toEqual(['2026-Q1 overdue 2026-04-30', '2026-Q2 due 2026-07-31']);
  });

  it('makes Q4 due from 1 December until 31 January of the next year', () => {
    const before = report({ today: '2026-11-30' });
    expect(before).toHaveLength(3);
    expect(before).not.toContain('2026-Q4 due 2027-01-31');
    expect(report({ today: '2026-12-01' })[3]).toBe('2026-Q4 due 2027-01-31');
    expect(report({ today: '2027-01-31' })[3]).toBe('2026-Q4 due 2027-01-31');
    expect(report({ today: '2027-02-01' })[3]).toBe('2026-Q4 overdue 2027-01-31');
  });

  it('never lists periods after the action’s end, oldest first', () => {
    expect(report({ today: '2028-06-15' })).toEqual([
      '2026-Q1 overdue 2026-04-30',
      '2026-Q2 overdue 2026-07-31',
      '2026-Q3 overdue 2026-10-31',
      '2026-Q4 overdue 2027-01-31',
    ]);
  });

  it('starts at the action’s first quarter for an action starting mid-year', () => {
    const input = { start: yq(2026, 3), end: yq(2027, 2) };
    expect(report({ ...input, today: '2026-08-31' })).toEqual([]);
    expect(report({ ...input, today: '2026-09-01' })).toEqual(['2026-Q3 due 2026-10-31']);
    expect(report({ ...input, today: '2027-03-01' })).toEqual([
      '2026-Q3 overdue 2026-10-31',
      '2026-Q4 overdue 2027-01-31',
      '2027-Q1 due 2027-04-30',
    ]);
  });

  it('lists nothing for an action that has not started', () => {
    expect(report({ start: yq(2027, 1), end: yq(2028, 4), today: '2026-12-15' })).toEqual([]);
  });

  it('marks a period with an update reported, before and after its deadline', () => {
    const reported = new Set(['2026-Q1']);
    expect(report({ reported, today: '2026-03-15' })).toEqual(['2026-Q1 reported 2026-04-30']);
    expect(report({ reported, today: '2026-06-15' })).toEqual(['2026-Q1 reported 2026-04-30', '2026-Q2 due 2026-07-31']);
  });

  it('ignores reported keys of other periods and of the yearly cadence', () => {
    const reported = new Set(['2026', '2025-Q1', '2026-Q2']);
    expect(report({ reported, today: '2026-05-01' })).toEqual(['2026-Q1 overdue 2026-04-30']);
  });

  it('copies the closed flag and keeps an unreported closed period due or overdue', () => {
    const closed = new Set(['2026-Q1']);
    expect(report({ closed, today: '2026-04-15' })).toEqual(['2026-Q1 due 2026-04-30 closed']);
    expect(report({ closed, today: '2026-06-01' })).toEqual(['2026-Q1 overdue 2026-04-30 closed', '2026-Q2 due 2026-07-31']);
    expect(report({ closed, reported: new Set(['2026-Q1']), today: '2026-06-01' })).toEqual([
      '2026-Q1 reported 2026-04-30 closed',
      '2026-Q2 due 2026-07-31',
    ]);
  });

  it('handles Q1 of a leap year: from 1 March, due through 30 April', () => {
    const input = { start: yq(2028, 1), end: yq(2028, 1) };
    expect(report({ ...input, today: '2028-02-29' })).toEqual([]);
    expect(report({ ...input, today: '2028-03-01' })).toEqual(['2028-Q1 due 2028-04-30']);
    expect(report({ ...input, today: '2028-04-30' })).toEqual(['2028-Q1 due 2028-04-30']);
    expect(report({ ...input, today: '2028-05-01' })).toEqual(['2028-Q1 overdue 2028-04-30']);
  });

  it('returns the Period fields with the state', () => {
    expect(
      periodsToReport({
        start: yq(2026, 1),
        end: yq(2026, 1),
        cadence: 'quarterly',
        reported: new Set(),
        closed: new Set(['2026-Q1']),
        today: '2026-03-01',
      }),
    ).toEqual([
      {
        year: 2026,
        quarter: 1,
        state: 'due',
        deadline: '2026-04-30',
        closed: true,
      },
    ]);
  });

  it('throws a RangeError for an invalid today', () => {
    expect(() => report({ today: '2026-02-30' })).toThrow(RangeError);
    expect(() => report({ today: '1 March 2026' })).toThrow(RangeError);
  });
});

describe('periodsToReport, yearly', () => {
  const yearly = {
    start: yq(2026, 1),
    end: yq(2027, 4),
    cadence: 'yearly' as const,
  };

  it('lists the year only from 1 December', () => {
    expect(report({ ...yearly, today: '2026-11-30' })).toEqual([]);
    expect(report({ ...yearly, today: '2026-12-01' })).toEqual(['2026 due 2027-01-31']);
  });

  it('keeps the year due through 31 January and overdue from 1 February', () => {
    expect(report({ ...yearly, today: '2027-01-31' })).toEqual(['2026 due 2027-01-31']);
    expect(report({ ...yearly, today: '2027-02-01' })).toEqual(['2026 overdue 2027-01-31']);
  });

  it('adds the next year in its December, oldest first', () => {
    expect(report({ ...yearly, today: '2027-12-01' })).toEqual(['2026 overdue 2027-01-31', '2027 due 2028-01-31']);
  });

  it('reports on the whole year for an action starting and ending mid-year', () => {
    const input = { ...yearly, start: yq(2026, 3), end: yq(2028, 2) };
    expect(report({ ...input, today: '2026-11-30' })).toEqual([]);
    expect(report({ ...input, today: '2026-12-01' })).toEqual(['2026 due 2027-01-31']);
    // 2028 is listed only from its last month, although the action ends in June 2028.
    expect(report({ ...input, today: '2028-11-30' })).toEqual(['2026 overdue 2027-01-31', '2027 overdue 2028-01-31']);
    expect(report({ ...input, today: '2028-12-15' })).toEqual([
      '2026 overdue 2027-01-31',
      '2027 overdue 2028-01-31',
      '2028 due 2029-01-31',
    ]);
  });

  it('lists nothing after the end of an action that ended', () => {
    const input = { ...yearly, start: yq(2024, 2), end: yq(2025, 1) };
    expect(report({ ...input, today: '2030-01-01' })).toEqual(['2024 overdue 2025-01-31', '2025 overdue 2026-01-31']);
  });

  it('uses the year key for reported and closed (quarter keys do not count)', () => {
    expect(
      report({
        ...yearly,
        today: '2028-03-01',
        reported: new Set(['2026', '2027-Q4']),
        closed: new Set(['2026', '2027']),
      }),
    ).toEqual(['2026 reported 2027-01-31 closed', '2027 overdue 2028-01-31 closed']);
  });

  it('returns quarter null', () => {
    const [period] = periodsToReport({
      ...yearly,
      reported: new Set(),
      closed: new Set(),
      today: '2026-12-31',
    });
    expect(period).toEqual({
      year: 2026,
      quarter: null,
      state: 'due',
      deadline: '2027-01-31',
      closed: false,
    });
  });
});

describe('countStates', () => {
  it('counts due and overdue, not reported', () => {
    const periods = periodsToReport({
      start: yq(2026, 1),
      end: yq(2026, 4),
      cadence: 'quarterly',
      reported: new Set(['2026-Q2']),
      closed: new Set(),
      today: '2026-12-10',
    });
    // Q1 overdue, Q2 reported, Q3 overdue, Q4 due.
    expect(periods.map((p) => p.state)).toEqual(['overdue', 'reported', 'overdue', 'due']);
    expect(countStates(periods)).toEqual({ due: 1, overdue: 2 });
  });

  it('is zero for no periods', () => {
    expect(countStates([])).toEqual({ due: 0, overdue: 0 });
  });
});
