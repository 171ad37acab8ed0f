import { CSV_BOM, centsToEuros, csvCell, csvLine } from './csv-write';
import { parseCsv } from './csv';

describe('csvCell', () => {
  it('writes numbers with a decimal comma for ; and a point for ,', () => {
    expect(csvCell(1234.5, ';')).toBe('1234,5');
    expect(csvCell(1234.5, ',')).toBe('1234.5');
    expect(csvCell(-3, ';')).toBe('-3');
  });

  it('quotes text holding the separator, quotes or line breaks, and doubles quotes', () => {
    expect(csvCell('a;b', ';')).toBe('"a;b"');
    expect(csvCell('a;b', ',')).toBe('a;b');
    expect(csvCell('zei "ja"', ',')).toBe('"zei ""ja"""');
    expect(csvCell('regel 1\nregel 2', ';')).toBe('"regel 1\nregel 2"');
    expect(csvCell(' spatie', ';')).toBe('" spatie"');
  });

  it('defuses text that a spreadsheet would run as a formula', () => {
    expect(csvCell('=SUM(A1)', ';')).toBe("'=SUM(A1)");
    expect(csvCell('+31 6', ';')).toBe("'+31 6");
    expect(csvCell('@user', ',')).toBe("'@user");
    expect(csvCell('-1 euro', ';')).toBe("'-1 euro");
  });

  it('writes empty cells for null and ja/nee for booleans', () => {
    expect(csvCell(null, ';')).toBe('');
    expect(csvCell(undefined, ';')).toBe('');
    expect(csvCell(true, ';')).toBe('ja');
    expect(csvCell(false, ',')).toBe('nee');
  });
});

describe('csvLine', () => {
  it('reads back with the CSV reader, BOM included', () => {
    const text = CSV_BOM + csvLine(['naam', 'bedrag'], ';') + csvLine(['Wijk; Noord "oost"', 12.5], ';');
    const table = parseCsv(text);
    expect(table.separator).toBe(';');
    expect(table.rows[0]?.cells).toEqual(expect.objectContaining({ naam: 'Wijk; Noord "oost"', bedrag: '12,5' }));
  });

  it('ends lines in CRLF', () => {
    expect(csvLine(['a', 1], ',')).toBe('a,1\r\n');
  });
});

describe('centsToEuros', () => {
  it('turns cents into euros', () => {
    expect(centsToEuros(123456)).toBe(1234.56);
    expect(centsToEuros(0)).toBe(0);
  });
});
