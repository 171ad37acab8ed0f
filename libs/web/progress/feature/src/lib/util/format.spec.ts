import { blockLabel, formatEuroShort, formatPercent, joinNames, periodLabel, periodShort, periodStateText } from './format';
import { tEn, tNl } from './test-i18n';

/** Dates as they arrive, so that the tests do not depend on Intl date data. */
const asIs = (iso: string): string => `[${iso}]`;

describe('period labels', () => {
  it('names a quarter and a whole year in plain words', () => {
    expect(periodLabel({ year: 2026, quarter: 3 }, tNl)).toBe('Kwartaal 3 van 2026');
    expect(periodLabel({ year: 2026, quarter: null }, tNl)).toBe('Jaar 2026');
    expect(periodLabel({ year: 2026, quarter: 3 }, tEn)).toBe('Quarter 3 of 2026');
    expect(periodShort({ year: 2026, quarter: 1 }, tNl)).toBe('2026 K1');
    expect(periodShort({ year: 2026, quarter: null }, tNl)).toBe('2026');
  });

  it('says since when an update is overdue, and by when a due one must be in', () => {
    expect(periodStateText({ year: 2026, quarter: 3, state: 'overdue', deadline: '2026-10-31' }, tNl, asIs)).toBe(
      'Kwartaal 3 van 2026 — te laat sinds [2026-10-31]',
    );
    expect(periodStateText({ year: 2026, quarter: 4, state: 'due', deadline: '2027-01-31' }, tNl, asIs)).toBe(
      'Kwartaal 4 van 2026 — melden uiterlijk op [2027-01-31]',
    );
    expect(periodStateText({ year: 2026, quarter: null, state: 'overdue', deadline: '2027-01-31' }, tEn, asIs)).toBe(
      'Year 2026 — overdue since [2027-01-31]',
    );
  });

  it('writes the real Dutch date with the Dutch month name', () => {
    const dutch = (iso: string): string =>
      new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeZone: 'Europe/Amsterdam' }).format(new Date(iso));
    expect(periodStateText({ year: 2026, quarter: 3, state: 'overdue', deadline: '2026-10-31' }, tNl, dutch)).toBe(
      'Kwartaal 3 van 2026 — te laat sinds 31 oktober 2026',
    );
  });
});

describe('numbers and names', () => {
  it('shows percentages with at most one decimal, the local way', () => {
    expect(formatPercent(14.9, 'nl')).toBe('14,9%');
    expect(formatPercent(14.94, 'nl')).toBe('14,9%');
    expect(formatPercent(100, 'nl')).toBe('100%');
    expect(formatPercent(14.9, 'en')).toBe('14.9%');
  });

  it('shortens large euro amounts for a chart axis', () => {
    expect(formatEuroShort(500_000_000, 'en')).toBe('€5m');
    expect(formatEuroShort(250_000_000, 'nl')).toBe('€\u00a02,5\u00a0mln.');
    expect(formatEuroShort(0, 'en')).toBe('€0');
  });

  it('names a block, and a pillar of block 4 after it', () => {
    expect(blockLabel('B2', null, tNl, 'nl')).toBe('Bouwsteen 2: Perspectief voor bewoners');
    expect(blockLabel('B4', 'P1', tNl, 'nl')).toMatch(/^Bouwsteen 4: .+ – Sociale basis$/);
  });

  it('joins names in alphabetical order with "en"', () => {
    expect(joinNames(['Wonen'], 'en')).toBe('Wonen');
    expect(joinNames(['Wonen', 'Sociaal Domein'], 'en')).toBe('Sociaal Domein en Wonen');
    expect(joinNames(['Wonen', 'GGD', 'Sociaal Domein'], 'en')).toBe('GGD, Sociaal Domein en Wonen');
    expect(joinNames([], 'en')).toBe('');
  });
});
