import * as argon2 from 'argon2';
import { randomInt } from 'node:crypto';

/** argon2id with the library's defaults (64 MiB, t=3, p=4). */
export function hashPassword(plain: string): Promise<string> {
  return argon2.hash(plain, { type: argon2.argon2id });
}

export async function verifyPassword(hash: string, plain: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, plain);
  } catch {
    return false;
  }
}

/** Spent on unknown accounts so that the answer takes as long as for a known one (no enumeration by timing). */
let dummyHash: Promise<string> | null = null;
export async function burnPasswordCheck(plain: string): Promise<void> {
  dummyHash ??= hashPassword('not-a-real-password-' + Math.random());
  await verifyPassword(await dummyHash, plain);
}

export { PASSWORD_MIN_LENGTH, PASSWORD_MAX_LENGTH, TEMPORARY_PASSWORD_HOURS } from '@wk/contracts';

/** Letters and digits that cannot be mistaken for each other when read aloud or copied (no 0/O, 1/l/I). */
const ALPHABET = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** A temporary password: four groups of five characters (about 115 bits), e.g. `k7Qmz-9xPab-…`. */
export function generateTemporaryPassword(): string {
  const groups: string[] = [];
  for (let g = 0; g < 4; g++) {
    let group = '';
    for (let i = 0; i < 5; i++) group += ALPHABET[randomInt(ALPHABET.length)];
    groups.push(group);
  }
  return groups.join('-');
}
