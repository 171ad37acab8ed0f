// Small helpers shared by the workspace scripts (start, test, e2e server).
import { spawn } from 'node:child_process';

export const NX_ENV = { NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false', TZ: 'UTC' };

/** Runs a command, inheriting stdio; resolves with its exit code. */
export function run(command, args, env = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, ...NX_ENV, ...env } });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/** Builds the API and the web app, then writes the web app's Brotli and gzip copies (Nx caches: a second start does not rebuild). */
export function buildAll() {
  return run('npx', ['nx', 'run-many', '-t', 'build', 'compress', '-p', 'api', 'web', '--output-style=stream-without-prefixes']);
}
