import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { earlyWarning, type WarningMeasurement } from './early-warning';

const m = (year: number, wijk: number | null, gemeente: number | null, nederland: number | null = null): WarningMeasurement => ({
  year,
  wijk,
  gemeente,
  nederland,
});

describe('early warning (hand-computed cases)', () => {
  it('flags the measurement after two steps in a row in which the gap to the city grew by more than 0.25 % of its level', () => {
    // Higher is better. Gaps: -1, -2, -3.5 → steps -1 and -1.5; threshold 0.25 % of 50 = 0.125.
    const result = earlyWarning([m(2018, 49, 50), m(2020, 48, 50), m(2022, 46.5, 50)], 'higher_better', 'percent');
    expect(result.flags).toEqual([
      {
        year: 2022,
        kind: 'gap_widened',
        steps: [
          { from: 2018, to: 2020, gapBefore: -1, gapAfter: -2, change: -1, reference: 'gemeente' },
          { from: 2020, to: 2022, gapBefore: -2, gapAfter: -3.5, change: -1.5, reference: 'gemeente' },
        ],
      },
    ]);
    expect(result.current).toBe(true);
  });

  it('turns the gap for lower-is-better indicators (more low incomes than the city, more and more)', () => {
    // Low incomes: wijk 20 → 22 → 25 against a city at 15: gaps -5, -7, -10.
    expect(earlyWarning([m(2014, 20, 15), m(2015, 22, 15), m(2016, 25, 15)], 'lower_better', 'percent').flags.map((f) => f.year)).toEqual([
      2016,
    ]);
    // The same figures for a higher-is-better indicator: the wijk pulls ahead, no signal.
    expect(earlyWarning([m(2014, 20, 15), m(2015, 22, 15), m(2016, 25, 15)], 'higher_better', 'percent').flags).toEqual([]);
  });

  it('does not flag one worse step, a step within the threshold, a neutral indicator, or a wijk that falls with its city', () => {
    expect(earlyWarning([m(1, 49, 50), m(2, 48, 50), m(3, 48, 50)], 'higher_better', 'percent').flags).toEqual([]);
    // Second step -0.1 is within 0.25 % of 50 (0.125).
    expect(earlyWarning([m(1, 49, 50), m(2, 48, 50), m(3, 47.9, 50)], 'higher_better', 'percent').flags).toEqual([]);
    expect(earlyWarning([m(1, 49, 50), m(2, 48, 50), m(3, 46, 50)], 'neutral', 'count').flags).toEqual([]);
    expect(earlyWarning([m(1, 49, 50), m(2, 47, 48), m(3, 45, 46)], 'higher_better', 'percent').flags).toEqual([]);
  });

  it('uses the Netherlands where the data has no figure for the city, and never compares a step across two kinds of reference', () => {
    expect(
      earlyWarning([m(1, 4.0, null, 4.1), m(2, 3.9, null, 4.1), m(3, 3.8, null, 4.1)], 'higher_better', 'score').flags[0]?.steps[0]
        ?.reference,
    ).toBe('nederland');
    expect(earlyWarning([m(1, 4.0, null, 4.1), m(2, 3.9, 4.1, 4.1), m(3, 3.8, 4.1, 4.1)], 'higher_better', 'score').flags).toEqual([]);
  });

  it('skips missing figures: the steps join the measurements that have both figures', () => {
    expect(
      earlyWarning([m(1, 49, 50), m(2, null, 50), m(3, 48, 50), m(4, 46, 50)], 'higher_better', 'percent').flags.map((f) => f.year),
    ).toEqual([4]);
  });

  it('says whether the signal stands at the latest measurement', () => {
    const result = earlyWarning([m(1, 49, 50), m(2, 48, 50), m(3, 47, 50), m(4, 49, 50)], 'higher_better', 'percent');
    expect(result.flags.map((f) => f.year)).toEqual([3]);
    expect(result.current).toBe(false);
  });

  it('a class that falls by one or more raises the signal at that measurement', () => {
    const result = earlyWarning(
      [m(2002, 6, null), m(2008, 6, null), m(2012, 5, null), m(2014, 5, null), m(2016, 3, null)],
      'higher_better',
      'class',
    );
    expect(result.flags.map((f) => [f.year, f.kind, f.steps[0]?.change])).toEqual([
      [2012, 'class_fell', -1],
      [2016, 'class_fell', -2],
    ]);
    expect(result.current).toBe(true);
  });
});

describe('early warning on the real Leefbaarometer 3.0 series 2002–2024 of the study wijken', () => {
  const file = readFileSync(
    join(__dirname, '../../../../../../data/cbs/leefbaarometer3_meting2024_wijk_2002_2024_studiewijken.csv'),
    'utf8',
  );
  const rows = file
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split(',').map((c) => c.replace(/"/g, '')));
  const wijken = [...new Set(rows.map((r) => `${r[0]} ${r[1]}`))];

  it('flags Moerwijk 2012, Morgenstond 2014, Charlois 2016, Zuiderzeewijk and Kustwijk 2018 and Nieuw-West 2024; no others', () => {
    const flagged = wijken.map((wijk) => {
      const series = rows
        .filter((r) => `${r[0]} ${r[1]}` === wijk)
        .map((r) => {
          const lbm = Number(r[3]);
          const afw = Number(r[4]);
          return m(Number(r[2]), lbm, null, Math.round((lbm - afw) * 1e9) / 1e9);
        });
      return [wijk, earlyWarning(series, 'higher_better', 'score').flags.map((f) => f.year)];
    });
    expect(Object.fromEntries(flagged)).toEqual({
      'WK001404 Oosterparkwijk': [],
      'WK001409 Nieuw-West': [2024],
      'WK026805 Nijmegen-Midden': [],
      'WK026807 Dukenburg': [],
      'WK051834 Wijk 34 Morgenstond': [2014],
      'WK051836 Wijk 36 Moerwijk': [2012],
      'WK059910 Feijenoord': [],
      'WK059915 Charlois': [2016],
      'WK063700 Centrum': [],
      'WK099501 Zuiderzeewijk': [2018],
      'WK099506 Kustwijk': [2018],
    });
  });
});
