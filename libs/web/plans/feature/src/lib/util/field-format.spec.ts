import { fieldLabel, formatFieldValue, isLongText } from './field-format';
import { contextEn, contextNl } from './test-i18n';

const plain = (text: string): string => text.replace(/\u00a0/g, ' ');

describe('changed fields in plain language', () => {
  it('labels fields, with the block name for a section text', () => {
    expect(fieldLabel('leadUnit', contextNl)).toBe('Trekker');
    expect(fieldLabel('sections.B3', contextNl)).toBe('Tekst bij bouwsteen 3 (Fysieke investeringen)');
    expect(fieldLabel('sections.B3', contextEn)).toBe('Text for building block 3 (Physical investments)');
    expect(fieldLabel('somethingNew', contextNl)).toBe('somethingNew');
  });

  it('formats money per year with a total, in euros', () => {
    const budget = [
      { year: 2027, amountCents: 50_000_000 },
      { year: 2026, amountCents: 125_000_000 },
    ];
    expect(plain(formatFieldValue('budget', budget, contextNl))).toBe('2026: € 1.250.000; 2027: € 500.000 (Totaal: € 1.750.000)');
    expect(formatFieldValue('budget', budget, contextEn)).toBe('2026: €1,250,000; 2027: €500,000 (Total: €1,750,000)');
  });

  it('formats periods, blocks, pillars, names and empty values', () => {
    expect(formatFieldValue('start', { year: 2026, quarter: 2 }, contextNl)).toBe('2026 K2');
    expect(formatFieldValue('end', { year: 2026, quarter: 2 }, contextEn)).toBe('2026 Q2');
    expect(formatFieldValue('block', 'B4', contextNl)).toBe('Bouwsteen 4: Sociaal offensief');
    expect(formatFieldValue('pillar', 'P2', contextNl)).toBe('Sociale stijging');
    expect(formatFieldValue('contributingUnits', ['GGD', 'Politie'], contextNl)).toBe('GGD, Politie');
    expect(formatFieldValue('leadUnit', null, contextNl)).toBe('(leeg)');
    expect(formatFieldValue('startYear', 2026, contextNl)).toBe('2026');
    expect(formatFieldValue('status', 'in_review', contextNl)).toBe('Ter bespreking');
  });

  it('formats milestones with their date and whether they are done', () => {
    expect(
      formatFieldValue(
        'milestones',
        [
          { title: 'Opening', dueDate: '2026-09-01', done: true },
          { title: 'Evaluatie', dueDate: '2027-06-30', done: false },
        ],
        contextNl,
      ),
    ).toBe('Opening ([2026-09-01], gereed); Evaluatie ([2027-06-30])');
  });

  it('shows names instead of the ids that audit events record', () => {
    const names: Record<string, string> = { u1: 'Openbare Ruimte', u2: 'GGD Gelderland-Zuid', w1: 'Willemskwartier' };
    const context = { ...contextNl, nameOf: (_field: string, id: string) => names[id] ?? null };
    expect(formatFieldValue('leadUnitId', 'u1', context)).toBe('Openbare Ruimte');
    expect(formatFieldValue('contributingUnitIds', ['u2', 'u1'], context)).toBe('GGD Gelderland-Zuid, Openbare Ruimte');
    expect(formatFieldValue('wijkIds', ['w1', 'weg'], context)).toBe('Willemskwartier, (onbekend)');
    expect(formatFieldValue('ownerId', null, context)).toBe('(leeg)');
  });

  it('treats the vision, section texts and descriptions as running text', () => {
    expect(isLongText({ field: 'sections.B6' })).toBe(true);
    expect(isLongText({ field: 'vision' })).toBe(true);
    expect(isLongText({ field: 'title' })).toBe(false);
  });
});
