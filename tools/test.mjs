// npm test: lint, type checks, unit tests, integration tests (real PostgreSQL or PGlite) and browser tests.
import { buildAll, run } from './run.mjs';

const steps = [
  ['lint', () => run('npx', ['nx', 'run-many', '-t', 'lint', '--output-style=stream-without-prefixes', '--', '--max-warnings=0'])],
  ['type checks', () => run('npx', ['nx', 'run-many', '-t', 'typecheck', '--output-style=stream-without-prefixes'])],
  ['unit tests', () => run('npx', ['nx', 'run-many', '-t', 'test', '--output-style=stream-without-prefixes', '--skip-nx-cache'])],
  ['integration tests', () => run('npx', ['jest', '-c', 'apps/api/jest.int.config.cts', '--ci'])],
  ['build', buildAll],
  ['browser tests (Chromium)', () => run('npx', ['playwright', 'test', '-c', 'apps/web-e2e/playwright.config.mts'], { CI: process.env.CI ?? 'true' })],
];

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
