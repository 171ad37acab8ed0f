// npm run bench:web — Lighthouse (from npm) against Debian's Chromium on three pages of the built app (issue 16).
//
// Builds the API and the web app (Nx cache; BENCH_SKIP_BUILD=1 uses dist/ as it is), starts dist/apps/api/main.js
// as `npm start` does (embedded PGlite in a fresh folder, demo data, the web app from dist/apps/web/browser) on
// BENCH_WEB_PORT (3262), and runs Lighthouse's default mobile profile (simulated slow 4G, 4× slower CPU) and its
// desktop profile, BENCH_WEB_RUNS times each (the median run is reported), on:
//   - the sign-in page (/inloggen), signed out;
//   - a plan's progress dashboard (/plannen/:id/voortgang) and the overview (/voortgang), signed in as the planner
//     of Nijmegen: puppeteer-core drives the same Chromium to sign in first; every Lighthouse navigation still
//     starts with an empty HTTP cache (the session cookie stays).
// Prints a table, writes it to tools/bench/results-web.md and to the README between the bench:web markers.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import lighthouse, { desktopConfig } from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import puppeteer from 'puppeteer-core';
import { buildAll, run } from '../run.mjs';
import { startApi } from './api-load.mjs';
import { markdownTable, textTable, verdict } from './stats.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const env = process.env;
const PORT = Number(env.BENCH_WEB_PORT || 3262);
const RUNS = Number(env.BENCH_WEB_RUNS || 3);
const CHROME = env.CHROME_PATH || '/usr/bin/chromium';
const WEB_DIST = join(root, 'dist', 'apps', 'web', 'browser');
const USER = 'planner@nijmegen.demo.wijkkompas.nl';
// BENCH_WEB_PAGES=sign-in,overview measures only those pages; BENCH_WEB_SAVE=<dir> keeps every Lighthouse result (JSON).
const ONLY = env.BENCH_WEB_PAGES ? env.BENCH_WEB_PAGES.split(',') : null;
const PROFILES = env.BENCH_WEB_PROFILES ? env.BENCH_WEB_PROFILES.split(',') : ['mobile', 'desktop'];
const PASSWORD = 'Wijkkompas-demo-2026';
const TARGETS = { performance: 90, lcpMs: 2500, accessibility: 100, initialKb: 150 };

if (env.BENCH_SKIP_BUILD !== '1' && (await buildAll()) !== 0) throw new Error('build failed');
const initial = initialTransfer(WEB_DIST);

const dataDir = mkdtempSync(join(os.tmpdir(), 'wk-bench-web-'));
const logFile = join(os.tmpdir(), 'wk-bench-web.log');
console.log(`Starting the app on port ${PORT} (embedded PGlite in ${dataDir}, log ${logFile})…`);
const api = await startApi({
  main: join(root, 'dist', 'apps', 'api', 'main.js'),
  // BENCH_WEB_DATABASE_URL: a PostgreSQL server instead of the embedded PGlite (a fresh, empty database: the demo is seeded).
  databaseUrl: env.BENCH_WEB_DATABASE_URL || '',
  port: PORT,
  logFile,
  env: { WK_DATA_DIR: dataDir, WK_WEB_DIST: WEB_DIST, WK_SEED_DEMO: 'true', WK_TODAY: '2026-11-16', WK_REMINDER_TICK_SECONDS: '0' },
});
const browser = await puppeteer.launch({
  executablePath: CHROME,
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});
const results = [];
try {
  const planId = await dashboardPlanId(api.base);
  const pages = [
    { name: 'sign-in', path: '/inloggen', signedIn: false },
    { name: 'plan dashboard', path: `/plannen/${planId}/voortgang`, signedIn: true },
    { name: 'overview', path: '/voortgang', signedIn: true },
  ];
  for (const formFactor of PROFILES) {
    for (const target of pages.filter((p) => !ONLY || ONLY.includes(p.name))) {
      const runs = [];
      for (let i = 0, failures = 0; i < RUNS; i++) {
        // A new incognito context per run: no cookies but the ones this run sets, an empty cache.
        const context = await browser.createBrowserContext();
        try {
          const page = await context.newPage();
          if (target.signedIn) await signIn(page);
          const flags = { logLevel: 'error', output: 'json', onlyCategories: ['performance', 'accessibility'] };
          const result = await lighthouse(`${api.base}${target.path}`, flags, formFactor === 'desktop' ? desktopConfig : undefined, page);
          if (!result) throw new Error(`Lighthouse gave no result for ${target.path}`);
          const lhr = result.lhr;
          if (lhr.runtimeError) {
            // Lighthouse sometimes loses the trace (NO_NAVSTART, NO_FCP): measure that run again, twice at most.
            const problem = `${target.path}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`;
            if (++failures > 2) throw new Error(problem);
            process.stdout.write(`  ${formFactor} ${target.name} run ${i + 1}: ${lhr.runtimeError.code}, measured again\n`);
            i--;
            continue;
          }
          if (new URL(lhr.finalDisplayedUrl).pathname !== target.path)
            throw new Error(`${target.path} ended on ${lhr.finalDisplayedUrl} (sign-in failed?)`);
          runs.push(lhr);
          if (env.BENCH_WEB_SAVE)
            writeFileSync(join(env.BENCH_WEB_SAVE, `${formFactor}-${target.name.replace(/\W+/g, '-')}-${i + 1}.json`), JSON.stringify(lhr));
          process.stdout.write(`  ${formFactor} ${target.name} run ${i + 1}: performance ${score(lhr, 'performance')}\n`);
        } finally {
          await context.close();
        }
      }
      results.push({ formFactor, page: target.name, lhr: computeMedianRun(runs), scores: runs.map((r) => score(r, 'performance')) });
    }
  }
} finally {
  await browser.close();
  await api.stop();
  rmSync(dataDir, { recursive: true, force: true });
}

const rows = [
  [
    'page',
    'profile',
    'performance',
    `runs (${RUNS})`,
    'accessibility',
    'FCP s',
    'LCP s',
    'TBT ms',
    'CLS',
    'SI s',
    'JS+CSS kB',
    'all kB',
    'targets',
  ],
];
for (const { formFactor, page, lhr, scores } of results) {
  const numeric = (id) => lhr.audits[id]?.numericValue ?? NaN;
  const perf = score(lhr, 'performance');
  const a11y = score(lhr, 'accessibility');
  const lcp = numeric('largest-contentful-paint');
  const transfer = resourceTransfer(lhr);
  const met =
    formFactor === 'mobile'
      ? perf >= TARGETS.performance && lcp <= TARGETS.lcpMs && a11y >= TARGETS.accessibility
      : a11y >= TARGETS.accessibility;
  rows.push([
    page,
    formFactor,
    perf,
    scores.join(' '),
    a11y,
    (numeric('first-contentful-paint') / 1000).toFixed(1),
    (lcp / 1000).toFixed(1),
    numeric('total-blocking-time').toFixed(0),
    numeric('cumulative-layout-shift').toFixed(3),
    (numeric('speed-index') / 1000).toFixed(1),
    (transfer.scriptAndStyle / 1000).toFixed(0),
    (transfer.total / 1000).toFixed(0),
    verdict(met),
  ]);
}

const when = new Date().toISOString().slice(0, 16).replace('T', ' ');
const chromium = (await readVersion()).trim();
// Lighthouse's measure of this machine's CPU (its simulation multiplies observed main-thread time by 4 for the phone).
const benchmarkIndexes = results.flatMap((r) => (r.lhr.environment?.benchmarkIndex ? [r.lhr.environment.benchmarkIndex] : []));
const benchmarkIndex = benchmarkIndexes.length
  ? Math.round(benchmarkIndexes.sort((a, b) => a - b)[Math.floor(benchmarkIndexes.length / 2)])
  : 'n/a';
const facts =
  `Measured ${when} UTC with Lighthouse 12 and ${chromium} (headless) on ${os.cpus().length} cores (load ${os.loadavg()[0].toFixed(1)} at the end, ` +
  `Lighthouse benchmarkIndex ${benchmarkIndex}), ` +
  `median of ${RUNS} runs per row; mobile = Lighthouse's default profile (simulated slow 4G, 4× CPU slowdown), desktop = its desktop profile. ` +
  `Signed in as the planner of Nijmegen for the dashboard (Meijhorst) and the overview; every run starts with an empty cache.`;
const initialLine =
  `Initial transfer (the JS and CSS that index.html loads, Brotli as served): ${(initial.br / 1000).toFixed(1)} kB ` +
  `(gzip ${(initial.gzip / 1000).toFixed(1)} kB, uncompressed ${(initial.raw / 1000).toFixed(1)} kB: ${initial.files.join(', ')}) — ` +
  `target ≤ ${TARGETS.initialKb} kB: ${verdict(initial.br / 1000 <= TARGETS.initialKb)}.`;
const targetsLine =
  `Targets (mobile): performance ≥ ${TARGETS.performance}, LCP ≤ ${TARGETS.lcpMs / 1000} s, accessibility ${TARGETS.accessibility}; ` +
  `desktop rows are judged on accessibility only. "JS+CSS kB" is what the page transferred of scripts and styles (compressed, lazy route chunks included).`;
console.log(`\n${textTable(rows)}\n\n${initialLine}\n`);
const block = `${facts}\n\n${markdownTable(rows)}\n\n${initialLine}\n\n${targetsLine}\n`;
writeFileSync(join(here, 'results-web.md'), `# Web performance (Lighthouse)\n\n${block}`);
const readmePath = join(root, 'README.md');
const readme = readFileSync(readmePath, 'utf8');
const start = '<!-- bench:web -->';
const end = '<!-- /bench:web -->';
if (readme.includes(start) && readme.includes(end)) {
  writeFileSync(readmePath, `${readme.slice(0, readme.indexOf(start) + start.length)}\n\n${block}\n${readme.slice(readme.indexOf(end))}`);
  console.log('Wrote tools/bench/results-web.md and the README figures.');
} else {
  console.log('Wrote tools/bench/results-web.md (no bench:web markers in the README).');
}
// The tables as Prettier lays them out, so that the format check stays green.
await run('npx', ['prettier', '--log-level=warn', '--write', 'README.md', 'tools/bench/results-web.md']);

/** The category score 0–100 of a Lighthouse result. */
function score(lhr, category) {
  return Math.round((lhr.categories[category]?.score ?? NaN) * 100);
}

/** Bytes transferred in a Lighthouse result: scripts + stylesheets, and everything. */
function resourceTransfer(lhr) {
  const items = lhr.audits['network-requests']?.details?.items ?? [];
  let scriptAndStyle = 0;
  let total = 0;
  for (const item of items) {
    total += item.transferSize ?? 0;
    if (item.resourceType === 'Script' || item.resourceType === 'Stylesheet') scriptAndStyle += item.transferSize ?? 0;
  }
  return { scriptAndStyle, total };
}

/** The JS and CSS files index.html loads, with their size as served (the .br/.gz files beside them when present). */
function initialTransfer(dir) {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:href|src)="([^"]+\.(?:js|css))"/g)].map((m) => m[1]);
  const sizeOf = (file) => {
    try {
      return statSync(join(dir, file)).size;
    } catch {
      return NaN;
    }
  };
  const present = new Set(readdirSync(dir));
  const sum = (ext) => files.reduce((n, f) => n + (present.has(`${f}${ext}`) ? sizeOf(`${f}${ext}`) : sizeOf(f)), 0);
  return { files, raw: sum(''), br: sum('.br'), gzip: sum('.gz') };
}

/** Signs the page's browser context in through the API (the cookie lands in the context). */
async function signIn(page) {
  await page.goto(`${api.base}/api/v1/health`);
  const status = await page.evaluate(
    async (email, password) =>
      (
        await fetch('/api/v1/auth/login', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ email, password }),
        })
      ).status,
    USER,
    PASSWORD,
  );
  if (status !== 200) throw new Error(`sign-in of ${USER}: HTTP ${status}`);
}

/** The id of Meijhorst's adopted plan (the demo's plan with the most progress to show). */
async function dashboardPlanId(base) {
  const login = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: USER, password: PASSWORD }),
  });
  if (login.status !== 200) throw new Error(`sign-in of ${USER}: HTTP ${login.status}`);
  const cookie = login.headers
    .getSetCookie()
    .find((c) => c.startsWith('wk_session='))
    ?.split(';')[0];
  const plans = await (await fetch(`${base}/api/v1/plans`, { headers: { cookie: cookie ?? '' } })).json();
  const plan = plans.items.find((p) => p.title.startsWith('Wijkplan Meijhorst') && p.status === 'adopted');
  if (!plan) throw new Error('Meijhorst’s adopted plan is not in the demo');
  return plan.id;
}

async function readVersion() {
  const { execFileSync } = await import('node:child_process');
  return execFileSync(CHROME, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
}
