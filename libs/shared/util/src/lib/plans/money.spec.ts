import type { BudgetLine } from '@wk/contracts';
import { formatEuroCents, isNegativeAmount, parseEuroToCents, sumBudgetCents } from './money';

/** Intl puts a no-break space between € and the amount in Dutch; compare with plain spaces. */
const plain = (text: string): string => text.replace(/\u00a0/g, ' ');

describe('formatEuroCents', () => {
  it('shows whole euros without cents (nl)', () => {
    expect(plain(formatEuroCents(123456700, 'nl'))).toBe('€ 1.234.567');
    expect(plain(formatEuroCents(0, 'nl'))).toBe('€ 0');
  });

  it('shows cents when the amount is not a whole number of euros (nl)', () => {
    expect(plain(formatEuroCents(123450, 'nl'))).toBe('€ 1.234,50');
    expect(plain(formatEuroCents(5, 'nl'))).toBe('€ 0,05');
    expect(plain(formatEuroCents(123456789, 'nl'))).toBe('€ 1.234.567,89');
  });

  it('keeps the no-break space Intl puts after the euro sign in Dutch', () => {
    expect(formatEuroCents(100, 'nl')).toBe('€\u00a01');
  });

  it('uses British notation for en', () => {
    expect(formatEuroCents(123456700, 'en')).toBe('€1,234,567');
    expect(formatEuroCents(123450, 'en')).toBe('€1,234.50');
  });

  it('keeps the sign of a negative amount', () => {
    expect(plain(formatEuroCents(-150, 'nl'))).toMatch(/^€ -1,50$|^-€ 1,50$/);
  });

  it('rounds a fractional number of cents to the nearest cent', () => {
    expect(plain(formatEuroCents(12345.4, 'nl'))).toBe('€ 123,45');
    expect(plain(formatEuroCents(9999.6, 'nl'))).toBe('€ 100');
  });
});

describe('sumBudgetCents', () => {
  it('adds the amounts of all lines', () => {
    const lines: BudgetLine[] = [
      { year: 2026, amountCents: 150_000_00 },
      { year: 2025, amountCents: 99 },
      { year: 2027, amountCents: 1 },
    ];
    expect(sumBudgetCents(lines)).toBe(150_000_00 + 100);
  });

  it('is 0 for no lines', () => {
    expect(sumBudgetCents([])).toBe(0);
  });
});

describe('parseEuroToCents', () => {
  it.each([
    ['1.250.000', 125_000_000],
    ['1250000', 125_000_000],
    ['1.250,50', 125_050],
    ['€ 12,5', 1250],
    ['€12,05', 1205],
    ['12,-', 1200],
    ['€ 1.000,-', 100_000],
    ['  7  ', 700],
    ['0', 0],
    ['0,00', 0],
    ['0,01', 1],
    ['1.250', 125_000],
    ['999', 99_900],
  ])('reads %p as %p cents', (input, cents) => {
    expect(parseEuroToCents(input)).toBe(cents);
  });

  it('reads back what formatEuroCents writes in Dutch', () => {
    for (const cents of [0, 5, 123450, 123456700, 123456789]) {
      expect(parseEuroToCents(formatEuroCents(cents, 'nl'))).toBe(cents);
    }
  });

  it('is exact where floating-point multiplication is not', () => {
    // 1.15 * 100 === 114.99999999999999 and 4.35 * 100 === 434.99999999999994 in floating point.
    expect(parseEuroToCents('1,15')).toBe(115);
    expect(parseEuroToCents('4,35')).toBe(435);
    expect(parseEuroToCents('1.234.567,89')).toBe(123_456_789);
  });

  it.each([
    ['', 'empty'],
    ['   ', 'blank'],
    ['€', 'only the sign'],
    ['-5', 'negative'],
    ['€ -5', 'negative after the euro sign'],
    ['+5', 'explicit plus sign'],
    ['1,234', 'three decimals'],
    ['1,2345', 'four decimals'],
    ['1,250.50', 'English notation'],
    ['12.5', 'a dot that is not a thousands separator'],
    ['1.25.000', 'a short thousands group'],
    ['1250.000', 'a first group of more than three digits'],
    ['0.250', 'a first group starting with zero'],
    ['.250', 'no digits before the thousands separator'],
    [',50', 'no euros'],
    ['12,', 'a comma without decimals'],
    ['1 250', 'a space inside the number'],
    ['12abc', 'trailing text'],
    ['EUR 12', 'a currency code'],
    ['1e3', 'exponent notation'],
    ['NaN', 'not a number'],
    ['12,5,0', 'two decimal commas'],
    ['99999999999999999', 'more cents than can be counted exactly'],
  ])('rejects %p (%s)', (input) => {
    expect(parseEuroToCents(input)).toBeNull();
  });
});

describe('isNegativeAmount', () => {
  it('recognises an amount typed with a minus sign, with or without the euro sign', () => {
    expect(['-500', '− 1.250,50', '€ -20', '-€ 20', ' -0,50'].map(isNegativeAmount)).toEqual([true, true, true, true, true]);
    expect(['500', '1.250-', '', 'abc', '€ 20'].map(isNegativeAmount)).toEqual([false, false, false, false, false]);
  });
});
