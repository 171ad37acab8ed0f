import { parseCompareCodes } from './compare-wijken.page';

describe('parseCompareCodes (the `met` query parameter)', () => {
  it('keeps valid CBS wijk codes, in upper case, without repeats, at most three', () => {
    expect(parseCompareCodes('wk059915, WK001404,WK059915,BU05183620,GM0518,WK12345,WK026807,WK099501')).toEqual([
      'WK059915',
      'WK001404',
      'WK026807',
    ]);
  });

  it('gives nothing for nothing', () => {
    expect(parseCompareCodes(undefined)).toEqual([]);
    expect(parseCompareCodes('')).toEqual([]);
  });
});
