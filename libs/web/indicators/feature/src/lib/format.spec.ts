import type { WijkSignals } from '@wk/contracts';
import { formatFigure, latest, signalList } from './format';

describe('indicator figures', () => {
  it('writes each unit the local way', () => {
    expect(formatFigure(39.2, { unit: 'percent', decimals: 1 }, 'nl-NL')).toBe('39,2%');
    expect(formatFigure(148, { unit: 'thousand_euro', decimals: 0 }, 'nl-NL')).toBe('€\u00a0148.000');
    expect(formatFigure(3.87254507337334, { unit: 'score', decimals: 3 }, 'nl-NL')).toBe('3,873');
    expect(formatFigure(-0.0114, { unit: 'deviation', decimals: 3 }, 'nl-NL')).toBe('-0,011');
    expect(formatFigure(0.012, { unit: 'deviation', decimals: 3 }, 'en-GB')).toBe('+0.012');
    expect(formatFigure(21385, { unit: 'count', decimals: 0 }, 'nl-NL')).toBe('21.385');
    expect(formatFigure(null, { unit: 'count', decimals: 0 }, 'nl-NL')).toBe('–');
  });

  it('finds the latest point with a figure', () => {
    const points = [2016, 2020, 2024].map((year, i) => ({
      year,
      value: i === 2 ? null : year / 1000,
      gap: null,
      areaCode: null,
      areaYear: null,
      source: null,
    }));
    expect(latest(points)?.year).toBe(2020);
  });
});

describe('signalList', () => {
  const w = {
    wijk: { id: 'w1', name: 'Moerwijk' },
    signals: [
      {
        indicator: { code: 'a', name: { nl: 'Leefbaarometer', en: 'Livability' }, unit: 'score', direction: 'higher_better' },
        year: 2012,
        kind: 'gap_widened',
        current: false,
      },
      {
        indicator: { code: 'b', name: { nl: 'Overlast', en: 'Nuisance' }, unit: 'deviation', direction: 'higher_better' },
        year: 2024,
        kind: 'gap_widened',
        current: true,
      },
      {
        indicator: { code: 'c', name: { nl: 'Klasse', en: 'Class' }, unit: 'class', direction: 'higher_better' },
        year: 2008,
        kind: 'class_fell',
        current: false,
      },
    ],
  } as const satisfies WijkSignals;

  it('lists the signals that stand now, or those that stood before, in the page’s language', () => {
    expect(signalList(w, true, 'nl')).toBe('Overlast (2024)');
    expect(signalList(w, false, 'en')).toBe('Livability (2012); Class (2008)');
    expect(signalList({ ...w, signals: [] }, true, 'nl')).toBe('');
  });
});
