/**
 * A readable address or file-name part from a name: lower case, accents dropped, every run of other characters a
 * single dash ("Wijkplan Meijhorst 2025–2040" → "wijkplan-meijhorst-2025-2040"); `fallback` when nothing is left.
 */
export function slugify(text: string, fallback = 'x'): string {
  const out = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return out || fallback;
}
