import { dateTimeFormat, numberFormat } from './intl';

describe('cached Intl formatters', () => {
  it('gives the same formatter for the same locale and options, and formats as Intl does', () => {
    const a = numberFormat('nl-NL', { style: 'currency', currency: 'EUR' });
    expect(numberFormat('nl-NL', { style: 'currency', currency: 'EUR' })).toBe(a);
    expect(a.format(1234.5)).toBe(new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' }).format(1234.5));
  });

  it('keeps locales and options apart', () => {
    expect(numberFormat('nl-NL', { maximumFractionDigits: 1 }).format(1234.56)).toBe('1.234,6');
    expect(numberFormat('en-GB', { maximumFractionDigits: 1 }).format(1234.56)).toBe('1,234.6');
    expect(numberFormat('nl-NL', { maximumFractionDigits: 0 }).format(1234.56)).toBe('1.235');
    const date = new Date(Date.UTC(2026, 1, 28, 12));
    expect(dateTimeFormat('nl-NL', { dateStyle: 'long', timeZone: 'Europe/Amsterdam' }).format(date)).toBe('28 februari 2026');
    expect(dateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'Europe/Amsterdam' }).format(date)).toBe('28 February 2026');
  });
});
