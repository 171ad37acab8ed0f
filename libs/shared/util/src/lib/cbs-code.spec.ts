import { cbsCodeBelongsToGemeente, isBuurtCode, isGemeenteCode, isWijkCode, normalizeCbsCode, parseCbsCode } from './cbs-code';

describe('parseCbsCode', () => {
  it('parses a gemeente code', () => {
    expect(parseCbsCode('GM0268')).toEqual({ level: 'gemeente', code: 'GM0268', gemeenteCode: 'GM0268' });
  });

  it('parses a wijk code; the wijk is its own wijkCode', () => {
    expect(parseCbsCode('WK026807')).toEqual({
      level: 'wijk',
      code: 'WK026807',
      gemeenteCode: 'GM0268',
      wijkCode: 'WK026807',
    });
  });

  it('parses a buurt code with its enclosing wijk and gemeente', () => {
    expect(parseCbsCode('BU02680733')).toEqual({
      level: 'buurt',
      code: 'BU02680733',
      gemeenteCode: 'GM0268',
      wijkCode: 'WK026807',
    });
  });

  it('trims and upper-cases the input', () => {
    expect(parseCbsCode('  bu05991086\t')?.code).toBe('BU05991086');
    expect(parseCbsCode('gm0014')?.level).toBe('gemeente');
  });

  it.each([
    '',
    'GM268',
    'GM02680',
    'WK02680',
    'WK0268071',
    'BU0268073',
    'BU026807333',
    'XX0268',
    'GM 0268',
    'BU026O0733', // letters only after the gemeente's four digits
    'WK0363a',
    'GM٠٢٦٨', // Arabic-Indic digits are not ASCII digits
  ])('rejects %p', (code) => {
    expect(parseCbsCode(code)).toBeNull();
  });
});

describe('Amsterdam’s codes (letters in the wijk and buurt part)', () => {
  it('parses WK0363AA (Haarlemmerbuurt) and BU0363AA01 (Planciusbuurt-Noord) as CBS writes them', () => {
    expect(parseCbsCode('WK0363AA')).toEqual({ level: 'wijk', code: 'WK0363AA', gemeenteCode: 'GM0363', wijkCode: 'WK0363AA' });
    expect(parseCbsCode(' bu0363aa01 ')).toEqual({ level: 'buurt', code: 'BU0363AA01', gemeenteCode: 'GM0363', wijkCode: 'WK0363AA' });
    expect(cbsCodeBelongsToGemeente('BU0363AA01', 'GM0363')).toBe(true);
    expect(cbsCodeBelongsToGemeente('BU0363AA01', 'GM0518')).toBe(false);
  });
});

describe('normalizeCbsCode and level checks', () => {
  it('normalises valid codes and rejects others', () => {
    expect(normalizeCbsCode(' wk051836 ')).toBe('WK051836');
    expect(normalizeCbsCode('WK51836')).toBeNull();
  });

  it('tells the levels apart', () => {
    expect(isGemeenteCode('GM0518')).toBe(true);
    expect(isGemeenteCode('WK051836')).toBe(false);
    expect(isGemeenteCode('0518')).toBe(false);
    expect(isWijkCode('WK051836')).toBe(true);
    expect(isWijkCode('BU05183620')).toBe(false);
    expect(isBuurtCode('BU05183620')).toBe(true);
    expect(isBuurtCode('GM0518')).toBe(false);
  });
});

describe('cbsCodeBelongsToGemeente', () => {
  it('accepts wijken and buurten of the gemeente', () => {
    expect(cbsCodeBelongsToGemeente('WK026807', 'GM0268')).toBe(true);
    expect(cbsCodeBelongsToGemeente('BU02680733', 'GM0268')).toBe(true);
    expect(cbsCodeBelongsToGemeente('bu02680733', ' gm0268 ')).toBe(true);
  });

  it('a gemeente belongs to itself', () => {
    expect(cbsCodeBelongsToGemeente('GM0268', 'GM0268')).toBe(true);
  });

  it('rejects codes of another gemeente', () => {
    expect(cbsCodeBelongsToGemeente('WK051836', 'GM0268')).toBe(false);
    expect(cbsCodeBelongsToGemeente('BU02670733', 'GM0268')).toBe(false);
  });

  it('rejects malformed input and a non-gemeente second argument', () => {
    expect(cbsCodeBelongsToGemeente('WK02680', 'GM0268')).toBe(false);
    expect(cbsCodeBelongsToGemeente('BU02680733', 'WK026807')).toBe(false);
    expect(cbsCodeBelongsToGemeente('BU02680733', '')).toBe(false);
  });
});
