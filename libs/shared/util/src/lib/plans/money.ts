import type { BudgetLine } from '@wk/contracts';
import { numberFormat } from '../intl';

export type MoneyLocale = 'nl' | 'en';

const INTL_LOCALE: Record<MoneyLocale, string> = { nl: 'nl-NL', en: 'en-GB' };

/**
 * Formats integer euro cents as an amount in euros: cents are shown only when the amount is not a
 * whole number of euros. nl: "€ 1.234.567" / "€ 1.234,50"; en: "€1,234,567" / "€1,234.50".
 * The text is exactly what `Intl.NumberFormat` gives (for nl the space after € is a no-break
 * space, U+00A0). A fractional `cents` is rounded to the nearest cent first.
 */
export function formatEuroCents(cents: number, locale: MoneyLocale): string {
  const rounded = Math.round(cents);
  const digits = rounded % 100 === 0 ? 0 : 2;
  return numberFormat(INTL_LOCALE[locale], {
    style: 'currency',
    currency: 'EUR',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(rounded / 100);
}

/** Total of the budget lines, in cents (0 for none). */
export function sumBudgetCents(lines: BudgetLine[]): number {
  return lines.reduce((total, line) => total + line.amountCents, 0);
}

/**
 * An optional euro sign, then the euros — plain digits, or groups of three separated by '.' (the
 * first group without a leading zero) — then optionally ',' and one or two digits of cents, or ',-'.
 */
const EURO_PATTERN = /^(?:€\s*)?(\d+|[1-9]\d{0,2}(?:\.\d{3})+)(?:,(\d{1,2})|,-)?$/;

/**
 * Reads an amount typed the Dutch way and returns integer cents: '.' separates thousands and ','
 * decimals, e.g. "1.250.000", "1250000", "1.250,50", "€ 12,5", "€ 12,-". Returns null for
 * anything else: empty text, a sign, more than two decimals, misplaced thousands separators,
 * English notation such as "1,250.50", or an amount too large to count exactly.
 * Parsed from the digits; no floating-point arithmetic is involved.
 */
export function parseEuroToCents(input: string): number | null {
  const [, whole, fraction = ''] = EURO_PATTERN.exec(input.trim()) ?? [];
  if (whole === undefined) {
    return null;
  }
  const euros = whole.replace(/\./g, '');
  const cents = fraction.padEnd(2, '0');
  const value = Number(euros + cents);
  return Number.isSafeInteger(value) ? value : null;
}

/** "-500", "− 1.250,50", "€ -20": an amount typed with a minus sign (refused with a message of its own). */
export function isNegativeAmount(input: string): boolean {
  return /^(€\s*)?[-−–]\s*(€\s*)?\d/.test(input.trim());
}
