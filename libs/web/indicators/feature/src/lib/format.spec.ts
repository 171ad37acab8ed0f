import { formatFigure, latest } from './format';

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
