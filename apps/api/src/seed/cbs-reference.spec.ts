import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CbsReference, resolveCbsDataDir } from './cbs-reference';

describe('CbsReference (real files in data/cbs)', () => {
  const ref = CbsReference.load();

  it('is loaded once and cached', () => {
    expect(CbsReference.load()).toBe(ref);
  });

  it('knows the 2024 indeling only', () => {
    expect(ref.knows(2024)).toBe(true);
    expect(ref.knows(2023)).toBe(false);
    expect(ref.knows(2025)).toBe(false);
  });

  it("finds a gemeente's wijken and buurten by name or code, ignoring case and accents; wijken first", () => {
    const found = ref.search('GM0518', 'moerwijk', 20);
    expect(found[0]).toMatchObject({ code: 'WK051836', level: 'wijk', name: 'Wijk 36 Moerwijk', year: 2024 });
    expect(found.slice(1).every((m) => m.level === 'buurt' && m.code.startsWith('BU0518') && m.wijkName !== null)).toBe(true);
    expect(found.every((m) => m.name.toLowerCase().includes('moerwijk'))).toBe(true);
    expect(ref.search('GM0518', 'WK051836', 20).map((m) => m.code)).toEqual(['WK051836']);
    // Another gemeente's units never come back; an empty query finds nothing.
    expect(ref.search('GM0268', 'moerwijk', 20)).toEqual([]);
    expect(ref.search('GM0518', '  ', 20)).toEqual([]);
    expect(ref.search('GM0518', 'e', 5)).toHaveLength(5);
  });

  it('names buurten and wijken of 2024', () => {
    expect(ref.nameOf('BU02680733', 2024)).toBe('Meijhorst');
    expect(ref.nameOf('WK051836', 2024)).toBe('Wijk 36 Moerwijk');
    expect(ref.nameOf('BU02680510', 2024)).toBe('Nije Veld');
    expect(ref.nameOf('BU00140900', 2024)).toBe('Vinkhuizen-Noord');
    expect(ref.nameOf('WK001404', 2024)).toBe('Oosterparkwijk');
    expect(ref.nameOf('BU05991086', 2024)).toBe('Afrikaanderwijk');
  });

  it('reads quoted names with commas intact', () => {
    expect(ref.nameOf('WK026702', 2024)).toBe('Appel, Driedorp, Kruishaar, Prinsenkamp en Slichtenhorst');
  });

  it('normalises the code before looking it up', () => {
    expect(ref.nameOf(' bu02680733 ', 2024)).toBe('Meijhorst');
  });

  it('returns null for other years, unknown codes and malformed codes', () => {
    expect(ref.nameOf('BU02680733', 2016)).toBeNull();
    expect(ref.nameOf('WK026899', 2024)).toBeNull();
    expect(ref.nameOf('BU0268073', 2024)).toBeNull();
    expect(ref.exists('WK051836', 2024)).toBe(true);
    expect(ref.exists('WK051836', 2019)).toBe(false);
  });

  it('covers the whole country', () => {
    expect(ref.nameOf('WK001400', 2024)).toBe('Centrum');
    expect(ref.nameOf('BU16800000', 2024)).toBe('Annen');
  });

  it('gives gemeente names in CBS spelling', () => {
    expect(ref.gemeenteName('GM0518')).toBe("'s-Gravenhage");
    expect(ref.gemeenteName('gm0268')).toBe('Nijmegen');
    expect(ref.gemeenteName('GM9999')).toBeNull();
    expect(ref.gemeenteName('WK051836')).toBeNull();
    expect(ref.nameOf('GM0995', 2024)).toBe('Lelystad');
  });

  it('gives KWB 2024 inhabitants for gemeenten and wijken of the six cities only', () => {
    expect(ref.inwonersKwb('WK001404', 2024)).toBe(12970);
    expect(ref.inwonersKwb('WK051801', 2024)).toBe(0);
    expect(ref.inwonersKwb('WK001404', 2019)).toBeNull();
    expect(ref.inwonersKwb('BU02680733', 2024)).toBeNull();
    expect(ref.inwonersKwb('WK001400', 2024)).not.toBeNull();
    expect(ref.inwonersKwb('WK036205', 2024)).toBeNull(); // Amstelveen: not in the extract
  });
});

describe('resolveCbsDataDir', () => {
  let tmp: string;

  beforeEach(() => {
    tmp = mkdtempSync(join(tmpdir(), 'wk-data-'));
    mkdirSync(join(tmp, 'data', 'cbs'), { recursive: true });
    writeFileSync(join(tmp, 'data', 'cbs', 'wijken_2024_nl.csv'), 'wijkcode,wijknaam,gemeentecode,gemeentenaam\n');
  });

  afterEach(() => {
    rmSync(tmp, { recursive: true, force: true });
  });

  it('finds the repository data folder without configuration', () => {
    expect(resolveCbsDataDir({})).toMatch(/[\\/]data[\\/]cbs$/);
  });

  it('uses WK_DATA_ROOT as repository root, data folder or data/cbs folder', () => {
    const expected = join(tmp, 'data', 'cbs');
    expect(resolveCbsDataDir({ WK_DATA_ROOT: tmp })).toBe(expected);
    expect(resolveCbsDataDir({ WK_DATA_ROOT: join(tmp, 'data') })).toBe(expected);
    expect(resolveCbsDataDir({ WK_DATA_ROOT: expected })).toBe(expected);
  });

  it('fails clearly when WK_DATA_ROOT points at the wrong folder', () => {
    expect(() => resolveCbsDataDir({ WK_DATA_ROOT: join(tmp, 'elders') })).toThrow(/WK_DATA_ROOT/);
  });
});
