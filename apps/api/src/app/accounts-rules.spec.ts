import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { commonPasswords, generateTemporaryPassword, passwordProblems } from '@wk/api/core';
import { nameMatchesGemeente, normalizeGemeenteName } from '@wk/api/tenancy';
import { parseCsv } from '@wk/util';
import { resolveCbsDataDir } from '../seed/cbs-reference';

const codes = (password: string, email: string | null = 'sanne.jansen@nijmegen.nl') =>
  passwordProblems(password, email, 'password').map((p) => p.code);

describe('password rules (NCSC / NIST SP 800-63B)', () => {
  it('length counts, composition does not: 12 to 128 characters', () => {
    expect(codes('a'.repeat(11))).toEqual(['too_short']);
    expect(codes('vier woorden in een zin')).toEqual([]);
    expect(codes('x'.repeat(128))).toEqual([]);
    expect(codes('x'.repeat(129))).toEqual(['too_long']);
    // Characters, not bytes: twelve emoji are twelve characters.
    expect(codes('🌳'.repeat(12))).toEqual([]);
    expect(codes('🌳'.repeat(11))).toEqual(['too_short']);
  });

  it('refuses common passwords from the list, in any case', () => {
    expect(codes('qwerty123456')).toEqual(['common_password']);
    expect(codes('QWERTY123456')).toEqual(['common_password']);
    expect(codes('Wachtwoord2026!')).toEqual(['common_password']);
    expect(codes('welkomwelkom123')).toEqual(['common_password']);
    expect(codes('Wijkkompas-demo-2026')).toEqual([]);
  });

  it('refuses the e-mail address and the part before the @', () => {
    expect(codes('Sanne.Jansen@nijmegen.nl')).toEqual(['same_as_email']);
    expect(codes('sanne.jansen', 'sanne.jansen@nijmegen.nl')).toEqual(['same_as_email']);
    expect(codes('sanne.jansen@nijmegen.nl', null)).toEqual([]);
  });

  it('the list file is there, lower-case, without duplicates, with its origin written down', () => {
    const root = join(resolveCbsDataDir(), '..', 'passwords');
    const lines = readFileSync(join(root, 'common.txt'), 'utf8').trimEnd().split('\n');
    expect(lines.length).toBeGreaterThan(30_000);
    expect(new Set(lines).size).toBe(lines.length);
    expect(lines.every((l) => l === l.toLowerCase() && l.trim() === l && l.length > 0)).toBe(true);
    expect(readFileSync(join(root, 'SOURCES.md'), 'utf8')).toContain('zxcvbn 4.4.2');
    expect(commonPasswords().size).toBe(lines.filter((l) => l.length >= 12).length);
  });

  it('a temporary password is long, random and passes the rules', () => {
    const made = Array.from({ length: 50 }, () => generateTemporaryPassword());
    expect(new Set(made).size).toBe(50);
    for (const p of made) {
      expect(p).toMatch(/^[a-zA-Z2-9]{5}(-[a-zA-Z2-9]{5}){3}$/);
      expect(p).not.toMatch(/[01lIoO]/);
      expect(codes(p)).toEqual([]);
    }
  });
});

describe('a gemeente name against the CBS list', () => {
  it('accepts the CBS name with or without "Gemeente", and the everyday names of The Hague and Den Bosch', () => {
    expect(nameMatchesGemeente('Gemeente Nijmegen', 'Nijmegen')).toBe(true);
    expect(nameMatchesGemeente('nijmegen', 'Nijmegen')).toBe(true);
    expect(nameMatchesGemeente('Gemeente Den Haag', "'s-Gravenhage")).toBe(true);
    expect(nameMatchesGemeente("Gemeente 's-Gravenhage", "'s-Gravenhage")).toBe(true);
    expect(nameMatchesGemeente('Gemeente Den Bosch', "'s-Hertogenbosch")).toBe(true);
    expect(nameMatchesGemeente('Gemeente Bergen', 'Bergen (NH.)')).toBe(true);
    expect(nameMatchesGemeente('Gemeente Súdwest-Fryslân', 'Súdwest-Fryslân')).toBe(true);
    expect(normalizeGemeenteName('Gemeente Súdwest-Fryslân')).toBe('sudwestfryslan');
  });

  it("refuses another gemeente's name", () => {
    expect(nameMatchesGemeente('Gemeente Utrecht', 'Nijmegen')).toBe(false);
    expect(nameMatchesGemeente('Gemeente Nijmegen-Noord', 'Nijmegen')).toBe(false);
    expect(nameMatchesGemeente('', 'Nijmegen')).toBe(false);
  });

  it('every gemeente of the CBS list matches "Gemeente <its name>"', () => {
    const table = parseCsv(readFileSync(join(resolveCbsDataDir(), 'gemeenten_2025.csv'), 'utf8'));
    expect(table.rows).toHaveLength(342);
    for (const row of table.rows) {
      const name = row.cells['gm_naam'] ?? '';
      expect({ name, ok: nameMatchesGemeente(`Gemeente ${name}`, name) }).toEqual({ name, ok: true });
    }
  });
});
