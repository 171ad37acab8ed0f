import type { PlanAction } from '@wk/contracts';
import { parseEuroToCents } from '@wk/util';
import {
  type ActionFormValue,
  actionFieldOf,
  actionFormValue,
  budgetTotalCents,
  centsToEuroInput,
  readActionForm,
  readBudget,
} from './action-form';

const filled = (patch: Partial<ActionFormValue> = {}): ActionFormValue => ({
  ...actionFormValue(null, { startYear: 2026, endYear: 2040 }, '2026-01-15'),
  title: 'Buurtkamer Thijmstraat',
  leadUnitId: 'u-welzijn',
  ...patch,
});

const failed = (checks: ReturnType<typeof readBudget>['checks']): [string, string][] =>
  checks.filter(([, message]) => message !== null).map(([field, message]) => [field, message as string]);

describe('euro input in the action form', () => {
  it('reads amounts typed the Dutch way into integer cents', () => {
    const { lines, checks } = readBudget([
      { year: '2026', amount: '1.250.000' },
      { year: '2027', amount: '€ 12,50' },
      { year: '2028', amount: '750000' },
    ]);
    expect(failed(checks)).toEqual([]);
    expect(lines).toEqual([
      { year: 2026, amountCents: 125_000_000 },
      { year: 2027, amountCents: 1_250 },
      { year: 2028, amountCents: 75_000_000 },
    ]);
  });

  it('names the row of an amount it cannot read, an empty amount and a year given twice', () => {
    const { lines, checks } = readBudget([
      { year: '2026', amount: '1,250.00' },
      { year: '2027', amount: '  ' },
      { year: '2026', amount: '10' },
    ]);
    expect(failed(checks)).toEqual([
      ['budget.0.amountCents', 'actionForm.error.amountFormat'],
      ['budget.1.amountCents', 'actionForm.error.amountRequired'],
      ['budget.2.year', 'actionForm.error.budgetYearTwice'],
    ]);
    expect(lines).toEqual([{ year: 2026, amountCents: 1000 }]);
  });

  it('says that a negative amount may not be negative (not just that the format is wrong)', () => {
    const { checks } = readBudget([
      { year: '2026', amount: '-500' },
      { year: '2027', amount: '− 1.250,50' },
      { year: '2028', amount: '1.250-' },
    ]);
    expect(failed(checks)).toEqual([
      ['budget.0.amountCents', 'actionForm.error.amountNegative'],
      ['budget.1.amountCents', 'actionForm.error.amountNegative'],
      ['budget.2.amountCents', 'actionForm.error.amountFormat'],
    ]);
  });

  it('shows stored cents as text that reads back to the same cents', () => {
    for (const cents of [125_000_000, 125_050, 5, 0, 99_999_999_999]) {
      const text = centsToEuroInput(cents);
      expect(parseEuroToCents(text)).toBe(cents);
    }
    expect(centsToEuroInput(125_000_000)).toBe('1.250.000');
    expect(centsToEuroInput(125_050)).toBe('1.250,50');
  });

  it('keeps a running total of what it can read', () => {
    expect(
      budgetTotalCents([
        { year: '2026', amount: '1.000' },
        { year: '2027', amount: 'veel' },
        { year: '2028', amount: '250,25' },
      ]),
    ).toBe(125_025);
  });
});

describe('readActionForm', () => {
  it('builds the request: optional choices become null, the lead is not also a contributor, budget sorted by year', () => {
    const { request } = readActionForm(
      filled({
        description: '  Een plek om elkaar te ontmoeten. ',
        contributingUnitIds: ['u-welzijn', 'u-wonen'],
        startYear: '2026',
        startQuarter: '2',
        endYear: '2028',
        endQuarter: '4',
        budget: [
          { year: '2027', amount: '20.000' },
          { year: '2026', amount: '10.000' },
        ],
        milestones: [{ title: ' Opening ', dueDate: '2026-09-01', done: false }],
      }),
    );
    expect(request).toEqual({
      title: 'Buurtkamer Thijmstraat',
      description: 'Een plek om elkaar te ontmoeten.',
      leadUnitId: 'u-welzijn',
      contributingUnitIds: ['u-wonen'],
      ownerId: null,
      start: { year: 2026, quarter: 2 },
      end: { year: 2028, quarter: 4 },
      budget: [
        { year: 2026, amountCents: 1_000_000 },
        { year: 2027, amountCents: 2_000_000 },
      ],
      milestones: [{ title: 'Opening', dueDate: '2026-09-01', done: false }],
    });
  });

  it('refuses an end before the start, a missing title and an incomplete milestone', () => {
    const { request, checks } = readActionForm(
      filled({
        title: ' ',
        startYear: '2027',
        startQuarter: '3',
        endYear: '2027',
        endQuarter: '2',
        milestones: [{ title: 'x', dueDate: '', done: true }],
      }),
    );
    expect(request).toBeNull();
    expect(failed(checks)).toEqual([
      ['title', 'actionForm.error.titleRequired'],
      ['end.year', 'actionForm.error.endBeforeStart'],
      ['milestones.0.dueDate', 'actionForm.error.milestoneDate'],
    ]);
  });

  it('allows an action without lead unit (the completeness check asks for it later)', () => {
    expect(readActionForm(filled({ leadUnitId: '' })).request?.leadUnitId).toBeNull();
  });
});

describe('actionFormValue', () => {
  it('starts a new action in the current quarter, within the plan’s years, running to the end of that year', () => {
    const horizon = { startYear: 2025, endYear: 2040 };
    const start = (today: string, h = horizon) => {
      const v = actionFormValue(null, h, today);
      return [v.startYear, v.startQuarter, v.endYear, v.endQuarter];
    };
    expect(start('2026-11-16')).toEqual(['2026', '4', '2026', '4']);
    expect(start('2028-02-29')).toEqual(['2028', '1', '2028', '4']);
    expect(start('2027-04-01')).toEqual(['2027', '2', '2027', '4']);
    expect(start('2027-09-30')).toEqual(['2027', '3', '2027', '4']);
    // Not begun yet: the plan's first quarter; ended: its last.
    expect(start('2026-11-16', { startYear: 2028, endYear: 2040 })).toEqual(['2028', '1', '2028', '4']);
    expect(start('2026-11-16', { startYear: 2015, endYear: 2024 })).toEqual(['2024', '4', '2024', '4']);
  });

  it('fills the form from an action, with amounts as Dutch text', () => {
    const action = {
      title: 'Schoon en heel',
      description: '',
      leadUnit: { id: 'u1', name: 'Openbare Ruimte', kind: 'department' },
      contributingUnits: [{ id: 'u2', name: 'Politie', kind: 'partner' }],
      owner: null,
      start: { year: 2026, quarter: 1 },
      end: { year: 2030, quarter: 4 },
      budget: [
        { year: 2027, amountCents: 50_000_000 },
        { year: 2026, amountCents: 125_050 },
      ],
      milestones: [],
    } as unknown as PlanAction;
    const value = actionFormValue(action, { startYear: 2026, endYear: 2040 }, '2026-11-16');
    expect(value.leadUnitId).toBe('u1');
    expect(value.contributingUnitIds).toEqual(['u2']);
    expect(value.budget).toEqual([
      { year: '2026', amount: '1.250,50' },
      { year: '2027', amount: '500.000' },
    ]);
  });
});

describe('actionFieldOf', () => {
  it('maps the API field names onto the form controls', () => {
    expect(actionFieldOf('title')).toBe('title');
    expect(actionFieldOf('leadUnitId')).toBe('leadUnitId');
    expect(actionFieldOf('contributingUnitIds.1')).toBe('contributingUnitIds');
    expect(actionFieldOf('start')).toBe('start.year');
    expect(actionFieldOf('end.quarter')).toBe('end.quarter');
    expect(actionFieldOf('budget.2')).toBe('budget.2.amountCents');
    expect(actionFieldOf('budget.2.year')).toBe('budget.2.year');
    expect(actionFieldOf('budget')).toBe('budget');
    expect(actionFieldOf('milestones.0.dueDate')).toBe('milestones.0.dueDate');
    expect(actionFieldOf('milestones.3')).toBe('milestones.3.title');
    expect(actionFieldOf('goalId')).toBeNull();
    expect(actionFieldOf('version')).toBeNull();
  });
});
