/**
 * CBS area codes (Centraal Bureau voor de Statistiek, wijk- en buurtindeling).
 *
 * - gemeente: `GM` + 4 digits, e.g. `GM0268` (Nijmegen)
 * - wijk:     `WK` + gemeente (4 digits) + wijk (2), e.g. `WK026807` (Dukenburg)
 * - buurt:    `BU` + gemeente (4 digits) + wijk (2) + buurt (2), e.g. `BU02680733` (Meijhorst)
 *
 * The wijk and buurt parts are digits almost everywhere, but Amsterdam uses letters: `WK0363AA` (Haarlemmerbuurt),
 * `BU0363AA01` (Planciusbuurt-Noord) — 110 wijken and 517 buurten of the 2024 indeling.
 *
 * Input is trimmed and upper-cased before it is checked, so ` bu02680733 ` is accepted.
 * A code only means something together with the year of the indeling: CBS renumbers wijken
 * and buurten when boundaries change.
 */
export type CbsCodeLevel = 'gemeente' | 'wijk' | 'buurt';

export interface ParsedCbsCode {
  level: CbsCodeLevel;
  /** The normalised code (trimmed, upper case). */
  code: string;
  /** The gemeente the unit lies in, e.g. `GM0268`. */
  gemeenteCode: string;
  /** The CBS wijk: the code itself for a wijk, the enclosing wijk for a buurt; absent for a gemeente. */
  wijkCode?: string;
}

const WIJK = 'WK\\d{4}[0-9A-Z]{2}';
const BUURT = 'BU\\d{4}[0-9A-Z]{4}';
const CBS_CODE = new RegExp(`^(GM\\d{4}|${WIJK}|${BUURT})$`);

/** A CBS wijk or buurt code as written (upper case, nothing around it), of any gemeente. */
export const WIJK_OR_BUURT_CODE = new RegExp(`^(${WIJK}|${BUURT})$`);

/** Trims and upper-cases `code`; returns null when it is not a well-formed GM, WK or BU code. */
export function normalizeCbsCode(code: string): string | null {
  const normalized = code.trim().toUpperCase();
  return CBS_CODE.test(normalized) ? normalized : null;
}

/** Parses a CBS code; null when it is not a well-formed GM, WK or BU code. */
export function parseCbsCode(code: string): ParsedCbsCode | null {
  const normalized = normalizeCbsCode(code);
  if (normalized === null) {
    return null;
  }
  const parts = normalized.slice(2);
  const gemeenteCode = `GM${parts.slice(0, 4)}`;
  switch (normalized.slice(0, 2)) {
    case 'GM':
      return { level: 'gemeente', code: normalized, gemeenteCode };
    case 'WK':
      return { level: 'wijk', code: normalized, gemeenteCode, wijkCode: normalized };
    default:
      return { level: 'buurt', code: normalized, gemeenteCode, wijkCode: `WK${parts.slice(0, 6)}` };
  }
}

export function isGemeenteCode(code: string): boolean {
  return parseCbsCode(code)?.level === 'gemeente';
}

export function isWijkCode(code: string): boolean {
  return parseCbsCode(code)?.level === 'wijk';
}

export function isBuurtCode(code: string): boolean {
  return parseCbsCode(code)?.level === 'buurt';
}

/**
 * True when `code` (a GM, WK or BU code) lies in gemeente `gmCode`.
 * A gemeente code belongs to itself. False when either code is malformed or `gmCode` is not a GM code.
 */
export function cbsCodeBelongsToGemeente(code: string, gmCode: string): boolean {
  const unit = parseCbsCode(code);
  const gemeente = parseCbsCode(gmCode);
  if (unit === null || gemeente === null || gemeente.level !== 'gemeente') {
    return false;
  }
  return unit.gemeenteCode === gemeente.code;
}
