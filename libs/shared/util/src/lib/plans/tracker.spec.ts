import { parseTracker, parseYearQuarter, trackerHeader } from './tracker';

const ctx = {
  startYear: 2025,
  endYear: 2030,
  units: [
    { id: 'u-wonen', name: 'Wonen' },
    { id: 'u-politie', name: 'Politie, eenheid Oost-Nederland' },
    { id: 'u-welzijn', name: 'Welzijnsorganisatie' },
  ],
};
const header = ['bouwsteen', 'pijler', 'doel', 'actie', 'trekker', 'partners', 'start', 'eind', 'budget 2026', 'budget 2027'];

describe('trackerHeader', () => {
  it('has the fixed columns and a budget column per year', () => {
    expect(trackerHeader(2025, 2027)).toEqual([
      'bouwsteen',
      'pijler',
      'doel',
      'actie',
      'trekker',
      'partners',
      'start',
      'eind',
      'budget 2025',
      'budget 2026',
      'budget 2027',
    ]);
  });
});

describe('parseYearQuarter', () => {
  it('reads the ways people write a quarter', () => {
    for (const v of ['2026-Q3', '2026 Q3', '2026-K3', 'K3 2026', 'q3-2026', '2026K3'])
      expect(parseYearQuarter(v)).toEqual({ year: 2026, quarter: 3 });
    expect(parseYearQuarter('2026')).toBeNull();
    expect(parseYearQuarter('2026-Q5')).toBeNull();
  });
});

describe('parseTracker', () => {
  it('reads a good file: names or codes of blocks and pillars, units by name, euros as text or number', () => {
    const { rows, errors } = parseTracker(
      [
        header,
        [
          'B1',
          '',
          'Schoon en heel',
          'Vast onderhoud',
          'wonen',
          'Politie, eenheid Oost-Nederland; Welzijnsorganisatie',
          '2026-K1',
          '2028-K4',
          '12.500,50',
          1000,
        ],
        ['Sociaal offensief', 'Sociale basis', 'Buurthuis open', 'Buurthuis', '', '', 'K2 2026', '2026-Q4', '', ''],
        ['', '', '', '', '', '', '', '', '', ''],
      ],
      ctx,
    );
    expect(errors).toEqual([]);
    expect(rows).toEqual([
      {
        row: 2,
        block: 'B1',
        pillar: null,
        statement: 'Schoon en heel',
        title: 'Vast onderhoud',
        leadUnitId: 'u-wonen',
        contributingUnitIds: ['u-politie', 'u-welzijn'],
        start: { year: 2026, quarter: 1 },
        end: { year: 2028, quarter: 4 },
        budget: [
          { year: 2026, amountCents: 1_250_050 },
          { year: 2027, amountCents: 100_000 },
        ],
      },
      expect.objectContaining({ row: 3, block: 'B4', pillar: 'P1', leadUnitId: null, budget: [] }),
    ]);
  });

  it('names the row and the column of every bad cell', () => {
    const { rows, errors } = parseTracker(
      [
        header,
        ['B7', 'P1', '', 'Actie', 'Onbekend', 'Wonen; Niemand', '2026-K1', '2031-K1', '-5', 'veel'],
        ['B2', 'P1', 'Doel', 'Actie', '', '', '2027-K3', '2026-K1', '', ''],
        ['B4', '', 'Doel', 'Actie', '', '', 'volgend jaar', '2026-K1', '', ''],
      ],
      ctx,
    );
    expect(rows).toEqual([]);
    expect(errors.map((e) => e.name)).toEqual([
      'rows.2.bouwsteen',
      'rows.2.doel',
      'rows.2.trekker',
      'rows.2.partners',
      'rows.2.eind',
      'rows.2.budget 2026',
      'rows.2.budget 2027',
      'rows.3.pijler',
      'rows.3.eind',
      'rows.4.pijler',
      'rows.4.start',
    ]);
    expect(errors[2]?.reason).toBe(
      "Rij 2, kolom trekker: 'Onbekend' is geen afdeling of partner van de gemeente. Gebruik de naam zoals die bij Beheer staat.",
    );
    expect(errors[4]?.reason).toBe('Rij 2, kolom eind: Dit kwartaal valt buiten de looptijd van het plan (2025–2030).');
  });

  it('refuses a header without the required columns, with unknown columns or budget years outside the plan', () => {
    const { errors } = parseTracker(
      [
        ['bouwsteen', 'doel', 'wat', 'budget 2040'],
        ['B1', 'Doel', 'x', '1'],
      ],
      ctx,
    );
    expect(errors.map((e) => e.name)).toEqual(['header.wat', 'header.budget 2040', 'header.actie', 'header.start', 'header.eind']);
  });

  it('refuses a file without actions', () => {
    expect(parseTracker([header], ctx).errors.map((e) => e.reasonCode)).toEqual(['tracker.no_rows']);
  });
});
