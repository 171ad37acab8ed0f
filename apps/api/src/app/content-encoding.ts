/** The content codings the server sends, in its order of preference (Brotli is ≈ 15–20 % smaller than gzip). */
export type Coding = 'br' | 'gzip';

/**
 * The coding to send for an `Accept-Encoding` header (RFC 9110 §12.5.3), among those available: Brotli when the
 * client accepts it, else gzip, else null (identity). `q=0` refuses a coding; `*` stands for any coding not named.
 */
export function negotiateCoding(header: string | undefined, available: readonly Coding[] = ['br', 'gzip']): Coding | null {
  if (!header) return null;
  const weights = new Map<string, number>();
  for (const part of header.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const weight = q ? Number(q.slice(2)) : 1;
    weights.set(name.trim(), Number.isFinite(weight) ? weight : 0);
  }
  const weightOf = (coding: Coding) =>
    weights.get(coding) ?? (coding === 'gzip' ? weights.get('x-gzip') : undefined) ?? weights.get('*') ?? 0;
  let best: Coding | null = null;
  for (const coding of available) {
    if (weightOf(coding) > 0 && (best === null || weightOf(coding) > weightOf(best))) best = coding;
  }
  return best;
}
