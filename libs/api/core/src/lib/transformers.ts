import type { ValueTransformer } from 'typeorm';

/** bigint comes back from pg as a string; euro cents stay far below 2^53. */
export const bigintCents: ValueTransformer = {
  to: (v: number | null | undefined) => v,
  from: (v: string | null) => (v === null ? null : Number(v)),
};
