// npm test: lint, type checks, the API design rules, unit tests, integration tests (real PostgreSQL or PGlite) and browser tests.
import { buildAll, run } from './run.mjs';

/** The second day of the browser suite (the first is its default); E2E_SECOND_DAY picks another. */
const SECOND_DAY = process.env.E2E_SECOND_DAY || '2028-02-29';

const steps = [
  // Every file as the formatter writes it (.prettierrc); `npm run format` fixes what this finds.
  ['format', () => run('npx', ['prettier', '--check', '.', '--log-level', 'warn'])],
  ['lint', () => run('npx', ['nx', 'run-many', '-t', 'lint', '--output-style=stream-without-prefixes', '--', '--max-warnings=0'])],
  ['type checks', () => run('npx', ['nx', 'run-many', '-t', 'typecheck', '--output-style=stream-without-prefixes'])],
  // The OpenAPI document against the Dutch API Design Rules (tools/api-rules/adr.spectral.yaml), built without a server.
  ['API design rules', () => run('node', ['tools/api-rules/lint.mjs'])],
  ['unit tests', () => run('npx', ['nx', 'run-many', '-t', 'test', '--output-style=stream-without-prefixes', '--skip-nx-cache'])],
  ['integration tests', () => run('npx', ['jest', '-c', 'apps/api/jest.int.config.cts', '--ci'])],
  ['build', buildAll],
  // The browser suite runs on a pinned day (apps/web-e2e/src/support/clock.ts), then again on a second day that
  // crosses the boundaries a date assumption trips over (a leap day, a new year, a quarter's last month).
  ['browser tests (Chromium)', () => browserTests(process.env.E2E_TODAY)],
  [`browser tests on ${SECOND_DAY}`, () => browserTests(SECOND_DAY)],
];

function browserTests(day) {
  return run('npx', ['playwright', 'test', '-c', 'apps/web-e2e/playwright.config.mts'], {
    CI: process.env.CI ?? 'true',
    ...(day ? { E2E_TODAY: day } : {}),
  });
}

const only = process.argv.slice(2);
const results = [];
let failed = 0;
for (const [name, step] of steps) {
  if (only.length && !only.some((o) => name.startsWith(o))) continue;
  const t0 = Date.now();
  console.log(`\n=== ${name} ===`);
  const code = await step();
  const seconds = ((Date.now() - t0) / 1000).toFixed(1);
  results.push(`${code === 0 ? 'ok  ' : 'FAIL'} ${name} (${seconds} s)`);
  if (code !== 0) {
    failed++;
    break;
  }
}
console.log(`\n${results.join('\n')}`);
process.exit(failed ? 1 : 0);
