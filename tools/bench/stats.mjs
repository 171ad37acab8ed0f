// Percentiles (nearest rank) and small formatting helpers.
import { readFileSync } from 'node:fs';

/** p50/p95/p99/max of a list of milliseconds. */
export function percentiles(values) {
  const sorted = Float64Array.from(values).sort();
  const at = (p) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] : NaN);
  return {
    p50: at(50),
    p95: at(95),
    p99: at(99),
    max: sorted.length ? sorted[sorted.length - 1] : NaN,
    n: sorted.length,
  };
}

export const ms = (v) => (Number.isFinite(v) ? (v < 10 ? v.toFixed(2) : v < 100 ? v.toFixed(1) : v.toFixed(0)) : '–');
export const ratio = (v) => (Number.isFinite(v) ? v.toFixed(2) : '–');
export const verdict = (ok) => (ok === null || ok === undefined ? '–' : ok ? 'PASS' : 'FAIL');

/** A fixed-width text table (first row = header). */
export function textTable(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  const line = (r) => r.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
  return [line(rows[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}

/** A markdown table (first row = header; columns after the first right-aligned). */
export function markdownTable(rows) {
  const cells = (r) => `| ${r.map((c) => String(c).replace(/\|/g, '\\|')).join(' | ')} |`;
  return [cells(rows[0]), `|${rows[0].map((_, i) => (i === 0 ? ' --- ' : ' ---: ')).join('|')}|`, ...rows.slice(1).map(cells)].join('\n');
}

/** A deterministic shuffle (mulberry32), so that every run visits the targets in the same order. */
export function shuffled(list, seed = 20261231) {
  let a = seed >>> 0;
  const rnd = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** CPU time (user + system) of a process in milliseconds, from /proc (Linux); null when unavailable. */
export function processCpuMs(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // fields[11] = utime, fields[12] = stime (fields 14 and 15 of proc(5)), in clock ticks of 1/100 s
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return null;
  }
}
const CLOCK_TICKS = 100;

/** Summed CPU milliseconds of a set of processes (missing ones count 0). */
export function cpuOf(pids) {
  let sum = 0;
  let any = false;
  for (const pid of pids) {
    const v = processCpuMs(pid);
    if (v !== null) {
      sum += v;
      any = true;
    }
  }
  return any ? sum : null;
}
