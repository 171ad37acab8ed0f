import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type {
  EarlyWarningThresholds,
  ImportPreview,
  ImportResult,
  Indicator,
  IndicatorOverview,
  IndicatorPoint,
  IndicatorRanking,
  Page,
  PublicArea,
  PublicAreaIndicators,
  Wijk,
  WijkBoundaries,
  WijkIndicators,
  WijkIndicatorSeries,
  WijkSignals,
} from '@wk/contracts';
import { ApiClient, createTenantFixture, longFile, ownIndicator, problem, type TenantFixture } from '@wk/api/testing';
import { resolveCbsDataDir } from '../src/seed/cbs-reference';
import { readIndicatorManifest } from '../src/seed/seed-indicators';
import { comparisonClass } from '@wk/util';
import { startTestApp, type TestApp } from './harness';

/** The source files read here without the product's reader: a plain split, the cell as the file writes it. */
function cells(file: string, separator: string): string[][] {
  return readFileSync(join(resolveCbsDataDir(), file), 'utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '')
    .map((l) => l.split(separator).map((c) => c.replace(/^"|"$/g, '').trim()));
}

function column(rows: string[][], name: string): number {
  const at = (rows[0] ?? []).findIndex((h) => h === name);
  if (at < 0) throw new Error(`no column ${name}`);
  return at;
}

function cellOf(rows: string[][], code: string, name: string): string {
  const at = column(rows, name);
  const row = rows.find((r) => r.some((c) => c === code));
  if (!row) throw new Error(`no row ${code}`);
  return row[at] ?? '';
}

const LBM3 = 'leefbaarometer3_meting2024_wijk_2002_2024_studiewijken.csv';
/** Income figures of Den Haag; the 2020 edition has none yet (empty cells), so 2019's stay the latest. */
const KWB_2019 = 'kwb_2019_84583NED_denhaag_gm_wk_bu.csv';

/** A number of a row (with `where` to pick the year in a long file). */
function numberOf(rows: string[][], code: string, name: string, where: (row: string[]) => boolean = () => true): number {
  const at = column(rows, name);
  const row = rows.find((r) => r.some((c) => c === code) && where(r));
  if (!row) throw new Error(`no row ${code}`);
  return Number(row[at]);
}

const seriesOf = (body: WijkIndicators, code: string): WijkIndicatorSeries => {
  const s = body.series.find((x) => x.indicator.code === code);
  if (!s) throw new Error(`no series ${code}`);
  return s;
};
const at = (points: IndicatorPoint[], year: number) => points.find((p) => p.year === year);

describe('indicators: public statistics, imported all or nothing, per wijk against gemeente and Netherlands', () => {
  let t: TestApp;
  let operator: ApiClient;
  let haag: TenantFixture;
  let other: TenantFixture;
  let moerwijk: Wijk;
  const files = readIndicatorManifest();
  const count = async (table: string) => Number((await t.owner(`SELECT count(*)::int AS n FROM ${table}`))[0]?.['n']);

  beforeAll(async () => {
    t = await startTestApp();
    operator = await t.operator();
    haag = await createTenantFixture(t.baseUrl, operator, { gmCode: 'GM0518', name: "'s-Gravenhage", wijkCode: 'WK051836' });
    other = await t.tenant();
    const wijk = haag.wijken[0];
    if (!wijk) throw new Error('no wijk');
    // Moerwijk has the same code in the indelingen of 2016 and 2019–2024.
    const r = await haag.as.admin.patch<Wijk>(`/wijken/${wijk.id}`, {
      version: wijk.version,
      name: 'Moerwijk',
      cbsUnits: [2024, 2016, 2019, 2020, 2021].map((year) => ({ code: 'WK051836', year })),
    });
    expect(r.status).toBe(200);
    moerwijk = r.body;
  });

  afterAll(() => t.close());

  it('has the public catalogue at start, with names in Dutch and English, unit, direction, kind and source', async () => {
    const r = await haag.as.viewer.get<Page<Indicator>>('/indicators');
    expect(r.status).toBe(200);
    const codes = r.body.items.map((i) => i.code);
    for (const code of [
      'lbm_score',
      'lbm_fys',
      'lbm_onv',
      'lbm_soc',
      'lbm_vrz',
      'lbm_won',
      'laag_inkomen',
      'sociaal_minimum',
      'woz_waarde',
      'eenzaam',
    ])
      expect(codes).toContain(code);
    expect(r.body.items.find((i) => i.code === 'laag_inkomen')).toMatchObject({
      name: { nl: 'Huishoudens met een laag inkomen', en: 'Households with a low income' },
      unit: 'percent',
      direction: 'lower_better',
      kind: 'objective',
      own: false,
      source: { publisher: 'CBS', variable: 'HuishoudensMetEenLaagInkomen' },
    });
    expect(r.body.items.find((i) => i.code === 'eenzaam')?.kind).toBe('experienced');
  });

  it('imports every file of data/cbs/indicators.json: preview first, then all of it; the same file again changes nothing', async () => {
    for (const file of files) {
      const preview = await operator.post<ImportPreview>('/platform/indicator-imports/preview', file);
      expect({ file: file.fileName, status: preview.status }).toEqual({ file: file.fileName, status: 200 });
      expect(preview.body.refused).toEqual([]);
      // New, except the Leefbaarometer's national mean, which the buurt file repeats from the wijk file.
      expect(preview.body).toMatchObject({ changed: 0, new: preview.body.rows - preview.body.unchanged });
      expect(preview.body.new).toBeGreaterThan(0);
      const values = await count('stat_values');
      const imported = await operator.post<ImportResult>('/platform/indicator-imports', file);
      expect(imported.status).toBe(200);
      expect(imported.body.importId).toEqual(expect.any(String));
      expect(await count('stat_values')).toBe(values + imported.body.new);
    }
    const values = await count('stat_values');
    const imports = await count('stat_imports');
    for (const file of files) {
      const again = await operator.post<ImportResult>('/platform/indicator-imports', file);
      expect(again.body).toMatchObject({ new: 0, changed: 0, unchanged: again.body.rows, importId: null });
    }
    expect([await count('stat_values'), await count('stat_imports')]).toEqual([values, imports]);
  });

  it('shows for Moerwijk the Leefbaarometer series of the file against the Netherlands (lbm − afw), and says the gemeente has none', async () => {
    const r = await haag.as.planner.get<WijkIndicators>(`/wijken/${moerwijk.id}/indicators`);
    expect(r.status).toBe(200);
    const lbm = seriesOf(r.body, 'lbm_score');
    const rows = cells('leefbaarometer3_meting2024_wijk_2002_2024_studiewijken.csv', ',');
    const own = rows.filter((row) => row[0] === 'WK051836');
    expect(own).toHaveLength(9);
    for (const row of own) {
      const year = Number(row[column(rows, 'jaar')]);
      expect(at(lbm.wijk.points, year)).toMatchObject({ value: Number(row[column(rows, 'lbm')]), areaCode: 'WK051836', areaYear: 2024 });
      expect(at(lbm.wijk.points, year)?.source).toContain('leefbaarometer3_meting2024_wijk_2002_2024_studiewijken.csv');
      expect(at(lbm.nederland.points, year)?.value).toBeCloseTo(Number(row[column(rows, 'lbm')]) - Number(row[column(rows, 'afw')]), 9);
    }
    expect(lbm.nederlandRule).toBe('lbm_minus_deviation');
    expect(lbm.gemeente).toMatchObject({ code: 'GM0518', note: 'no_data', points: [] });
    // The dimensions are deviations from the national mean: 0 by definition, and not measured before 2014.
    const fys = seriesOf(r.body, 'lbm_fys');
    expect(fys.nederlandRule).toBe('zero_by_definition');
    expect(at(fys.wijk.points, 2008)).toMatchObject({ value: null, gap: 'not_measured' });
    expect(at(fys.nederland.points, 2024)?.value).toBe(0);
  });

  it('shows the CBS figures of each edition as the file writes them, against Den Haag, with the reason where a figure is missing', async () => {
    const r = await haag.as.viewer.get<WijkIndicators>(`/wijken/${moerwijk.id}/indicators`);
    const inwoners = seriesOf(r.body, 'inwoners');
    const k2019 = cells('kwb_2019_84583NED_denhaag_gm_wk_bu.csv', ';');
    const k2020 = cells('kwb_2020_84799NED_denhaag_gm_wk_bu.csv', ';');
    const k2024 = cells('kwb_2024_85984NED_gm_wk_zes_gemeenten.csv', ',');
    expect(at(inwoners.wijk.points, 2019)?.value).toBe(Number(cellOf(k2019, 'WK051836', 'AantalInwoners_5')));
    expect(at(inwoners.wijk.points, 2020)?.value).toBe(21385);
    expect(at(inwoners.wijk.points, 2024)?.value).toBe(Number(cellOf(k2024, 'WK051836', 'AantalInwoners_5')));
    expect(at(inwoners.gemeente.points, 2020)?.value).toBe(Number(cellOf(k2020, 'GM0518', 'AantalInwoners_5')));
    expect(inwoners.nederland).toMatchObject({ note: 'no_data', points: [] });
    expect(inwoners.nederlandRule).toBeNull();
    // KWB 2019 has the WOZ value (GemiddeldeWoningwaarde_35); the 2020 version left it empty (not yet published).
    const woz = seriesOf(r.body, 'woz_waarde');
    expect(at(woz.wijk.points, 2019)?.value).toBe(Number(cellOf(k2019, 'WK051836', 'GemiddeldeWoningwaarde_35')));
    expect(at(woz.wijk.points, 2020)).toMatchObject({ value: null, gap: 'not_published', areaCode: 'WK051836', areaYear: 2020 });
    // RIVM 2016 on the 2016 indeling.
    expect(at(seriesOf(r.body, 'eenzaam').wijk.points, 2016)?.value).toBe(65);
    // Leefbaarometer 2.0 classes on the 2016 indeling, for the wijk and for Den Haag.
    const lbm2 = cells('leefbaarometer2_meting2016_wijk_zes_gemeenten.csv', ',');
    const gm2 = cells('leefbaarometer2_meting2016_gemeente_zes_gemeenten.csv', ',');
    const klasse = seriesOf(r.body, 'lbm2_klasse');
    expect(at(klasse.wijk.points, 2008)?.value).toBe(Number(cellOf(lbm2, 'WK051836', 'KL08')));
    expect(at(klasse.gemeente.points, 2016)?.value).toBe(Number(cellOf(gm2, 'GM0518', 'KL16')));
  });

  it('takes each year from the unit of that year’s indeling, shows a gap where none is mapped, and never a figure of another area', async () => {
    // A wijk mapped to Moerwijk in 2024 and, deliberately, to Morgenstond (WK051834) in 2016.
    const created = await haag.as.admin.post<Wijk>('/wijken', {
      name: 'Proefwijk indelingen',
      cbsUnits: [
        { code: 'WK051836', year: 2024 },
        { code: 'WK051834', year: 2016 },
      ],
    });
    expect(created.status).toBe(201);
    const r = await haag.as.viewer.get<WijkIndicators>(`/wijken/${created.body.id}/indicators`);
    const rivm = cells('rivm_eenzaamheid_gezondheid_wijk_2016_zes_gemeenten.csv', ',');
    expect(at(seriesOf(r.body, 'eenzaam').wijk.points, 2016)).toMatchObject({
      value: Number(cellOf(rivm, 'WK051834', '% eenzaam*')),
      areaCode: 'WK051834',
      areaYear: 2016,
    });
    expect(at(seriesOf(r.body, 'lbm_score').wijk.points, 2002)?.areaCode).toBe('WK051836');
    // No unit for the indelingen of 2019–2021: the figures of those years are gaps, with the reason.
    expect(at(seriesOf(r.body, 'inwoners').wijk.points, 2020)).toMatchObject({ value: null, gap: 'no_mapping', areaCode: null });
    // A wijk of two areas: a figure of one of them is not the wijk's.
    const two = await haag.as.admin.post<Wijk>('/wijken', {
      name: 'Proefwijk twee buurten',
      cbsUnits: [
        { code: 'WK051836', year: 2024 },
        { code: 'WK051834', year: 2024 },
      ],
    });
    const twoR = await haag.as.viewer.get<WijkIndicators>(`/wijken/${two.body.id}/indicators`);
    expect(at(seriesOf(twoR.body, 'lbm_score').wijk.points, 2024)).toMatchObject({ value: null, gap: 'several_areas' });
  });

  it('refuses a file with one bad row, names the row and field, and writes nothing', async () => {
    const values = await count('stat_values');
    const imports = await count('stat_imports');
    const content = 'gebied;indicator;jaar;waarde\nWK051836;eenzaam;2022;61\nWK05I836;eenzaam;2022;60\nWK051834;eenzaam;2022;veel\n';
    const body = { layout: 'long', fileName: 'enquete.csv', content };
    const preview = await operator.post<ImportPreview>('/platform/indicator-imports/preview', body);
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({ rows: 1, new: 1 });
    expect(preview.body.refused.map((x) => [x.line, x.field, x.code])).toEqual([
      [3, 'gebied', 'not_a_code'],
      [4, 'waarde', 'not_a_number'],
    ]);
    const r = await operator.post('/platform/indicator-imports', body);
    expect(r.status).toBe(400);
    expect(problem(r).invalidParams?.map((p) => [p.name, p.code])).toEqual([
      ['rows.3.gebied', 'not_a_code'],
      ['rows.4.waarde', 'not_a_number'],
    ]);
    expect([await count('stat_values'), await count('stat_imports')]).toEqual([values, imports]);
  });

  it('asks for the edition year when the file does not carry it, naming the field, in the request’s language', async () => {
    const r = await operator.request(
      'POST',
      '/platform/indicator-imports/preview',
      { layout: 'cbs-kwb', fileName: 'x.csv', content: 'Codering_3;AantalInwoners_5\nWK051836;100\n' },
      { headers: { 'accept-language': 'en' } },
    );
    expect(r.status).toBe(400);
    expect(problem(r).invalidParams).toEqual([
      expect.objectContaining({ name: 'year', code: 'required', reason: 'Fill this in: the file does not say it.' }),
    ]);
  });

  it('lets only the operator write public statistics: a gemeente gets 403, and its database role cannot write them', async () => {
    const body = { layout: 'long', fileName: 'x.csv', content: 'gebied;indicator;jaar;waarde\nWK051836;eenzaam;2030;1\n' };
    for (const role of ['admin', 'planner'] as const)
      expect((await haag.as[role].post('/platform/indicator-imports', body)).status).toBe(403);
    await expect(
      t.dataSource.transaction(async (m) => {
        await m.query(`SELECT set_config('role', 'wk_app', true), set_config('app.tenant_id', $1, true)`, [haag.tenant.id]);
        await m.query(`UPDATE stat_values SET value = 1 WHERE area_code = 'WK051836'`);
      }),
    ).rejects.toMatchObject({ code: '42501' });
  });

  it('applies the early-warning rule: Moerwijk’s Leefbaarometer gap to the Netherlands widened in 2008 and 2012', async () => {
    const r = await haag.as.viewer.get<WijkIndicators>(`/wijken/${moerwijk.id}/indicators`);
    const warning = seriesOf(r.body, 'lbm_score').warning;
    expect(warning).toMatchObject({ current: false, consecutive: 2, minStepPercent: 0.25 });
    expect(warning.flags.map((f) => [f.year, f.kind, f.steps.map((s) => [s.from, s.to, s.reference])])).toEqual([
      [
        2012,
        'gap_widened',
        [
          [2002, 2008, 'nederland'],
          [2008, 2012, 'nederland'],
        ],
      ],
    ]);
    // Indicators without a direction never signal.
    expect(seriesOf(r.body, 'inwoners').warning.flags).toEqual([]);
    const signals = await haag.as.viewer.get<Page<WijkSignals>>('/indicators/signals');
    expect(signals.status).toBe(200);
    const forMoerwijk = signals.body.items.find((x) => x.wijk.id === moerwijk.id);
    expect(forMoerwijk?.signals).toContainEqual(
      expect.objectContaining({ indicator: expect.objectContaining({ code: 'lbm_score' }), year: 2012, current: false }),
    );
    // Every wijk is listed, with a plan or without.
    expect(signals.body.total).toBe((await haag.as.viewer.get<Page<Wijk>>('/wijken')).body.total);
  });

  it('lets a gemeente add its own indicator and import its own figures, which no other gemeente sees', async () => {
    const own = ownIndicator();
    const created = await haag.as.planner.post<Indicator>('/indicators', own);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ code: own.code, own: true, kind: 'experienced' });
    expect((await haag.as.planner.post('/indicators', own)).status).toBe(400);
    expect(problem(await haag.as.planner.post('/indicators', { ...own, code: 'lbm_score' })).invalidParams).toEqual([
      expect.objectContaining({ name: 'code', code: 'duplicate' }),
    ]);
    // Figures of 2025 on the codes of the 2024 indeling (the file has no column for it, so the request says it).
    const file = {
      layout: 'long',
      fileName: 'bewonersenquete-2025.csv',
      areaYear: 2024,
      content: longFile(own.code, 2025, { WK051836: 71, GM0518: 78 }),
    };
    const preview = await haag.as.planner.post<ImportPreview>('/indicator-imports/preview', file);
    expect(preview.body).toMatchObject({ rows: 2, new: 2, refused: [] });
    const imported = await haag.as.planner.post<ImportResult>('/indicator-imports', file);
    expect(imported.body).toMatchObject({ new: 2, importId: expect.any(String) });
    const r = await haag.as.viewer.get<WijkIndicators>(`/wijken/${moerwijk.id}/indicators`);
    const series = seriesOf(r.body, own.code);
    expect(at(series.wijk.points, 2025)).toMatchObject({ value: 71, areaCode: 'WK051836' });
    expect(at(series.gemeente.points, 2025)?.value).toBe(78);
    // A gemeente imports only its own figures in the long layout, and only for indicators it has.
    expect(problem(await haag.as.planner.post('/indicator-imports', { ...file, layout: 'cbs-kwb', year: 2024 })).invalidParams).toEqual([
      expect.objectContaining({ name: 'layout', code: 'own_layout' }),
    ]);
    const publicCode = await haag.as.planner.post<ImportPreview>('/indicator-imports/preview', {
      ...file,
      content: longFile('eenzaam', 2025, { WK051836: 1 }),
    });
    expect(publicCode.body.refused).toEqual([expect.objectContaining({ line: 2, code: 'unknown_indicator' })]);
    // Another gemeente: not in its catalogue, and its own import of that code is refused.
    expect((await other.as.admin.get<Page<Indicator>>('/indicators')).body.items.map((i) => i.code)).not.toContain(own.code);
    expect(
      (await other.as.admin.post<ImportPreview>('/indicator-imports/preview', file)).body.refused.map((x) => [x.line, x.code]),
    ).toEqual([
      [2, 'unknown_indicator'],
      [3, 'unknown_indicator'],
    ]);
    // Its own figures are about its own gemeente (or the Netherlands as a whole).
    const elsewhere = await haag.as.planner.post<ImportPreview>('/indicator-imports/preview', {
      ...file,
      content: longFile(own.code, 2025, { WK059910: 50, NL01: 70 }),
    });
    expect(elsewhere.body.refused.map((x) => [x.line, x.field, x.code])).toEqual([[2, 'gebied', 'wrong_gemeente']]);
    const audit = await t.owner(`SELECT action FROM audit_events WHERE tenant_id = $1 AND action LIKE 'indicator.%' ORDER BY occurred_at`, [
      haag.tenant.id,
    ]);
    expect(audit.map((x) => x['action'])).toEqual(['indicator.created', 'indicator.imported']);
  });

  it('answers 404 for a wijk of another gemeente', async () => {
    expect((await other.as.admin.get(`/wijken/${moerwijk.id}/indicators`)).status).toBe(404);
  });

  it('publishes the building blocks with the indicators that inform each, without sign-in', async () => {
    const r = await new ApiClient(t.baseUrl).get<{
      blocks: { code: string; indicators: string[] }[];
      pillars: { code: string; indicators: string[] }[];
    }>('/building-blocks');
    expect(r.status).toBe(200);
    expect(r.body.blocks.map((b) => b.code)).toEqual(['B1', 'B2', 'B3', 'B4', 'B5', 'B6']);
    expect(r.body.blocks.find((b) => b.code === 'B1')?.indicators).toContain('lbm_score');
    expect(r.body.pillars.find((p) => p.code === 'P2')?.indicators).toContain('laag_inkomen');
  });
  it('takes a national file (> 5 MB of JSON) on the operator’s import routes; every other route still refuses it (400 problem+json, body too_large)', async () => {
    // A Kerncijfers file of 60,000 rows (the Netherlands again and again, which the reader takes once): ≈ 6 MB.
    const row = `NL01,17942942,${'x'.repeat(80)}`;
    const content = ['WijkenEnBuurten,AantalInwoners_5,Toelichting_99', ...Array.from({ length: 60_000 }, () => row)].join('\n');
    const file = { layout: 'cbs-kwb', fileName: 'kwb_groot.csv', content, year: 2024 };
    expect(JSON.stringify(file).length).toBeGreaterThan(5 * 1024 * 1024);
    const preview = await operator.post<ImportPreview>('/platform/indicator-imports/preview', file);
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({ rows: 1, refused: [], indicators: ['inwoners'] });
    for (const [client, path] of [
      [haag.as.admin, '/indicator-imports/preview'],
      [haag.as.admin, '/indicators'],
    ] as const) {
      const r = await client.post(path, { ...file, layout: 'long' });
      expect({ path, status: r.status, contentType: r.contentType }).toEqual({
        path,
        status: 400,
        contentType: expect.stringContaining('application/problem+json'),
      });
      expect(problem(r).invalidParams?.[0]).toMatchObject({ name: 'body', code: 'too_large' });
    }
  });

  it('lists on the signals page, per wijk, exactly the last flag of each series of the wijk’s own page', async () => {
    const signals = await haag.as.viewer.get<Page<WijkSignals>>('/indicators/signals');
    expect(signals.status).toBe(200);
    for (const item of signals.body.items) {
      const page = await haag.as.viewer.get<WijkIndicators>(`/wijken/${item.wijk.id}/indicators`);
      expect(page.status).toBe(200);
      const expected = page.body.series.flatMap((s) => {
        const last = s.warning.flags[s.warning.flags.length - 1];
        return last ? [{ code: s.indicator.code, year: last.year, kind: last.kind, current: s.warning.current }] : [];
      });
      expect(item.signals.map((x) => ({ code: x.indicator.code, year: x.year, kind: x.kind, current: x.current }))).toEqual(expected);
    }
  });

  it('shows a public import at once on a page already viewed: the import raises every gemeente’s data version', async () => {
    const version = async () =>
      Number(
        (await t.owner(`SELECT coalesce((SELECT version FROM tenant_data_versions WHERE tenant_id = $1), 0) AS v`, [other.tenant.id]))[0]?.[
          'v'
        ],
      );
    const path = `/wijken/${moerwijk.id}/indicators`;
    const before = await haag.as.viewer.get<WijkIndicators>(path);
    expect(before.status).toBe(200);
    const v0 = await version();
    const content = ['gebied;indicator;jaar;waarde;indeling', 'WK051836;woz_waarde;2003;123;2024'].join('\n');
    const imported = await operator.post<ImportResult>('/platform/indicator-imports', {
      layout: 'long',
      fileName: 'woz_2003.csv',
      content,
    });
    expect(imported.status).toBe(200);
    expect(imported.body.importId).toEqual(expect.any(String));
    expect(await version()).toBeGreaterThan(v0);
    const after = await haag.as.viewer.get<WijkIndicators>(path);
    expect(at(seriesOf(after.body, 'woz_waarde').wijk.points, 2003)).toMatchObject({ value: 123, areaCode: 'WK051836', areaYear: 2024 });
    expect(at(seriesOf(before.body, 'woz_waarde').wijk.points, 2003)).toBeUndefined();
  });

  /** The views over all the gemeente's wijken, once every file above is imported. */
  describe('views: the overview of all wijken, the ranking, thresholds, wijken elsewhere and the map', () => {
    let morgenstond: Wijk;
    let empty: Wijk;

    beforeAll(async () => {
      const created = await haag.as.admin.post<Wijk>('/wijken', {
        name: 'Morgenstond',
        cbsUnits: [2024, 2016, 2019, 2020].map((year) => ({ code: 'WK051834', year })),
      });
      morgenstond = created.body;
      // A wijk of two CBS wijken: no figure of its own, and no place on the map.
      const two = await haag.as.admin.post<Wijk>('/wijken', {
        name: 'Zuidwest samen',
        cbsUnits: [
          { code: 'WK051836', year: 2024 },
          { code: 'WK051834', year: 2024 },
        ],
      });
      empty = two.body;
      expect([created.status, two.status]).toEqual([201, 201]);
    });

    it('shows every wijk × indicator: the latest figure against the city of that year, classed by the stated rule', async () => {
      const r = await haag.as.viewer.get<IndicatorOverview>('/indicators/overview');
      expect(r.status).toBe(200);
      expect(r.body.gemeente.code).toBe('GM0518');
      const row = (id: string) => r.body.wijken.find((w) => w.wijk.id === id);
      const kwb = cells(KWB_2019, ';');
      const own = numberOf(kwb, 'WK051836', 'HuishoudensMetEenLaagInkomen_78');
      const city = numberOf(kwb, 'GM0518', 'HuishoudensMetEenLaagInkomen_78');
      expect(row(moerwijk.id)?.cells['laag_inkomen']).toMatchObject({
        year: 2019,
        value: own,
        reference: city,
        referenceArea: 'gemeente',
        comparison: comparisonClass(own, city, 'lower_better', 'percent'),
      });
      // Against the file: Moerwijk's share of low incomes is far above Den Haag's.
      expect(own).toBeGreaterThan(city * 1.25);
      expect(row(moerwijk.id)?.cells['laag_inkomen']?.comparison).toBe('much_worse');
      // The Leefbaarometer has no figure for Den Haag in these files: the Netherlands (lbm − afw) is the reference.
      const lbm = cells(LBM3, ',');
      const lbm2024 = numberOf(lbm, 'WK051836', 'lbm', (x) => x[2] === '2024');
      const nl2024 = lbm2024 - numberOf(lbm, 'WK051836', 'afw', (x) => x[2] === '2024');
      expect(row(moerwijk.id)?.cells['lbm_score']).toMatchObject({ year: 2024, referenceArea: 'nederland' });
      expect(row(moerwijk.id)?.cells['lbm_score']?.value).toBeCloseTo(lbm2024, 9);
      expect(row(moerwijk.id)?.cells['lbm_score']?.reference).toBeCloseTo(nl2024, 9);
      expect(row(moerwijk.id)?.mapCode).toBe('WK051836');
      // A wijk of two CBS wijken has no figure of its own and no place on the map; it is still listed.
      expect(row(empty.id)).toMatchObject({ mapCode: null, signals: 0 });
      expect(Object.values(row(empty.id)?.cells ?? {}).every((c) => c === null)).toBe(true);
      expect(r.body.indicators.map((i) => i.code)).toEqual(expect.arrayContaining(['lbm_score', 'laag_inkomen', 'lbm2_klasse']));
    });

    it('ranks the gemeente’s wijken on one indicator, best first, with the change since a chosen year', async () => {
      const lbm = cells(LBM3, ',');
      const v = (code: string, year: number) => numberOf(lbm, code, 'lbm', (x) => x[2] === String(year));
      const r = await haag.as.viewer.get<IndicatorRanking>('/indicators/ranking?indicator=lbm_score&since=2012');
      expect(r.status).toBe(200);
      expect(r.body.since).toBe(2012);
      expect(r.body.years).toEqual(expect.arrayContaining([2002, 2012, 2024]));
      const expected = [
        { id: morgenstond.id, value: v('WK051834', 2024), change: v('WK051834', 2024) - v('WK051834', 2012) },
        { id: moerwijk.id, value: v('WK051836', 2024), change: v('WK051836', 2024) - v('WK051836', 2012) },
      ].sort((a, b) => b.value - a.value);
      // The ranks follow the figures of 2024 (other test wijken of this gemeente are ranked too).
      const all = r.body.items.filter((i) => i.rank !== null);
      expect(all.map((i) => i.rank)).toEqual(all.map((_, i) => i + 1));
      expect(all.map((i) => i.latest?.value)).toEqual([...all.map((i) => i.latest?.value)].sort((a, b) => (b ?? 0) - (a ?? 0)));
      const ranked = all.filter((i) => i.wijk.id === moerwijk.id || i.wijk.id === morgenstond.id);
      expect(ranked.map((i) => i.wijk.id)).toEqual(expected.map((e) => e.id));
      ranked.forEach((item, i) => {
        expect(item.latest?.year).toBe(2024);
        expect(item.change).toBeCloseTo(expected[i]?.change ?? NaN, 9);
        expect(item.before?.year).toBe(2012);
      });
      // Without figures: listed after all ranked wijken, without a rank.
      expect(r.body.items.find((i) => i.wijk.id === empty.id)).toMatchObject({ rank: null, latest: null, change: null });
      expect(r.body.items.slice(all.length).every((i) => i.rank === null)).toBe(true);
    });

    it('ranks a lower-is-better indicator with the lowest share first', async () => {
      const r = await haag.as.viewer.get<IndicatorRanking>('/indicators/ranking?indicator=laag_inkomen');
      const values = r.body.items.flatMap((i) => (i.latest ? [i.latest.value] : []));
      expect(values.length).toBeGreaterThan(1);
      expect(values).toEqual([...values].sort((a, b) => a - b));
    });

    it('answers 404 for an unknown indicator and 400 naming `since` for a year that is not one', async () => {
      expect((await haag.as.viewer.get('/indicators/ranking?indicator=geen_indicator')).status).toBe(404);
      const bad = await haag.as.viewer.get('/indicators/ranking?indicator=lbm_score&since=twintig');
      expect(bad.status).toBe(400);
      expect(new Set(problem(bad).invalidParams?.map((p) => p.name))).toEqual(new Set(['since']));
    });

    it('lets the gemeente set the early-warning thresholds: signals follow them, other gemeenten keep theirs', async () => {
      const before = await haag.as.viewer.get<EarlyWarningThresholds>('/indicators/early-warning');
      expect(before.body).toEqual({ consecutive: 2, minStepPercent: 0.25, isDefault: true });
      expect((await haag.as.viewer.put('/indicators/early-warning', { consecutive: 1, minStepPercent: 0.25 })).status).toBe(403);
      const bad = await haag.as.planner.put('/indicators/early-warning', { consecutive: 9, minStepPercent: 'veel' });
      expect(bad.status).toBe(400);
      expect(new Set(problem(bad).invalidParams?.map((p) => p.name))).toEqual(new Set(['consecutive', 'minStepPercent']));
      const flagsOf = async () =>
        (await haag.as.viewer.get<WijkIndicators>(`/wijken/${moerwijk.id}/indicators`)).body.series.find(
          (s) => s.indicator.code === 'lbm_score',
        )?.warning;
      const strict = await flagsOf();
      const set = await haag.as.planner.put<EarlyWarningThresholds>('/indicators/early-warning', { consecutive: 1, minStepPercent: 0.25 });
      expect(set.status).toBe(200);
      expect(set.body).toEqual({ consecutive: 1, minStepPercent: 0.25, isDefault: false });
      const loose = await flagsOf();
      expect(loose?.consecutive).toBe(1);
      // One widening step is now enough: every year flagged before is flagged still, and more.
      expect(loose?.flags.map((f) => f.year)).toEqual(expect.arrayContaining(strict?.flags.map((f) => f.year) ?? []));
      expect(loose?.flags.length).toBeGreaterThan(strict?.flags.length ?? 0);
      expect((await other.as.viewer.get<EarlyWarningThresholds>('/indicators/early-warning')).body.isDefault).toBe(true);
      const audit = await t.owner(
        `SELECT action FROM audit_events WHERE tenant_id = $1 AND action = 'indicator.warning_settings_changed'`,
        [haag.tenant.id],
      );
      expect(audit).toHaveLength(1);
    });

    it('finds wijken of other gemeenten by name and shows their public figures, and nothing of any gemeente’s own', async () => {
      const found = await haag.as.viewer.get<Page<PublicArea>>('/indicators/areas?q=charl');
      expect(found.status).toBe(200);
      expect(found.body.items).toContainEqual(
        expect.objectContaining({ code: 'WK059915', gemeente: expect.objectContaining({ code: 'GM0599' }) }),
      );
      const area = await haag.as.viewer.get<PublicAreaIndicators>('/indicators/area-figures?code=WK059915');
      expect(area.status).toBe(200);
      const lbm = cells(LBM3, ',');
      const points = area.body.series.find((s) => s.indicatorCode === 'lbm_score')?.points ?? [];
      expect(points.find((p) => p.year === 2016)?.value).toBeCloseTo(
        numberOf(lbm, 'WK059915', 'lbm', (x) => x[2] === '2016'),
        9,
      );
      expect(area.body.series.every((s) => !s.indicatorCode.startsWith('test_'))).toBe(true);
      expect((await haag.as.viewer.get('/indicators/area-figures?code=WK999999')).status).toBe(404);
      const gemeente = await haag.as.viewer.get('/indicators/area-figures?code=GM0518');
      expect(gemeente.status).toBe(400);
      expect(new Set(problem(gemeente).invalidParams?.map((p) => p.name))).toEqual(new Set(['code']));
      const short = await haag.as.viewer.get('/indicators/areas?q=a');
      expect(short.status).toBe(400);
      expect(new Set(problem(short).invalidParams?.map((p) => p.name))).toEqual(new Set(['q']));
    });

    it('gives the map the 2024 boundaries of the gemeente’s own wijken only', async () => {
      const r = await haag.as.viewer.get<WijkBoundaries>('/indicators/boundaries');
      expect(r.status).toBe(200);
      expect(r.body.features.length).toBe(45);
      expect(r.body.features.every((f) => f.properties.code.startsWith('WK0518'))).toBe(true);
      expect(r.body.features.find((f) => f.properties.code === 'WK051836')?.properties.name).toContain('Moerwijk');
      // Another gemeente gets only its own wijken (or none, when the product has no boundaries for it).
      const elsewhere = await other.as.viewer.get<WijkBoundaries>('/indicators/boundaries');
      expect(elsewhere.status).toBe(200);
      const prefix = `WK${other.tenant.cbsCode.slice(2)}`;
      expect(elsewhere.body.features.filter((f) => !f.properties.code.startsWith(prefix))).toEqual([]);
    });

    it('shows Rotterdam’s Wijkprofiel for Tarwewijk beside Rotterdam as the files give it, and the missing 2018 social index as a gap', async () => {
      const rotterdam = await createTenantFixture(t.baseUrl, operator, { gmCode: 'GM0599', name: 'Rotterdam', wijkCode: 'WK059915' });
      const wijk = await rotterdam.as.admin.post<Wijk>('/wijken', { name: 'Tarwewijk', cbsUnits: [{ code: 'BU05991571', year: 2024 }] });
      expect(wijk.status).toBe(201);
      const r = await rotterdam.as.viewer.get<WijkIndicators>(`/wijken/${wijk.body.id}/indicators`);
      const cell = (year: number, kind: string, wijknr: string, column: string) =>
        Number(
          (
            cells(`wijkprofiel_rotterdam_${year}_${kind}.csv`, ';').find((row) => row[1] === wijknr)?.[
              column === '' ? 0 : (cells(`wijkprofiel_rotterdam_${year}_${kind}.csv`, ';')[0] ?? []).indexOf(column)
            ] ?? ''
          ).replace(',', '.'),
        );
      const veiligheid = seriesOf(r.body, 'wp_veiligheid');
      for (const year of [2014, 2016, 2018]) {
        expect(at(veiligheid.wijk.points, year)?.value).toBe(cell(year, 'vi', '71', 'Veiligheidsindex'));
        // Rotterdam as a whole (wijknr 5000) is the gemeente's figure.
        expect(at(veiligheid.gemeente.points, year)?.value).toBe(cell(year, 'vi', '5000', 'Veiligheidsindex'));
      }
      // SOURCES.md: Tarwewijk 2014 81, 2016 84, 2018 73; the physical index 75, 81, 79.
      expect([2014, 2016, 2018].map((y) => at(veiligheid.wijk.points, y)?.value)).toEqual([81, 84, 73]);
      expect([2014, 2016, 2018].map((y) => at(seriesOf(r.body, 'wp_fysiek').wijk.points, y)?.value)).toEqual([75, 81, 79]);
      expect(seriesOf(r.body, 'wp_veiligheid_subjectief').indicator.kind).toBe('experienced');
      // The 2018 social index is not in the data: that year is not among the points, 2016's is.
      const sociaal = seriesOf(r.body, 'wp_sociaal');
      expect(at(sociaal.wijk.points, 2016)?.value).toBe(cell(2016, 'si', '71', 'Sociale Index'));
      expect(at(sociaal.wijk.points, 2018)).toBeUndefined();
    });
  });
});
