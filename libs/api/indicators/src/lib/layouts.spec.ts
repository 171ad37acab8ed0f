import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_CATALOGUE } from './catalogue';
import { LayoutError, parseIndicatorFile, readCell, type ParsedValue } from './layouts';

const DATA = join(__dirname, '../../../../../data/cbs');
const read = (file: string) => readFileSync(join(DATA, file), 'utf8');
const manifest = JSON.parse(read('indicators.json')) as {
  imports: { file: string; layout: Parameters<typeof parseIndicatorFile>[0]; year?: number; areaYear?: number }[];
};

function parsed(file: string) {
  const spec = manifest.imports.find((i) => i.file === file);
  if (!spec) throw new Error(`${file} is not in indicators.json`);
  return parseIndicatorFile(spec.layout, read(file), DEFAULT_CATALOGUE, spec);
}

function cell(values: ParsedValue[], areaCode: string, indicator: string, year: number): ParsedValue | undefined {
  return values.find((v) => v.areaCode === areaCode && v.indicator === indicator && v.year === year);
}

describe('reading a cell', () => {
  it('reads decimal commas and points, and each kind of missing value with its reason', () => {
    expect(readCell('21,4')).toEqual({ value: 21.4, missing: null });
    expect(readCell('  2.0 ')).toEqual({ value: 2, missing: null });
    expect(readCell('-7.87394584958339E-2')).toEqual({ value: -0.0787394584958339, missing: null });
    expect(readCell('.')).toEqual({ value: null, missing: 'unknown' });
    expect(readCell('       .')).toEqual({ value: null, missing: 'unknown' });
    expect(readCell('-99999999')).toEqual({ value: null, missing: 'secret' });
    expect(readCell('-99997')).toEqual({ value: null, missing: 'secret' });
    expect(readCell('')).toEqual({ value: null, missing: 'not_published' });
    expect(readCell('NA')).toEqual({ value: null, missing: 'not_measured' });
    expect(readCell('#N/A')).toEqual({ value: null, missing: 'not_measured' });
    expect(readCell('twaalf')).toEqual({ error: 'not_a_number' });
    expect(readCell('1.234,5')).toEqual({ error: 'not_a_number' });
  });
});

describe('every file in data/cbs/indicators.json', () => {
  it.each(manifest.imports.map((i) => i.file))('%s reads without a refused row', (file) => {
    const { values, refused } = parsed(file);
    expect(refused).toEqual([]);
    expect(values.length).toBeGreaterThanOrEqual(30);
  });
});

describe('CBS Kerncijfers', () => {
  it('StatLine exports: the cells of the file, with the year from the Jaar column (Rotterdam 2014 and 2018)', () => {
    const y2014 = parsed('kwb_2014_82931NED_rotterdam_gm_wk_bu_statline.csv').values;
    // SOURCES.md 5.1: inwoners 2014 618355 / 8220 / 12065; WOZ 148 / 91 / 78; laag inkomen 18,7 / 39,2 / 28,4.
    expect(cell(y2014, 'GM0599', 'inwoners', 2014)?.value).toBe(618355);
    expect(cell(y2014, 'BU05991086', 'inwoners', 2014)?.value).toBe(8220);
    expect(cell(y2014, 'BU05991571', 'woz_waarde', 2014)?.value).toBe(78);
    expect(cell(y2014, 'BU05991086', 'laag_inkomen', 2014)?.value).toBe(39.2);
    expect(cell(y2014, 'GM0599', 'laag_inkomen', 2014)?.value).toBe(18.7);
    expect(cell(y2014, 'GM0599', 'inkomen_per_inwoner', 2014)?.value).toBe(21.4);
    // 2014 gives the age groups as a percentage (unit row "%"): taken as they are.
    expect(cell(y2014, 'GM0599', 'aandeel_65plus', 2014)?.value).toBe(15);
    const y2018 = parsed('kwb_2018_84286NED_rotterdam_gm_wk_bu_statline.csv').values;
    expect(cell(y2018, 'GM0599', 'inwoners', 2018)?.value).toBe(638712);
    expect(cell(y2018, 'BU05991571', 'inwoners', 2018)?.value).toBe(12310);
    // In the 2018 export every income column is "." (not yet published): missing, reason unknown.
    expect(cell(y2018, 'GM0599', 'laag_inkomen', 2018)).toMatchObject({ value: null, missing: 'unknown' });
    // 2015+ give the age groups as counts: the share is count / inhabitants (97147 / 638712).
    expect(cell(y2018, 'GM0599', 'aandeel_65plus', 2018)?.value).toBeCloseTo((97147 / 638712) * 100, 10);
  });

  it('OData extracts: the variable is found whatever its suffix, and renamed variables through the mapping', () => {
    const y2019 = parsed('kwb_2019_84583NED_denhaag_gm_wk_bu.csv').values;
    expect(cell(y2019, 'GM0518', 'inwoners', 2019)?.value).toBe(537833);
    // WOZ is `GemiddeldeWoningwaarde_35` in 2019 and `GemiddeldeWOZWaardeVanWoningen_39` in 2024 (SOURCES.md 3).
    expect(cell(y2019, 'WK051836', 'woz_waarde', 2019)?.value).toEqual(expect.any(Number));
    const y2020 = parsed('kwb_2020_84799NED_denhaag_gm_wk_bu.csv').values;
    // SOURCES.md 5.8: Moerwijk inwoners 21385, bijstand 2340; GM0518 bijstand 24400; WOZ empty in this version.
    expect(cell(y2020, 'WK051836', 'inwoners', 2020)?.value).toBe(21385);
    expect(cell(y2020, 'WK051836', 'bijstand', 2020)?.value).toBe(2340);
    expect(cell(y2020, 'GM0518', 'bijstand', 2020)?.value).toBe(24400);
    expect(cell(y2020, 'WK051836', 'bijstand_per_1000', 2020)?.value).toBeCloseTo((2340 / 21385) * 1000, 10);
    expect(cell(y2020, 'WK051836', 'woz_waarde', 2020)).toMatchObject({ value: null, missing: 'not_published' });
    const y2024 = parsed('kwb_2024_85984NED_gm_wk_zes_gemeenten.csv').values;
    expect(cell(y2024, 'GM0518', 'inwoners', 2024)?.value).toBe(566221);
  });

  it('recognises a variable whatever suffix the edition gives it', () => {
    const file = (suffix: number) => `WijkenEnBuurten;HuishoudensMetEenLaagInkomen_${suffix}\nWK051836  ;  21,5\n`;
    for (const suffix of [78, 87, 89]) {
      expect(parseIndicatorFile('cbs-kwb', file(suffix), DEFAULT_CATALOGUE, { year: 2022 }).values).toEqual([
        expect.objectContaining({ areaCode: 'WK051836', indicator: 'laag_inkomen', year: 2022, value: 21.5 }),
      ]);
    }
  });

  it('takes Amsterdam’s codes, which carry letters in the wijk and buurt part (WK0363AA, BU0363AA01)', () => {
    const content = 'WijkenEnBuurten;AantalInwoners_5\nWK0363AA;11480\nBU0363AA01;2130\n';
    const result = parseIndicatorFile('cbs-kwb', content, DEFAULT_CATALOGUE, { year: 2024 });
    expect(result.refused).toEqual([]);
    expect(result.values.map((v) => [v.areaCode, v.value])).toEqual([
      ['WK0363AA', 11480],
      ['BU0363AA01', 2130],
    ]);
  });

  it('refuses a row with a bad code or a bad number, naming line and column; asks for the year when the file has none', () => {
    const content = 'Codering_3;AantalInwoners_5\nWK051836;21385\nWK05183;100\nGM0518;veel\n';
    const result = parseIndicatorFile('cbs-kwb', content, DEFAULT_CATALOGUE, { year: 2020 });
    expect(result.refused).toEqual([
      { line: 3, field: 'Codering_3', code: 'not_a_code', reason: 'WK05183' },
      { line: 4, field: 'AantalInwoners_5', code: 'not_a_number', reason: 'veel' },
    ]);
    expect(() => parseIndicatorFile('cbs-kwb', content, DEFAULT_CATALOGUE, {})).toThrow(LayoutError);
  });
});

describe('Leefbaarometer', () => {
  it('3.0: score and dimensions per year on the 2024 indeling, and the national mean lbm − afw', () => {
    const { values } = parsed('leefbaarometer3_meting2024_wijk_2002_2024_studiewijken.csv');
    const moerwijk = values.filter((v) => v.areaCode === 'WK051836' && v.indicator === 'lbm_score');
    expect(moerwijk.map((v) => v.year)).toEqual([2002, 2008, 2012, 2014, 2016, 2018, 2020, 2022, 2024]);
    expect(moerwijk.every((v) => v.areaYear === 2024)).toBe(true);
    // Dimensions exist only for 2014, 2018–2024: NA before.
    expect(cell(values, 'WK051836', 'lbm_fys', 2008)).toMatchObject({ value: null, missing: 'not_measured' });
    const nl = values.filter((v) => v.areaCode === 'NL01');
    expect(nl).toHaveLength(9);
    for (const v of nl) expect(v.value).toBeCloseTo(4.102265, 6);
  });

  it('3.0: refuses a file whose rows disagree on the national mean', () => {
    const content = 'wk_code,jaar,lbm,afw\nWK051836,2024,3.9,-0.2\nWK051834,2024,4.0,-0.2\n';
    expect(parseIndicatorFile('leefbaarometer-3', content, DEFAULT_CATALOGUE, { areaYear: 2024 }).refused).toEqual([
      expect.objectContaining({ line: 3, field: 'afw', code: 'inconsistent_national_mean' }),
    ]);
  });

  it('2.0: a class per year on the 2016 indeling (Zuiderzeewijk was WK099511 then)', () => {
    const { values } = parsed('leefbaarometer2_meting2016_wijk_zes_gemeenten.csv');
    const zuiderzee = values.filter((v) => v.areaCode === 'WK099511');
    expect(zuiderzee.map((v) => v.year)).toEqual([2002, 2008, 2012, 2014, 2016]);
    expect(zuiderzee.every((v) => v.areaYear === 2016 && v.indicator === 'lbm2_klasse')).toBe(true);
  });
});

describe('RIVM and the long layout', () => {
  it('RIVM 2016: Moerwijk 65 % lonely (SOURCES.md 5.7)', () => {
    const { values } = parsed('rivm_eenzaamheid_gezondheid_wijk_2016_zes_gemeenten.csv');
    expect(cell(values, 'WK051836', 'eenzaam', 2016)?.value).toBe(65);
    expect(cell(values, 'WK051834', 'eenzaam', 2016)?.value).toBe(60);
  });

  it('long: known indicators only, one figure per area and year', () => {
    const content = 'gebied;indicator;jaar;waarde\nWK051836;eenzaam;2022;61\nWK051836;onbekend;2022;1\nWK051836;eenzaam;2022;62\n';
    const result = parseIndicatorFile('long', content, DEFAULT_CATALOGUE, { knownIndicators: new Set(['eenzaam']) });
    expect(result.values).toEqual([
      expect.objectContaining({ areaCode: 'WK051836', areaYear: 2022, indicator: 'eenzaam', year: 2022, value: 61 }),
    ]);
    expect(result.refused.map((r) => [r.line, r.code])).toEqual([
      [3, 'unknown_indicator'],
      [4, 'duplicate'],
    ]);
  });
});

describe('Wijkprofiel Rotterdam', () => {
  /** The file's own cell, read here with a plain split (`;`, decimal comma). */
  const cellIn = (file: string, wijknr: string, column: string) => {
    const rows = readFileSync(join(DATA, file), 'utf8')
      .trim()
      .split(/\r?\n/)
      .map((l) => l.split(';'));
    const at = (rows[0] ?? []).indexOf(column);
    const row = rows.find((r) => r[1] === wijknr);
    return Number((row?.[at] ?? '').replace(',', '.'));
  };

  it('reads the index and its two parts per Rotterdam wijk, on the CBS code the wijknr maps to', () => {
    const { values, refused } = parseIndicatorFile(
      'wijkprofiel-rotterdam',
      readFileSync(join(DATA, 'wijkprofiel_rotterdam_2016_vi.csv'), 'utf8'),
      DEFAULT_CATALOGUE,
      { year: 2016 },
    );
    expect(refused).toEqual([]);
    const tarwewijk = values.filter((v) => v.areaCode === 'BU05991571');
    expect(tarwewijk.map((v) => [v.indicator, v.value])).toEqual([
      ['wp_veiligheid', cellIn('wijkprofiel_rotterdam_2016_vi.csv', '71', 'Veiligheidsindex')],
      ['wp_veiligheid_subjectief', cellIn('wijkprofiel_rotterdam_2016_vi.csv', '71', 'Veiligheidsindex -subjectief')],
      ['wp_veiligheid_objectief', cellIn('wijkprofiel_rotterdam_2016_vi.csv', '71', 'Veiligheidsindex -objectief')],
    ]);
    // SOURCES.md: Tarwewijk's Veiligheidsindex 2016 is 84; the city (5000) is GM0599, a gebied (Charlois 4009) WK059915.
    expect(tarwewijk[0]).toMatchObject({ value: 84, year: 2016, areaYear: 2024 });
    expect(values.some((v) => v.areaCode === 'GM0599')).toBe(true);
    expect(values.some((v) => v.areaCode === 'WK059915')).toBe(true);
    // An area that is several CBS buurten has no code of its own: its row is left out, not put on another area.
    expect(values.filter((v) => v.areaName === 'Kralingen Oost/Kralingse Bos')).toEqual([]);
  });

  it('refuses a wijknr the Wijkprofiel does not have, and asks for the edition year', () => {
    const content = 'naam gebied;wijknr;BUURT;Veiligheidsindex\nCharlois;71;Tarwewijk;81\nCharlois;999;Nergens;70\n';
    const { refused } = parseIndicatorFile('wijkprofiel-rotterdam', content, DEFAULT_CATALOGUE, { year: 2014 });
    expect(refused).toEqual([{ line: 3, field: 'wijknr', code: 'not_a_code', reason: '999' }]);
    expect(() => parseIndicatorFile('wijkprofiel-rotterdam', content, DEFAULT_CATALOGUE, {})).toThrow(LayoutError);
  });
});
