import { contrastRatio, meetsWcagAA, parseHexColor, relativeLuminance } from './contrast';

describe('parseHexColor', () => {
  it('reads long and short hex notation', () => {
    expect(parseHexColor('#1A7F37')).toEqual({ r: 0x1a, g: 0x7f, b: 0x37 });
    expect(parseHexColor(' #fff ')).toEqual({ r: 255, g: 255, b: 255 });
  });

  it.each(['fff', '#ffff', '#12345g', 'red', ''])('rejects %p', (value) => {
    expect(parseHexColor(value)).toBeNull();
  });
});

describe('contrastRatio', () => {
  it('is 21 for black on white and 1 for equal colours', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#000')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#777777')).toBeCloseTo(1, 5);
  });

  it('matches known reference values', () => {
    // #767676 on white is the classic "just passes AA" grey: 4.54:1.
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(relativeLuminance({ r: 255, g: 255, b: 255 })).toBeCloseTo(1, 10);
  });

  it('returns null for invalid colours', () => {
    expect(contrastRatio('white', '#000000')).toBeNull();
  });
});

describe('meetsWcagAA', () => {
  it('applies 4.5:1 for normal text and 3:1 for large text', () => {
    expect(meetsWcagAA('#767676', '#ffffff')).toBe(true);
    expect(meetsWcagAA('#777777', '#ffffff')).toBe(false);
    expect(meetsWcagAA('#949494', '#ffffff', true)).toBe(true);
    expect(meetsWcagAA('#959595', '#ffffff', true)).toBe(false);
    expect(meetsWcagAA('nope', '#ffffff')).toBe(false);
  });
});
