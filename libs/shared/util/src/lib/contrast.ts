/**
 * Colour contrast as defined by WCAG 2.1 (success criteria 1.4.3 and 1.4.11), used to check
 * tenant themes: normal text needs a ratio of at least 4.5:1 against its background (AA).
 */
export interface Rgb {
  r: number;
  g: number;
  b: number;
}

/** Minimum contrast ratio for normal text under WCAG 2.1 AA. */
export const WCAG_AA_NORMAL_TEXT = 4.5;
/** Minimum contrast ratio for large text and user-interface components under WCAG 2.1 AA. */
export const WCAG_AA_LARGE_TEXT = 3;

/** Parses `#rgb` or `#rrggbb` (case-insensitive, leading `#` required); null otherwise. */
export function parseHexColor(color: string): Rgb | null {
  const digits = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim())?.[1];
  if (digits === undefined) {
    return null;
  }
  const hex = digits.length === 3 ? [...digits].map((c) => c + c).join('') : digits;
  return {
    r: parseInt(hex.slice(0, 2), 16),
    g: parseInt(hex.slice(2, 4), 16),
    b: parseInt(hex.slice(4, 6), 16),
  };
}

/** Relative luminance (0 = black, 1 = white) per WCAG 2.1. */
export function relativeLuminance({ r, g, b }: Rgb): number {
  const channel = (value: number): number => {
    const s = value / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** WCAG contrast ratio between two hex colours, from 1 to 21; null when a colour is not valid hex. */
export function contrastRatio(foreground: string, background: string): number | null {
  const fg = parseHexColor(foreground);
  const bg = parseHexColor(background);
  if (fg === null || bg === null) {
    return null;
  }
  const [a, b] = [relativeLuminance(fg), relativeLuminance(bg)];
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

/** True when the pair reaches WCAG 2.1 AA for normal text (or for large text when `largeText`). */
export function meetsWcagAA(foreground: string, background: string, largeText = false): boolean {
  const ratio = contrastRatio(foreground, background);
  return ratio !== null && ratio >= (largeText ? WCAG_AA_LARGE_TEXT : WCAG_AA_NORMAL_TEXT);
}
