import { InvalidParam } from '@wk/contracts';
import { parseWijkenCsv, POPULATION_SOURCE_IMPORT } from './wijken-csv';

const GM = 'GM0268';
const HEADER = 'naam,cbs_codes,jaar,inwoners,rol_in_de_stad';

/** Compact view of the errors: `name code`. */
function summary(errors: InvalidParam[]): string[] {
  return errors.map((e) => `${e.name} ${e.code}`);
}

describe('parseWijkenCsv: valid files', () => {
  it('reads all columns into CreateWijkRequests', () => {
    const csv = [
      HEADER,
      'Meijhorst,BU02680733,2024,,Wijk in Dukenburg.',
      'Willemskwartier,bu02680510,2024,6400,',
      'Dukenburg,WK026807,2024,0,',
    ].join('\n');
    const result = parseWijkenCsv(csv, GM);
    expect(result.errors).toEqual([]);
    expect(result.lines).toEqual([2, 3, 4]);
    expect(result.rows).toEqual([
      { name: 'Meijhorst', cbsUnits: [{ code: 'BU02680733', year: 2024 }], roleInCity: 'Wijk in Dukenburg.' },
      {
        name: 'Willemskwartier',
        cbsUnits: [{ code: 'BU02680510', year: 2024 }],
        population: 6400,
        populationYear: 2024,
        populationSource: POPULATION_SOURCE_IMPORT,
      },
      {
        name: 'Dukenburg',
        cbsUnits: [{ code: 'WK026807', year: 2024 }],
        population: 0,
        populationYear: 2024,
        populationSource: 'Opgegeven bij import',
      },
    ]);
  });

  it('accepts only the required columns, in any order and case', () => {
    const result = parseWijkenCsv('JAAR, Naam ,CBS_codes\n2024,Meijhorst,BU02680733', GM);
    expect(result.errors).toEqual([]);
    expect(result.rows).toEqual([{ name: 'Meijhorst', cbsUnits: [{ code: 'BU02680733', year: 2024 }] }]);
  });

  it.each([
    ['spaces', 'naam,cbs_codes,jaar\nTwee buurten,BU02680733  BU02680510,2024'],
    ['pipes', 'naam,cbs_codes,jaar\nTwee buurten,BU02680733|BU02680510,2024'],
    ['pipes with spaces', 'naam,cbs_codes,jaar\nTwee buurten,BU02680733 | BU02680510,2024'],
    ['semicolons inside quotes', 'naam;cbs_codes;jaar\nTwee buurten;"BU02680733;BU02680510";2024'],
    ['commas inside quotes', 'naam,cbs_codes,jaar\nTwee buurten,"BU02680733, BU02680510",2024'],
  ])('splits several codes separated by %s', (_label, csv) => {
    const result = parseWijkenCsv(csv, GM);
    expect(result.errors).toEqual([]);
    expect(result.rows[0]?.cbsUnits).toEqual([
      { code: 'BU02680733', year: 2024 },
      { code: 'BU02680510', year: 2024 },
    ]);
  });

  it('reads a semicolon file from Excel with BOM, CRLF and a multi-line text', () => {
    const csv =
      '\uFEFFnaam;cbs_codes;jaar;inwoners;rol_in_de_stad\r\n"Meijhorst";"BU02680733";"2024";"";"Regel een\r\nregel twee"\r\n;;;;\r\n';
    const result = parseWijkenCsv(csv, GM);
    expect(result.errors).toEqual([]);
    expect(result.rows[0]?.roleInCity).toBe('Regel een\nregel twee');
  });

  it('accepts a lower-case or padded gemeente code', () => {
    expect(parseWijkenCsv('naam,cbs_codes,jaar\nMeijhorst,BU02680733,2024', ' gm0268 ').errors).toEqual([]);
  });

  it('tolerates a trailing separator in the header', () => {
    const result = parseWijkenCsv('naam,cbs_codes,jaar,\nMeijhorst,BU02680733,2024,', GM);
    expect(result.errors).toEqual([]);
    expect(result.rows).toHaveLength(1);
  });

  it('throws on a gmCode that is not a gemeente code (a programming error)', () => {
    expect(() => parseWijkenCsv(HEADER, 'WK026807')).toThrow(/gemeente code/);
  });
});

describe('parseWijkenCsv: header errors', () => {
  it('names each missing required column once', () => {
    const result = parseWijkenCsv('naam,inwoners\nMeijhorst,10\nJol,20', GM);
    expect(summary(result.errors)).toEqual(['header.cbs_codes missing_column', 'header.jaar missing_column']);
    expect(result.rows).toEqual([]);
  });

  it('reports every required column for an empty file', () => {
    const result = parseWijkenCsv('', GM);
    expect(summary(result.errors)).toEqual(['header.naam missing_column', 'header.cbs_codes missing_column', 'header.jaar missing_column']);
  });

  it('reports unknown and doubled columns', () => {
    const result = parseWijkenCsv('naam,cbs_codes,jaar,postcode,Naam\nMeijhorst,BU02680733,2024,6535,x', GM);
    expect(summary(result.errors)).toEqual(['header.postcode unknown_column', 'header.naam duplicate']);
    expect(result.errors[0]?.reason).toContain('naam, cbs_codes, jaar, inwoners, rol_in_de_stad');
  });

  it('reports data under a column without a name', () => {
    const result = parseWijkenCsv('naam,cbs_codes,jaar,\nMeijhorst,BU02680733,2024,iets', GM);
    expect(summary(result.errors)).toEqual(['header.4 unknown_column']);
  });

  it('reports a file with a header but no wijken', () => {
    const result = parseWijkenCsv(`${HEADER}\r\n\r\n`, GM);
    expect(summary(result.errors)).toEqual(['rows required']);
  });
});

describe('parseWijkenCsv: row errors', () => {
  it('requires naam, cbs_codes and jaar', () => {
    const result = parseWijkenCsv(`${HEADER}\n,,,12,tekst`, GM);
    expect(summary(result.errors)).toEqual(['rows.2.naam required', 'rows.2.jaar required', 'rows.2.cbs_codes required']);
    expect(result.rows).toEqual([]);
    expect(result.errors.every((e) => e.reason.length > 0)).toBe(true);
  });

  it('limits the length of naam (200) and rol_in_de_stad (4000)', () => {
    const ok = parseWijkenCsv(`${HEADER}\n${'a'.repeat(200)},BU02680733,2024,,${'b'.repeat(4000)}`, GM);
    expect(ok.errors).toEqual([]);
    const tooLong = parseWijkenCsv(`${HEADER}\n${'a'.repeat(201)},BU02680733,2024,,${'b'.repeat(4001)}`, GM);
    expect(summary(tooLong.errors)).toEqual(['rows.2.naam too_long', 'rows.2.rol_in_de_stad too_long']);
  });

  it('counts characters, not UTF-16 units', () => {
    const name = '🏠'.repeat(200); // 200 characters, 400 UTF-16 code units
    expect(parseWijkenCsv(`naam,cbs_codes,jaar\n${name},BU02680733,2024`, GM).errors).toEqual([]);
  });

  it.each([
    ['2024.0', 'format'],
    ['twintig', 'format'],
    ['-2024', 'format'],
    ['1989', 'out_of_range'],
    ['2101', 'out_of_range'],
  ])('rejects jaar %p with %p', (jaar, code) => {
    const result = parseWijkenCsv(`naam,cbs_codes,jaar\nMeijhorst,BU02680733,${jaar}`, GM);
    expect(summary(result.errors)).toEqual([`rows.2.jaar ${code}`]);
  });

  it.each(['1990', '2100'])('accepts boundary year %p', (jaar) => {
    expect(parseWijkenCsv(`naam,cbs_codes,jaar\nMeijhorst,BU02680733,${jaar}`, GM).errors).toEqual([]);
  });

  it.each([
    ['-1', 'out_of_range'],
    ['12.500', 'format'],
    ['12 500', 'format'],
    ['1e3', 'format'],
    ['2147483648', 'out_of_range'],
  ])('rejects inwoners %p with %p', (inwoners, code) => {
    const result = parseWijkenCsv(`naam,cbs_codes,jaar,inwoners\nMeijhorst,BU02680733,2024,${inwoners}`, GM);
    expect(summary(result.errors)).toEqual([`rows.2.inwoners ${code}`]);
  });

  it('checks every CBS code and reports each problem', () => {
    const csv = `naam,cbs_codes,jaar\nMengsel,GM0268 WK0268 WK051836 BU02680733 bu02680733 WK026807,2024`;
    const result = parseWijkenCsv(csv, GM);
    expect(summary(result.errors)).toEqual([
      'rows.2.cbs_codes format',
      'rows.2.cbs_codes format',
      'rows.2.cbs_codes wrong_gemeente',
      'rows.2.cbs_codes duplicate',
    ]);
    expect(result.errors[0]?.reason).toContain('gemeente');
    expect(result.errors[1]?.reason).toContain("'WK0268'");
    expect(result.errors[2]?.reason).toBe('Deze CBS-code hoort niet bij gemeente GM0268: WK051836.');
    expect(result.errors[3]?.reason).toContain('BU02680733');
    expect(result.rows).toEqual([]);
  });

  it('rejects the same wijk name twice, ignoring case and spacing, and names the first line', () => {
    const csv = `naam,cbs_codes,jaar\nMeijhorst,BU02680733,2024\n\nMEIJHORST ,BU02680510,2024\nMeij  horst,BU02680510,2024`;
    const result = parseWijkenCsv(csv, GM);
    expect(summary(result.errors)).toEqual(['rows.4.naam duplicate']);
    expect(result.errors[0]?.reason).toContain('regel 2');
    // Valid rows are still returned, with their lines; the caller imports nothing while errors exist.
    expect(result.lines).toEqual([2, 5]);
  });

  it('uses physical line numbers, also after a multi-line cell', () => {
    const csv = `${HEADER}\nA,BU02680733,2024,,"een\ntwee\ndrie"\nB,BU99990733,2024,,`;
    expect(summary(parseWijkenCsv(csv, GM).errors)).toEqual(['rows.5.cbs_codes wrong_gemeente']);
  });

  it('reports a quote that is never closed', () => {
    const csv = `${HEADER}\nA,BU02680733,2024,,"open tekst\nB,BU02680510,2024,,`;
    const result = parseWijkenCsv(csv, GM);
    expect(summary(result.errors)).toEqual(['rows.2 format']);
  });
});
