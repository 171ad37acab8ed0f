/** The CBS list of gemeenten (GM code → name as CBS spells it), provided by the app from data/cbs. */
export interface CbsGemeenten {
  /** The CBS name of a GM code, or null when CBS has no such gemeente. */
  gemeenteName(gmCode: string): string | null;
}
export const CBS_GEMEENTEN = Symbol('CBS_GEMEENTEN');

/** Everyday names of gemeenten whose CBS name differs ("Den Haag" for 's-Gravenhage). */
const ALIASES: Record<string, string[]> = {
  "'s-Gravenhage": ['Den Haag'],
  "'s-Hertogenbosch": ['Den Bosch'],
};

/** Lower case, no accents, no "gemeente", no province suffix "(NH.)", only letters and digits. */
export function normalizeGemeenteName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .replace(/^\s*gemeente\s+/, '')
    .replace(/[^a-z0-9]+/g, '');
}

/**
 * Whether a tenant name names this CBS gemeente: "Gemeente Nijmegen" and "Nijmegen" name Nijmegen,
 * "Gemeente Den Haag" names 's-Gravenhage, "Gemeente Utrecht" does not name Nijmegen.
 */
export function nameMatchesGemeente(name: string, cbsName: string): boolean {
  const given = normalizeGemeenteName(name);
  return [cbsName, ...(ALIASES[cbsName] ?? [])].some((n) => normalizeGemeenteName(n) === given);
}
