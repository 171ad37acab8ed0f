import { detectCsvSeparator, parseCsv } from './csv';

describe('detectCsvSeparator', () => {
  it('picks the separator that occurs most on the header line', () => {
    expect(detectCsvSeparator('a,b,c\n1;2;3;4;5')).toBe(',');
    expect(detectCsvSeparator('a;b;c\n1,2,3,4,5')).toBe(';');
  });

  it('ignores separators inside quotes', () => {
    expect(detectCsvSeparator('"a,b,c";d;e')).toBe(';');
  });

  it('looks at the first non-blank line and defaults to a comma', () => {
    expect(detectCsvSeparator('\n\n  \na;b')).toBe(';');
    expect(detectCsvSeparator('naam')).toBe(',');
    expect(detectCsvSeparator('')).toBe(',');
  });
});

describe('parseCsv', () => {
  it('parses a simple comma file with line numbers', () => {
    const table = parseCsv('naam,jaar\nMoerwijk,2024\nMorgenstond,2024\n');
    expect(table.header).toEqual(['naam', 'jaar']);
    expect(table.separator).toBe(',');
    expect(table.rows).toEqual([
      { line: 2, cells: { naam: 'Moerwijk', jaar: '2024' } },
      { line: 3, cells: { naam: 'Morgenstond', jaar: '2024' } },
    ]);
    expect(table.unterminatedQuoteLine).toBeUndefined();
  });

  it('auto-detects semicolons, strips a BOM, accepts CRLF, trims cells and lower-cases the header', () => {
    const table = parseCsv('\uFEFF Naam ; CBS_Codes \r\n Meijhorst ; BU02680733 \r\n');
    expect(table.separator).toBe(';');
    expect(table.header).toEqual(['naam', 'cbs_codes']);
    expect(table.rows).toEqual([{ line: 2, cells: { naam: 'Meijhorst', cbs_codes: 'BU02680733' } }]);
  });

  it('handles quoted fields with separators, doubled quotes and newlines', () => {
    const text = ['naam,rol', '"Jol, Lelystad","Zegt ""hallo""', 'over twee regels"', 'Zuiderzeewijk,gewoon'].join('\r\n');
    const table = parseCsv(text);
    expect(table.rows).toEqual([
      { line: 2, cells: { naam: 'Jol, Lelystad', rol: 'Zegt "hallo"\nover twee regels' } },
      { line: 4, cells: { naam: 'Zuiderzeewijk', rol: 'gewoon' } },
    ]);
  });

  it('keeps semicolons inside quotes in a semicolon file', () => {
    const table = parseCsv('naam;cbs_codes\nVinkhuizen;"BU00140900;BU00140901"');
    expect(table.rows[0]?.cells['cbs_codes']).toBe('BU00140900;BU00140901');
  });

  it('skips blank lines and lines of only separators but keeps physical line numbers', () => {
    const table = parseCsv('\n\nnaam;jaar\n\n;;\n  \nPalenstein;2024\n;\n');
    expect(table.header).toEqual(['naam', 'jaar']);
    expect(table.rows).toEqual([{ line: 7, cells: { naam: 'Palenstein', jaar: '2024' } }]);
  });

  it('counts newlines inside quoted fields in the line numbers of later rows', () => {
    const table = parseCsv('a,b\n"x\ny\nz",1\nnext,2');
    expect(table.rows.map((r) => r.line)).toEqual([2, 5]);
  });

  it('accepts old Mac line ends (CR only)', () => {
    const table = parseCsv('a,b\r1,2\r3,4');
    expect(table.rows.map((r) => [r.line, r.cells['a']])).toEqual([
      [2, '1'],
      [3, '3'],
    ]);
  });

  it('fills short rows with empty strings and ignores surplus cells', () => {
    const table = parseCsv('a,b,c\n1\n1,2,3,4');
    expect(table.rows[0]?.cells).toEqual({ a: '1', b: '', c: '' });
    expect(table.rows[1]?.cells).toEqual({ a: '1', b: '2', c: '3' });
  });

  it('lets the first of two equal header names win', () => {
    const table = parseCsv('naam,NAAM\neerste,tweede');
    expect(table.header).toEqual(['naam', 'naam']);
    expect(table.rows[0]?.cells['naam']).toBe('eerste');
  });

  it('is safe with header names that are Object.prototype members', () => {
    const table = parseCsv('__proto__,constructor\nx,y\n');
    expect(table.rows[0]?.cells['__proto__']).toBe('x');
    expect(table.rows[0]?.cells['constructor']).toBe('y');
    expect(parseCsv('a\n1').rows[0]?.cells['constructor']).toBeUndefined();
  });

  it('reads space-padded, fully quoted CBS exports', () => {
    const table = parseCsv('\uFEFF"ID";"WijkenEnBuurten";"AantalInwoners_5"\n"5660";"GM0518    ";"  537833"\n');
    expect(table.header).toEqual(['id', 'wijkenenbuurten', 'aantalinwoners_5']);
    expect(table.rows[0]?.cells).toEqual({ id: '5660', wijkenenbuurten: 'GM0518', aantalinwoners_5: '537833' });
  });

  it('ignores spaces around a quoted field', () => {
    const table = parseCsv('a,b\n  "x, y"  , z');
    expect(table.rows[0]?.cells).toEqual({ a: 'x, y', b: 'z' });
  });

  it('keeps a stray quote inside an unquoted field as text', () => {
    const table = parseCsv('a,b\n5" scherm,2');
    expect(table.rows[0]?.cells['a']).toBe('5" scherm');
  });

  it('reports an unclosed quote and still returns what it read', () => {
    const table = parseCsv('a,b\n1,2\n3,"open\n4,5\n');
    expect(table.unterminatedQuoteLine).toBe(3);
    expect(table.rows[0]).toEqual({ line: 2, cells: { a: '1', b: '2' } });
    expect(table.rows[1]?.line).toBe(3);
    expect(table.rows[1]?.cells['b']).toBe('open\n4,5');
  });

  it('returns an empty table for empty or blank input', () => {
    expect(parseCsv('')).toEqual({ header: [], separator: ',', rows: [] });
    expect(parseCsv('\uFEFF\r\n  \r\n')).toEqual({ header: [], separator: ',', rows: [] });
  });

  it('handles a file without a final newline and a header-only file', () => {
    expect(parseCsv('a\n1').rows).toEqual([{ line: 2, cells: { a: '1' } }]);
    expect(parseCsv('a;b\r\n').rows).toEqual([]);
  });
});
