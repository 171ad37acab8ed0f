import type { ActionProgress, PeriodToReport } from '@wk/contracts';
import { type UpdateFormValue, initialUpdateValue, parsePercent, periodOptions, readUpdateForm, updateFieldOf } from './update-form';

function period(
  year: number,
  quarter: 1 | 2 | 3 | 4 | null,
  state: PeriodToReport['state'],
  deadline: string,
  closed = false,
): PeriodToReport {
  return { year, quarter, state, deadline, closed };
}

const quarterly: Pick<ActionProgress, 'periods' | 'closedPeriods' | 'start' | 'end' | 'cadence'> = {
  start: { year: 2025, quarter: 3 },
  end: { year: 2031, quarter: 4 },
  cadence: 'quarterly',
  periods: [
    period(2026, 1, 'overdue', '2026-04-30', true),
    period(2026, 2, 'reported', '2026-07-31'),
    period(2026, 3, 'overdue', '2026-10-31'),
  ],
  closedPeriods: ['2026-Q1'],
};

const value = (changes: Partial<UpdateFormValue> = {}): UpdateFormValue => ({
  period: '2026-Q3',
  status: 'on_track',
  percent: '40',
  narrative: '  De eerste bijeenkomst is geweest.  ',
  spent: '12.500,50',
  ...changes,
});

describe('the periods an update can be posted for', () => {
  it('offers open periods that are not closed, then the current period, then earlier ones to report again', () => {
    const options = periodOptions(quarterly, '2026-11-29');
    expect(options.map((o) => `${o.key}:${o.state}`)).toEqual([
      '2026-Q3:overdue',
      '2026-Q4:current',
      '2026-Q2:again',
      '2025-Q4:again',
      '2025-Q3:again',
    ]);
    expect(options[0]?.deadline).toBe('2026-10-31');
    expect(options[1]?.deadline).toBeNull();
  });

  it('does not offer the current period twice, nor when the action does not run then', () => {
    const dueNow = { ...quarterly, periods: [period(2026, 4, 'due', '2027-01-31')] };
    expect(periodOptions({ ...dueNow, start: { year: 2026, quarter: 4 } }, '2026-12-15').map((o) => `${o.key}:${o.state}`)).toEqual([
      '2026-Q4:due',
    ]);
    const later = { ...quarterly, start: { year: 2027, quarter: 1 as const }, periods: [] };
    expect(periodOptions(later, '2026-11-29')).toEqual([]);
  });

  it('uses whole years for a plan that reports yearly', () => {
    const yearly = { ...quarterly, cadence: 'yearly' as const, periods: [period(2025, null, 'overdue', '2026-01-31')] };
    expect(periodOptions(yearly, '2026-11-29').map((o) => o.key)).toEqual(['2025', '2026']);
  });

  it('offers a reported period again after the action has ended, but never a closed one', () => {
    const ended = {
      ...quarterly,
      start: { year: 2027, quarter: 3 as const },
      end: { year: 2027, quarter: 4 as const },
      periods: [],
      closedPeriods: ['2027-Q3'],
    };
    expect(periodOptions(ended, '2028-02-29').map((o) => `${o.key}:${o.state}`)).toEqual(['2027-Q4:again']);
    expect(periodOptions(ended, '2027-09-30')).toEqual([]);
  });

  it('starts with the first period offered and the last status and percentage', () => {
    const options = periodOptions(quarterly, '2026-11-29');
    expect(
      initialUpdateValue(
        { status: 'at_risk', percentComplete: 35, lastUpdate: { period: { year: 2026, quarter: 2 }, createdAt: '' } },
        options,
      ),
    ).toMatchObject({
      period: '2026-Q3',
      status: 'at_risk',
      percent: '35',
    });
    expect(initialUpdateValue({ status: 'not_started', percentComplete: 0, lastUpdate: null }, [])).toMatchObject({
      period: '',
      status: '',
      percent: '',
    });
  });
});

describe('reading the update form', () => {
  const options = periodOptions(quarterly, '2026-11-29');

  it('builds the request: quarter for a quarterly plan, money in cents, text trimmed', () => {
    expect(readUpdateForm(value(), options).request).toEqual({
      year: 2026,
      quarter: 3,
      status: 'on_track',
      percentComplete: 40,
      narrative: 'De eerste bijeenkomst is geweest.',
      spentCents: 1250050,
    });
  });

  it('leaves the quarter out for a yearly plan', () => {
    const yearly = periodOptions({ ...quarterly, cadence: 'yearly', periods: [] }, '2026-11-29');
    const { request } = readUpdateForm(value({ period: '2026', spent: '0' }), yearly);
    expect(request).not.toBeNull();
    expect(request && 'quarter' in request).toBe(false);
    expect(request?.year).toBe(2026);
  });

  it('explains every problem at its field', () => {
    const { request, checks } = readUpdateForm(
      value({ period: '2026-Q1', status: '', percent: '140', narrative: ' ', spent: '1,250.00' }),
      options,
    );
    expect(request).toBeNull();
    expect(checks.filter(([, m]) => m !== null).map(([field, m]) => `${field}:${m}`)).toEqual([
      'period:progressForm.error.period',
      'status:progressForm.error.status',
      'percent:progressForm.error.percentFormat',
      'narrative:progressForm.error.narrativeRequired',
      'spent:progressForm.error.spentFormat',
    ]);
  });

  it('says that a negative amount spent may not be negative', () => {
    const { checks } = readUpdateForm(
      value({ period: '2026-Q1', status: 'on_track', percent: '10', narrative: 'x', spent: '-20' }),
      options,
    );
    expect(checks.filter(([field]) => field === 'spent').map(([, m]) => m)).toEqual(['progressForm.error.spentNegative']);
  });

  it('requires 100% for a completed action, and an amount (0 is fine)', () => {
    const { checks } = readUpdateForm(value({ status: 'completed', percent: '90', spent: '' }), options);
    expect(checks.filter(([, m]) => m !== null).map(([field, m]) => `${field}:${m}`)).toEqual([
      'percent:progressForm.error.completedNot100',
      'spent:progressForm.error.spentRequired',
    ]);
    expect(readUpdateForm(value({ status: 'completed', percent: '100%', spent: '0' }), options).request).toMatchObject({
      status: 'completed',
      percentComplete: 100,
      spentCents: 0,
    });
  });

  it('reads whole percentages from 0 to 100, with or without the % sign', () => {
    expect(parsePercent('40')).toBe(40);
    expect(parsePercent(' 40 % ')).toBe(40);
    expect(parsePercent('0')).toBe(0);
    expect(parsePercent('100')).toBe(100);
    expect(parsePercent('101')).toBeNull();
    expect(parsePercent('40,5')).toBeNull();
    expect(parsePercent('-5')).toBeNull();
    expect(parsePercent('')).toBeNull();
  });

  it('puts the API errors about year and quarter at the period', () => {
    expect(updateFieldOf('year')).toBe('period');
    expect(updateFieldOf('quarter')).toBe('period');
    expect(updateFieldOf('percentComplete')).toBe('percent');
    expect(updateFieldOf('spentCents')).toBe('spent');
    expect(updateFieldOf('actionId')).toBeNull();
  });
});
