import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cbsCodeBelongsToGemeente, contrastRatio, parseCsv, WCAG_AA_NORMAL_TEXT } from '@wk/util';
import { cell, first } from '@wk/api/testing';
import { CbsReference, resolveCbsDataDir } from './cbs-reference';
import {
  buildDemoContent,
  DEMO_PASSWORD_DEFAULT,
  DEMO_TEXT_MARKER,
  DemoTenant,
  DemoWijk,
  KWB_2024_POPULATION_SOURCE,
} from './demo-content';

/** Reads a file of data/cbs independently of CbsReference, to check the demo against the source. */
function readData(file: string): ReturnType<typeof parseCsv> {
  return parseCsv(readFileSync(join(resolveCbsDataDir(), file), 'utf8'));
}

describe('buildDemoContent', () => {
  const ref = CbsReference.load();
  const tenants: DemoTenant[] = buildDemoContent(ref);
  const allWijken: { tenant: DemoTenant; wijk: DemoWijk }[] = tenants.flatMap((tenant) => tenant.wijken.map((wijk) => ({ tenant, wijk })));
  const find = (name: string): DemoWijk => {
    const hit = allWijken.find(({ wijk }) => wijk.name === name);
    if (!hit) {
      throw new Error(`no demo wijk ${name}`);
    }
    return hit.wijk;
  };

  it('keeps the default password', () => {
    expect(DEMO_PASSWORD_DEFAULT).toBe('Wijkkompas-demo-2026');
  });

  it('describes the six cities of the study with their gemeente codes', () => {
    expect(tenants.map((t) => [t.slug, t.cbsCode])).toEqual([
      ['den-haag', 'GM0518'],
      ['groningen', 'GM0014'],
      ['lelystad', 'GM0995'],
      ['nijmegen', 'GM0268'],
      ['rotterdam', 'GM0599'],
      ['zoetermeer', 'GM0637'],
    ]);
    expect(first(tenants).name).toBe('Gemeente Den Haag');
    for (const tenant of tenants) {
      expect(tenant.name).toMatch(/^Gemeente \S/);
      expect(tenant.slug).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(ref.gemeenteName(tenant.cbsCode)).not.toBeNull();
    }
  });

  it('is deterministic', () => {
    expect(buildDemoContent(ref)).toEqual(tenants);
  });

  describe('wijken', () => {
    it('has the eleven wijken of the study', () => {
      expect(allWijken).toHaveLength(11);
      expect(allWijken.map(({ wijk }) => wijk.name).sort()).toEqual(
        [
          'Afrikaanderwijk',
          'Jol',
          'Meijhorst',
          'Moerwijk',
          'Morgenstond',
          'Oosterparkwijk',
          'Palenstein',
          'Tarwewijk',
          'Vinkhuizen',
          'Willemskwartier',
          'Zuiderzeewijk',
        ].sort(),
      );
    });

    it('maps every wijk exactly as data/cbs/doelwijken_cbs_codes_2024.csv', () => {
      const mapping = readData('doelwijken_cbs_codes_2024.csv');
      expect(mapping.rows).toHaveLength(11);
      const expected = mapping.rows
        .map((row) => ({
          gemeente: cell(row, 'gemeentecode'),
          name: cell(row, 'naam_in_brief'),
          codes: cell(row, 'cbs_code_2024')
            .split(';')
            .map((c) => c.trim()),
        }))
        .sort((a, b) => a.name.localeCompare(b.name));
      const actual = allWijken
        .map(({ tenant, wijk }) => ({
          gemeente: tenant.cbsCode,
          name: wijk.name,
          codes: wijk.cbsUnits.filter((u) => u.year === 2024).map((u) => u.code),
        }))
        .sort((a, b) => a.name.localeCompare(b.name));
      expect(actual).toEqual(expected);
    });

    it('maps Vinkhuizen to two buurten and Willemskwartier to Nije Veld, and says so', () => {
      expect(find('Vinkhuizen').cbsUnits).toEqual([
        { code: 'BU00140900', year: 2024 },
        { code: 'BU00140901', year: 2024 },
      ]);
      const willemskwartier = find('Willemskwartier');
      expect(willemskwartier.cbsUnits).toEqual([{ code: 'BU02680510', year: 2024 }]);
      expect(ref.nameOf('BU02680510', 2024)).toBe('Nije Veld');
      expect(willemskwartier.roleInCity).toContain('Nije Veld');
      expect(willemskwartier.roleInCity).toContain('BU02680510');
    });

    it('uses 2024 codes of the tenant gemeente that CbsReference knows, and earlier codes of the same gemeente', () => {
      const wijken2016 = new Set(readData('wijken_2016_cbs_wijkbuurtkaart_zes_gemeenten.csv').rows.map(({ cells }) => cells['wk_code']));
      for (const { tenant, wijk } of allWijken) {
        expect(wijk.cbsUnits.filter((u) => u.year === 2024).length).toBeGreaterThan(0);
        for (const unit of wijk.cbsUnits) {
          expect(cbsCodeBelongsToGemeente(unit.code, tenant.cbsCode)).toBe(true);
          if (unit.year === 2024) expect(ref.nameOf(unit.code, unit.year)).not.toBeNull();
          if (unit.year === 2016 && unit.code.startsWith('WK')) expect(wijken2016.has(unit.code)).toBe(true);
        }
      }
      // CBS renumbered Zuiderzeewijk: WK099511 in 2016, WK099501 in 2024 (data/cbs/SOURCES.md).
      expect(find('Zuiderzeewijk').cbsUnits).toEqual([
        { code: 'WK099501', year: 2024 },
        { code: 'WK099511', year: 2016 },
      ]);
    });

    it('takes population from KWB 2024 for wijken that are one CBS wijk, and invents none', () => {
      const kwb = readData('kwb_2024_85984NED_gm_wk_zes_gemeenten.csv');
      const inwoners = new Map(kwb.rows.map(({ cells }) => [cells['wijkenenbuurten'], Number(cells['aantalinwoners_5'])]));
      for (const { wijk } of allWijken) {
        const [code, ...more] = wijk.cbsUnits.filter((u) => u.year === 2024).map((u) => u.code);
        if (code?.startsWith('WK') && !more.length) {
          expect(wijk.population).toBe(inwoners.get(code));
          expect(wijk.populationYear).toBe(2024);
          expect(wijk.populationSource).toBe(KWB_2024_POPULATION_SOURCE);
        } else {
          expect([wijk.population, wijk.populationYear, wijk.populationSource]).toEqual([null, null, null]);
        }
      }
      expect(
        allWijken
          .filter(({ wijk }) => wijk.population !== null)
          .map(({ wijk }) => wijk.name)
          .sort(),
      ).toEqual(['Moerwijk', 'Morgenstond', 'Oosterparkwijk', 'Zuiderzeewijk']);
    });

    it('gives Moerwijk the population of WK051836 in the KWB file', () => {
      const kwb = readData('kwb_2024_85984NED_gm_wk_zes_gemeenten.csv');
      const row = kwb.rows.find(({ cells }) => cells['wijkenenbuurten'] === 'WK051836');
      expect(row).toBeDefined();
      const figure = Number(row?.cells['aantalinwoners_5']);
      expect(Number.isInteger(figure) && figure > 0).toBe(true);
      expect(find('Moerwijk').population).toBe(figure);
    });

    it('has a short plain-Dutch role text per wijk that says it is invented', () => {
      for (const { wijk } of allWijken) {
        expect(wijk.roleInCity.endsWith('(Voorbeeldtekst, verzonnen voor de demo.)')).toBe(true);
        expect(wijk.roleInCity.indexOf(DEMO_TEXT_MARKER)).toBe(wijk.roleInCity.length - DEMO_TEXT_MARKER.length);
        expect(wijk.roleInCity.length).toBeLessThanOrEqual(4000);
        expect(wijk.roleInCity).toContain(wijk.name);
        // No invented statistics: the narrative contains no figures other than CBS codes.
        expect(wijk.roleInCity.replace(/\b(WK\d{6}|BU\d{8})\b/g, '')).not.toMatch(/\d/);
      }
    });

    it('fails fast when a CBS code is unknown to the reference', () => {
      const empty = new CbsReference(new Map(), new Map(), new Map());
      expect(() => buildDemoContent(empty)).toThrow(/unknown for 2024/);
    });
  });

  describe('organisation units and users', () => {
    it('has the six departments and four partners per tenant, with unique keys', () => {
      for (const tenant of tenants) {
        const keys = tenant.orgUnits.map((u) => u.key);
        expect(new Set(keys).size).toBe(keys.length);
        const byKind = (kind: 'department' | 'partner'): string[] => tenant.orgUnits.filter((u) => u.kind === kind).map((u) => u.name);
        expect(byKind('department')).toEqual(['Wonen', 'Sociaal Domein', 'Openbare Ruimte', 'Veiligheid', 'Werk en Inkomen', 'Onderwijs']);
        expect(byKind('partner')).toHaveLength(4);
        expect(byKind('partner')).toEqual(expect.arrayContaining(['Woningcorporatie (voorbeeld)', 'Welzijnsorganisatie (voorbeeld)']));
        expect(byKind('partner').some((n) => n.startsWith('Politie'))).toBe(true);
        expect(byKind('partner').some((n) => n.startsWith('GGD'))).toBe(true);
        for (const unit of tenant.orgUnits) {
          expect(unit.description.trim()).not.toBe('');
        }
      }
    });

    it('has an admin, planner, contributor and viewer per tenant at the agreed addresses', () => {
      for (const tenant of tenants) {
        expect(tenant.users.map((u) => [u.email, u.role])).toEqual([
          [`beheerder@${tenant.slug}.demo.wijkkompas.nl`, 'admin'],
          [`planner@${tenant.slug}.demo.wijkkompas.nl`, 'planner'],
          [`trekker@${tenant.slug}.demo.wijkkompas.nl`, 'contributor'],
          [`raadslid@${tenant.slug}.demo.wijkkompas.nl`, 'viewer'],
        ]);
        const unitKeys = new Set(tenant.orgUnits.map((u) => u.key));
        for (const user of tenant.users) {
          expect(user.name).toMatch(/^\S+( \S+)+$/);
          for (const key of user.orgUnitKeys) {
            expect(unitKeys.has(key)).toBe(true);
          }
        }
        const trekker = tenant.users.find((u) => u.role === 'contributor');
        expect(trekker?.orgUnitKeys.slice().sort()).toEqual(['sociaal-domein', 'wonen']);
      }
    });

    it('uses every e-mail address and every user name once', () => {
      const emails = tenants.flatMap((t) => t.users.map((u) => u.email.toLowerCase()));
      expect(emails).toHaveLength(24);
      expect(new Set(emails).size).toBe(emails.length);
      const names = tenants.flatMap((t) => t.users.map((u) => u.name));
      expect(new Set(names).size).toBe(names.length);
    });
  });

  describe('themes', () => {
    it.each(['den-haag', 'groningen', 'lelystad', 'nijmegen', 'rotterdam', 'zoetermeer'])(
      '%s: text on the primary colour meets WCAG 2.1 AA (4.5:1)',
      (slug) => {
        const tenant = tenants.find((t) => t.slug === slug);
        expect(tenant).toBeDefined();
        const ratio = contrastRatio(tenant?.theme.primaryColorText ?? '', tenant?.theme.primaryColor ?? '');
        expect(ratio).not.toBeNull();
        expect(ratio ?? 0).toBeGreaterThanOrEqual(WCAG_AA_NORMAL_TEXT);
      },
    );

    it('gives every city its own colour', () => {
      const colours = tenants.map((t) => t.theme.primaryColor.toLowerCase());
      expect(new Set(colours).size).toBe(colours.length);
    });
  });
});
