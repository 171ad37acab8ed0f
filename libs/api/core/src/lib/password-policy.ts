import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, type InvalidParam } from '@wk/contracts';
import { param } from './errors';

/** `data/passwords/common.txt` of the repository (see data/passwords/SOURCES.md). */
const LIST = join('data', 'passwords', 'common.txt');

let common: ReadonlySet<string> | null = null;

/** Walks up from this file and from the working directory (a bundle in dist/ has another __dirname). */
function findList(): string {
  const configured = process.env['WK_DATA_ROOT']?.trim();
  if (configured && existsSync(join(resolve(configured), LIST))) return join(resolve(configured), LIST);
  for (const start of [__dirname, process.cwd()]) {
    let dir = resolve(start);
    for (;;) {
      if (existsSync(join(dir, LIST))) return join(dir, LIST);
      const parent = dirname(dir);
      if (parent === dir) break;
      dir = parent;
    }
  }
  throw new Error(`Password list not found: no ${LIST} above ${__dirname} or ${process.cwd()}. Set WK_DATA_ROOT to the repository root.`);
}

/** The common-password list, loaded once (only entries long enough to pass the length rule are kept). */
export function commonPasswords(): ReadonlySet<string> {
  if (!common) {
    const lines = readFileSync(findList(), 'utf8').split('\n');
    common = new Set(lines.map((l) => l.trim().toLowerCase()).filter((l) => l.length >= PASSWORD_MIN_LENGTH));
  }
  return common;
}

/**
 * The password rules (NCSC, NIST SP 800-63B): 12–128 characters (counted as Unicode code points), no
 * composition rules, not a common password, not the e-mail address or its part before the @.
 * Returns the problems for the field `field`; empty when the password is acceptable.
 */
export function passwordProblems(password: string, email: string | null, field: string): InvalidParam[] {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) {
    return [param(field, 'too_short', 'password.too_short', { min: PASSWORD_MIN_LENGTH })];
  }
  if (length > PASSWORD_MAX_LENGTH) {
    return [param(field, 'too_long', 'password.too_long', { max: PASSWORD_MAX_LENGTH })];
  }
  const lower = password.trim().toLowerCase();
  if (commonPasswords().has(lower)) {
    return [param(field, 'common_password', 'password.common')];
  }
  const address = email?.trim().toLowerCase() ?? '';
  if (address && (lower === address || lower === address.split('@')[0])) {
    return [param(field, 'same_as_email', 'password.same_as_email')];
  }
  return [];
}
