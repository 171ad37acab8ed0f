import type { ActionProgress, PeriodToReport } from '@wk/contracts';
import { filterActions, openPeriods, sortOverdueFirst, urgency } from './sort';

function period(year: number, quarter: 1 | 2 | 3 | 4, state: PeriodToReport['state'], deadline: string): PeriodToReport {
  return { year, quarter, state, deadline, closed: false };
}

function action(title: string, periods: PeriodToReport[], planTitle = 'Wijkplan Meijhorst'): ActionProgress {
  return {
    actionId: title,
    title,
    planTitle,
    periods,
    dueCount: periods.filter((p) => p.state === 'due').length,
    overdueCount: periods.filter((p) => p.state === 'overdue').length,
  } as ActionProgress;
}

const reported = action('Alles gemeld', [period(2026, 2, 'reported', '2026-07-31')]);
const due = action('Kwartaal klaar', [period(2026, 3, 'due', '2026-10-31')]);
const lateRecent = action('Buurtsport', [period(2026, 3, 'overdue', '2026-10-31')]);
const lateOld = action('Zwerfafval', [period(2026, 1, 'overdue', '2026-04-30'), period(2026, 2, 'overdue', '2026-07-31')]);
const lateOtherPlan = action('Aanpak', [period(2026, 3, 'overdue', '2026-10-31')], 'Wijkplan Willemskwartier');
const lateSameDeadline = action('Andere actie', [period(2026, 3, 'overdue', '2026-10-31')]);

describe('sorting actions overdue first', () => {
  it('puts overdue before due before the rest', () => {
    expect(urgency(lateRecent)).toBe(0);
    expect(urgency(due)).toBe(1);
    expect(urgency(reported)).toBe(2);
    expect(sortOverdueFirst([reported, due, lateRecent]).map((a) => a.title)).toEqual(['Buurtsport', 'Kwartaal klaar', 'Alles gemeld']);
  });

  it('within a group: oldest open deadline first, then plan, then title', () => {
    const sorted = sortOverdueFirst([lateOtherPlan, lateRecent, lateSameDeadline, lateOld]);
    expect(sorted.map((a) => a.title)).toEqual(['Zwerfafval', 'Andere actie', 'Buurtsport', 'Aanpak']);
  });

  it('does not change the list it was given', () => {
    const list = [reported, lateRecent];
    sortOverdueFirst(list);
    expect(list.map((a) => a.title)).toEqual(['Alles gemeld', 'Buurtsport']);
  });

  it('filters on due and overdue updates', () => {
    const all = [reported, due, lateRecent];
    expect(filterActions(all, 'all')).toHaveLength(3);
    expect(filterActions(all, 'overdue').map((a) => a.title)).toEqual(['Buurtsport']);
    expect(filterActions(all, 'due').map((a) => a.title)).toEqual(['Kwartaal klaar']);
  });

  it('lists only the periods still to report, oldest first', () => {
    const mixed = action('Gemengd', [
      period(2026, 3, 'overdue', '2026-10-31'),
      period(2026, 2, 'reported', '2026-07-31'),
      period(2026, 1, 'overdue', '2026-04-30'),
    ]);
    expect(openPeriods(mixed).map((p) => p.quarter)).toEqual([1, 3]);
  });
});
