import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as ExcelJS from 'exceljs';
import type {
  ActionProgress,
  AnnualReport,
  Plan,
  PlanDashboard,
  PlanPublication,
  ProgressUpdate,
  PublicGemeentePage,
  PublicWijkPage,
} from '@wk/contracts';
import { adoptPlan, ApiClient, createPlanFixture, fieldsOf, problem, type TenantFixture } from '@wk/api/testing';
import { formatEuroCents, parseCsv, slugify } from '@wk/util';
import { startTestApp, TEST_TODAY, type TestApp } from './harness';

/**
 * The annual report and the CSV lists through the real HTTP API on a real PostgreSQL: the figures equal the
 * dashboard's for the same plan and day; the PDF is read back with poppler (tagged, headings, table header
 * cells, embedded fonts, Dutch); the workbook with exceljs (typed cells, frozen header, filters).
 */
describe('reports', () => {
  let t: TestApp;
  let f: TenantFixture;
  let other: TenantFixture;
  let plan: Plan;
  let dir: string;
  const year = Number(TEST_TODAY.slice(0, 4));
  const url = (q = `year=${year}`) => `/plans/${plan.id}/annual-report?${q}`;
  const poppler = (tool: string, ...args: string[]) => execFileSync(tool, args, { encoding: 'utf8' });

  beforeAll(async () => {
    t = await startTestApp();
    f = await t.tenant();
    other = await t.tenant();
    plan = await adoptPlan(f, await createPlanFixture(f, { title: 'Rapportplan' }), {
      adoptedOn: '2026-01-15',
      decisionReference: 'RB 2026/7',
    });
    const actions = plan.goals.flatMap((g) => g.actions);
    // Three updates in the first quarter of 2026, one corrected: the report counts the correction.
    const post = async (i: number, body: object) => {
      const r = await f.as.planner.post<ProgressUpdate>(`/actions/${actions[i]?.id}/updates`, body);
      if (r.status !== 201) throw new Error(r.text);
    };
    const q1 = { year: 2026, quarter: 1, spentCents: 1_234_550 };
    await post(0, { ...q1, status: 'on_track', percentComplete: 20, narrative: 'Eerste stap gezet.' });
    await post(0, { ...q1, status: 'at_risk', percentComplete: 15, narrative: 'Correctie: het loopt trager.' });
    await post(1, { ...q1, status: 'delayed', percentComplete: 5, narrative: 'Vergunning = vertraagd; "wachten".' });
    dir = mkdtempSync(join(tmpdir(), 'wk-report-'));
  });

  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await t?.close();
  });

  it("has the dashboard's figures on the report's day, this year and last year", async () => {
    for (const y of [year, year - 1]) {
      const report = (await f.as.viewer.get<AnnualReport>(url(`year=${y}&format=json`))).body;
      expect(report.asOf).toBe(y < year ? `${y}-12-31` : TEST_TODAY);
      const dashboard = (await f.as.viewer.get<PlanDashboard>(`/plans/${plan.id}/dashboard?asOf=${report.asOf}`)).body;
      expect(report.dashboard).toEqual(dashboard);
      expect(report.plan).toEqual(
        expect.objectContaining({ title: 'Rapportplan', adoptedOn: '2026-01-15', decisionReference: 'RB 2026/7' }),
      );
    }
    const report = (await f.as.viewer.get<AnnualReport>(url(`format=json&year=${year}`))).body;
    // The correction counts; the narrative shown is the latest of the action.
    const first = report.actions.find((a) => a.title === 'Actie 1');
    expect(first).toEqual(
      expect.objectContaining({ status: 'at_risk', percentComplete: 15, lastNarrative: 'Correctie: het loopt trager.' }),
    );
    const progress = (await f.as.viewer.get<ActionProgress>(`/actions/${first?.actionId}/progress?asOf=${report.asOf}`)).body;
    expect(first?.spentCents).toBe(progress.spentCents);
    expect(report.updates.filter((u) => u.period.year === 2026 && u.period.quarter === 1)).toHaveLength(year === 2026 ? 2 : 0);
  });

  it('is a tagged PDF in Dutch with the headings, a table with header cells, the figures and embedded fonts', async () => {
    const res = await f.as.viewer.download(url());
    expect(res.status).toBe(200);
    expect(res.contentType).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="jaarrapportage-${year}-rapportplan.pdf"`);
    const file = join(dir, 'report.pdf');
    writeFileSync(file, res.bytes);
    const info = poppler('pdfinfo', file);
    expect(info).toMatch(/Tagged:\s+yes/);
    expect(info).toContain(`Title:           Jaarrapportage ${year}: Rapportplan`);
    const raw = res.bytes.toString('latin1');
    expect(raw).toContain('/Lang (nl-NL)');
    expect(raw).toContain('/DisplayDocTitle true');
    expect(raw).toContain('pdfuaid:part');
    const tree = poppler('pdfinfo', '-struct-text', file);
    for (const heading of [
      `H1 (block)\n    "Jaarrapportage ${year}"`,
      '"Samenvatting"',
      '"Voortgang per bouwsteen en pijler"',
      '"Budget per jaar"',
      '"Mijlpalen"',
    ])
      expect(tree).toContain(heading);
    expect(tree).toMatch(/TH:\n\s+\/Scope \/Column\n\s+"Onderdeel"/);
    expect(tree).toContain('Figure');
    expect(raw).toContain('/Alt (Staafdiagram van de voortgang per bouwsteen');
    expect(tree).toContain('LI (block)');
    // Every font embedded.
    const fonts = poppler('pdffonts', file).split('\n').slice(2).filter(Boolean);
    expect(fonts.length).toBeGreaterThan(0);
    for (const line of fonts) expect(line).toMatch(/\syes\s+yes\s+yes\s/);
    // The dashboard's figures, as the report writes them.
    const dashboard = (await f.as.viewer.get<PlanDashboard>(`/plans/${plan.id}/dashboard?asOf=${TEST_TODAY}`)).body;
    // pdftotext writes a no-break space (as in "€ 1.234") as a plain one.
    const text = poppler('pdftotext', '-layout', file, '-');
    const euro = (cents: number) => formatEuroCents(cents, 'nl').replace('\u00a0', ' ');
    const pct = (v: number) => `${v.toFixed(1).replace('.', ',')}%`;
    expect(text).toContain(`Voortgang van het hele plan: ${pct(dashboard.total.progress)}. Verwacht was ${pct(dashboard.total.expected)}.`);
    expect(text).toContain('Vastgesteld op 15 januari 2026, besluit RB 2026/7.');
    const budget2026 = dashboard.budgetByYear.find((b) => b.year === 2026);
    expect(budget2026?.spentCents).toBe(1_234_550 * 2);
    expect(text).toContain(`Budget 2026: ${euro(budget2026?.plannedCents ?? 0)} gepland, ${euro(2_469_100)} besteed.`);
  });

  it('is an Excel workbook with typed cells, a frozen header row and filters', async () => {
    const res = await f.as.viewer.download(url(`year=${year}&format=xlsx`));
    expect(res.status).toBe(200);
    expect(res.contentType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.bytes as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Samenvatting', 'Acties', 'Meldingen', 'Budget', 'Mijlpalen', 'Effectindicatoren']);
    const dashboard = (await f.as.viewer.get<PlanDashboard>(`/plans/${plan.id}/dashboard?asOf=${TEST_TODAY}`)).body;

    const summary = wb.getWorksheet('Samenvatting');
    let whole: ExcelJS.Row | undefined;
    summary?.eachRow((row) => {
      if (row.getCell(1).value === 'Hele plan') whole = row;
    });
    expect(whole?.getCell(2).value).toBe(Math.round(dashboard.total.progress * 10) / 1000);
    expect(whole?.getCell(2).numFmt).toBe('0.0%');
    expect(whole?.getCell(5).value).toBe(dashboard.total.actions);

    const budget = wb.getWorksheet('Budget');
    expect(budget?.views[0]).toEqual(expect.objectContaining({ state: 'frozen', ySplit: 1 }));
    expect(budget?.autoFilter).toBe(`A1:D${dashboard.budgetByYear.length + 1}`);
    dashboard.budgetByYear.forEach((b, i) => {
      const row = budget?.getRow(i + 2);
      expect(row?.getCell(1).value).toBe(b.year);
      expect(row?.getCell(2).value).toBe(b.plannedCents / 100);
      expect(row?.getCell(3).value).toBe(b.spentCents / 100);
      expect(row?.getCell(3).numFmt).toContain('€');
    });

    const updates = wb.getWorksheet('Meldingen');
    if (year === 2026) {
      const date = updates?.getRow(2).getCell(8).value;
      expect(date).toBeInstanceOf(Date);
      expect(updates?.getRow(2).getCell(4).value).toEqual(expect.any(Number));
    }
    const milestone = wb.getWorksheet('Mijlpalen')?.getRow(2).getCell(3).value;
    expect(milestone).toEqual(new Date('2026-03-31T00:00:00Z'));
  });

  it('lists actions and updates as CSV with a BOM, ; by default and , on request', async () => {
    const semi = await f.as.contributor.download(`/csv-exports/actions?planId=${plan.id}`);
    expect(semi.status).toBe(200);
    expect(semi.contentType).toBe('text/csv; charset=utf-8');
    const text = semi.bytes.toString('utf8');
    expect(text.startsWith('\uFEFFplan;bouwsteen;pijler;doel;actie;trekker')).toBe(true);
    const rows = parseCsv(text).rows;
    expect(rows).toHaveLength(plan.goals.flatMap((g) => g.actions).length);
    const first = rows.find((r) => r.cells['actie'] === 'Actie 1');
    expect(first?.cells['klaar (%)']).toBe('15');
    expect(first?.cells['besteed (euro)']).toBe('12345,5');
    const comma = (await f.as.contributor.download(`/csv-exports/actions?planId=${plan.id}&separator=comma`)).bytes.toString('utf8');
    expect(parseCsv(comma).separator).toBe(',');
    expect(parseCsv(comma).rows.find((r) => r.cells['actie'] === 'Actie 1')?.cells['besteed (euro)']).toBe('12345.5');

    const updates = parseCsv((await f.as.viewer.download(`/csv-exports/updates?planId=${plan.id}`)).bytes.toString('utf8')).rows;
    expect(updates).toHaveLength(3);
    // Separators and quotes in a text survive the round trip.
    expect(updates.map((r) => r.cells['toelichting'])).toContain('Vergunning = vertraagd; "wachten".');
    expect(updates.filter((r) => r.cells['telt mee'] === 'nee')).toHaveLength(1);
  });

  /** Moves the gemeente's updates (order kept) so that the newest was written at `newest`; returns the way back. */
  const moveUpdates = async (newest: string): Promise<() => Promise<unknown>> => {
    const [row] = await t.owner(`SELECT $2::timestamptz - max(created_at) AS shift FROM progress_updates WHERE tenant_id = $1`, [
      f.tenant.id,
      newest,
    ]);
    const shift = row?.['shift'];
    await t.owner(`UPDATE progress_updates SET created_at = created_at + $2::interval WHERE tenant_id = $1`, [f.tenant.id, shift]);
    return () => t.owner(`UPDATE progress_updates SET created_at = created_at - $2::interval WHERE tenant_id = $1`, [f.tenant.id, shift]);
  };
  // Half past midnight in the Netherlands is still the day before in UTC: dates are days in the Netherlands.
  const HALF_PAST_MIDNIGHT = '2026-11-15T23:30:00Z';

  it('dates updates in the CSV list by their day in the Netherlands, also just after midnight', async () => {
    const back = await moveUpdates(HALF_PAST_MIDNIGHT);
    try {
      const updates = parseCsv((await f.as.viewer.download(`/csv-exports/updates?planId=${plan.id}`)).bytes.toString('utf8')).rows;
      expect(updates.map((r) => r.cells['gemeld op'])).toEqual(['2026-11-16', '2026-11-16', '2026-11-16']);
      expect(updates.filter((r) => r.cells['telt mee'] === 'nee')).toHaveLength(1);
    } finally {
      await back();
    }
  });

  it('lists wijken (in the import layout) and users as CSV; a viewer may not list users', async () => {
    const wijken = parseCsv((await f.as.viewer.download('/csv-exports/wijken')).bytes.toString('utf8'));
    expect(wijken.header).toEqual(['naam', 'cbs_codes', 'jaar', 'inwoners', 'rol_in_de_stad']);
    expect(wijken.rows.map((r) => r.cells['naam'])).toContain(f.wijken[0].name);
    const users = parseCsv((await f.as.admin.download('/csv-exports/users?separator=comma')).bytes.toString('utf8'));
    expect(users.rows.map((r) => r.cells['e-mailadres'])).toEqual(expect.arrayContaining([f.users.planner.email, f.users.viewer.email]));
    expect(users.rows.find((r) => r.cells['e-mailadres'] === f.users.contributor.email)?.cells['afdelingen en partners']).toBe(
      f.orgUnits[0].name,
    );
    expect((await f.as.viewer.get('/csv-exports/users')).status).toBe(403);
  });

  it('names the field of a wrong year, format, separator or plan; hides drafts from readers and other gemeenten', async () => {
    const tooLate = await f.as.viewer.get(url(`year=${year + 1}`));
    expect(tooLate.status).toBe(400);
    expect(tooLate.contentType).toContain('application/problem+json');
    expect(problem(tooLate).invalidParams?.[0]).toEqual(expect.objectContaining({ name: 'year', reasonCode: 'report.year_outside' }));
    expect(fieldsOf(await f.as.viewer.get(`/plans/${plan.id}/annual-report`))).toEqual(['year']);
    expect(fieldsOf(await f.as.viewer.get(url(`year=${year}&format=docx`)))).toEqual(['format']);
    expect(fieldsOf(await f.as.viewer.get(url(`year=twee`)))).toEqual(['year']);
    expect(fieldsOf(await f.as.viewer.get('/csv-exports/actions'))).toEqual(['planId']);
    expect(fieldsOf(await f.as.viewer.get(`/csv-exports/actions?planId=${plan.id}&separator=tab`))).toEqual(['separator']);
    expect((await other.as.admin.get(url())).status).toBe(404);
    expect((await other.as.admin.get(`/csv-exports/updates?planId=${plan.id}`)).status).toBe(404);
    const draft = await createPlanFixture(f, { title: 'Concept', complete: false });
    expect((await f.as.viewer.get(`/plans/${draft.id}/annual-report?year=${year}&format=json`)).status).toBe(404);
    expect((await f.as.planner.get(`/plans/${draft.id}/annual-report?year=${year}&format=json`)).status).toBe(200);
  });

  describe('publication on the public pages', () => {
    const anonymous = () => new ApiClient(t.baseUrl);
    const gemeente = () => `/public/gemeenten/${f.tenant.slug}`;
    const wijk = () => `${gemeente()}/wijken/${slugify(f.wijken[0].name)}`;

    it('only an adopted plan can be published; until then the public pages answer 404', async () => {
      expect((await f.as.viewer.get<PlanPublication>(`/plans/${plan.id}/publication`)).body).toEqual({
        published: false,
        publishedAt: null,
        publicPaths: [],
        canPublish: true,
      });
      expect((await anonymous().get(gemeente())).status).toBe(404);
      expect((await anonymous().get(wijk())).status).toBe(404);
      const draft = await createPlanFixture(f, { title: 'Nog een concept', complete: false });
      const refused = await f.as.planner.put(`/plans/${draft.id}/publication`);
      expect(refused.status).toBe(409);
      expect(problem(refused).detailCode).toBe('publication.adopted_only');
    });

    it('shows the published plan signed out, with only what is meant for the public', async () => {
      const published = await f.as.planner.put<PlanPublication>(`/plans/${plan.id}/publication`);
      expect(published.status).toBe(200);
      expect(published.body).toEqual(
        expect.objectContaining({ published: true, publicPaths: [`/openbaar/${f.tenant.slug}/${slugify(f.wijken[0].name)}`] }),
      );
      // Publishing twice changes nothing.
      expect((await f.as.planner.put<PlanPublication>(`/plans/${plan.id}/publication`)).body.publishedAt).toBe(published.body.publishedAt);

      const list = await anonymous().get<PublicGemeentePage>(gemeente());
      expect(list.status).toBe(200);
      expect(list.body.gemeente).toEqual({ name: f.tenant.name, slug: f.tenant.slug, theme: expect.any(Object) });
      expect(list.body.plans.map((p) => p.title)).toEqual(['Rapportplan']);

      const res = await anonymous().get<PublicWijkPage>(wijk());
      expect(res.status).toBe(200);
      const page = res.body;
      expect(Object.keys(page).sort()).toEqual(['asOf', 'gemeente', 'plans', 'wijk']);
      const [p] = page.plans;
      expect(Object.keys(p ?? {}).sort()).toEqual(
        [
          'adoptedOn',
          'decisionReference',
          'endYear',
          'goals',
          'lastUpdate',
          'progress',
          'startYear',
          'theme',
          'title',
          'vision',
          'wijken',
        ].sort(),
      );
      expect(Object.keys(p?.goals[0] ?? {}).sort()).toEqual(['actions', 'block', 'pillar', 'statement', 'target']);
      expect(Object.keys(p?.goals[0]?.actions[0] ?? {}).sort()).toEqual(['end', 'leadUnit', 'percentComplete', 'start', 'status', 'title']);
      expect(Object.keys(p?.progress[0] ?? {}).sort()).toEqual(['actions', 'block', 'pillar', 'progress', 'status']);
      expect(p?.goals[0]?.actions[0]).toEqual(
        expect.objectContaining({ title: 'Actie 1', leadUnit: f.orgUnits[0].name, status: 'at_risk', percentComplete: 15 }),
      );
      // No people, no ids, no money, no texts of updates.
      for (const secret of [
        f.users.contributor.name,
        f.users.contributor.email,
        f.users.planner.name,
        plan.id,
        'Correctie: het loopt trager',
        'Cents',
        'owner',
      ])
        expect(res.text).not.toContain(secret);
      // Cacheable, with an ETag to revalidate.
      expect(res.headers.get('cache-control')).toBe('public, no-cache');
      const etag = res.headers.get('etag') ?? '';
      expect(etag).not.toBe('');
      // (node:http: fetch adds "Cache-Control: no-cache" to a conditional request, which forbids a 304.)
      const revalidated = await new Promise<number>((resolve, reject) =>
        get(`${t.baseUrl}${wijk()}`, { headers: { 'if-none-match': etag } }, (r) => {
          r.resume();
          resolve(r.statusCode ?? 0);
        }).on('error', reject),
      );
      expect(revalidated).toBe(304);
    });

    it('never shows a later revision that is not adopted, another gemeente, or an unknown wijk', async () => {
      const revision = await f.as.planner.post<Plan>(`/plans/${plan.id}/revisions`, { version: plan.version });
      expect(revision.status).toBe(201);
      expect(
        (await f.as.planner.patch(`/plans/${revision.body.id}`, { title: 'Geheime nieuwe titel', version: revision.body.version })).status,
      ).toBe(200);
      const page = await anonymous().get<PublicWijkPage>(wijk());
      expect(page.body.plans.map((p) => p.title)).toEqual(['Rapportplan']);
      expect(page.text).not.toContain('Geheime nieuwe titel');
      // A draft cannot be published, so the revision's own state says so.
      expect((await f.as.planner.get<PlanPublication>(`/plans/${revision.body.id}/publication`)).body.canPublish).toBe(false);
      expect((await anonymous().get(`/public/gemeenten/${other.tenant.slug}`)).status).toBe(404);
      expect((await anonymous().get(`${gemeente()}/wijken/onbekende-wijk`)).status).toBe(404);
      expect((await anonymous().get(`${gemeente()}/wijken/Hoofdletters%20en%20spaties`)).status).toBe(404);
      expect((await other.as.planner.put(`/plans/${plan.id}/publication`)).status).toBe(404);
    });

    it('shows the day of the last update in the Netherlands, also just after midnight', async () => {
      const back = await moveUpdates(HALF_PAST_MIDNIGHT);
      try {
        const page = await anonymous().get<PublicWijkPage>(wijk());
        expect(page.body.plans[0]?.lastUpdate).toBe('2026-11-16');
      } finally {
        await back();
      }
    });

    it('offers the actions as open data CSV, and disappears when withdrawn', async () => {
      const csv = await anonymous().download(`${wijk()}/actions`);
      expect(csv.status).toBe(200);
      const table = parseCsv(csv.bytes.toString('utf8'));
      expect(csv.bytes.toString('utf8').startsWith('\uFEFFplan;bouwsteen')).toBe(true);
      expect(table.rows).toHaveLength(plan.goals.flatMap((g) => g.actions).length);
      expect(table.rows.every((r) => r.cells['plan'] === 'Rapportplan')).toBe(true);

      const withdrawn = await f.as.planner.delete<PlanPublication>(`/plans/${plan.id}/publication`);
      expect(withdrawn.body).toEqual(expect.objectContaining({ published: false, publicPaths: [] }));
      expect((await anonymous().get(wijk())).status).toBe(404);
      expect((await anonymous().get(gemeente())).status).toBe(404);
    });

    it('limits requests per client address with 429 problem+json', async () => {
      const limited = await startTestApp({ WK_PUBLIC_RATE_LIMIT: '3' });
      try {
        const client = new ApiClient(limited.baseUrl);
        const statuses: number[] = [];
        for (let i = 0; i < 4; i++) statuses.push((await client.get(`/public/gemeenten/${f.tenant.slug}`)).status);
        expect(statuses).toEqual([404, 404, 404, 429]);
        const res = await client.get(`/public/gemeenten/${f.tenant.slug}`);
        expect(res.contentType).toContain('application/problem+json');
        expect(problem(res).detailCode).toBe('problem.too_many_requests');
      } finally {
        await limited.close();
      }
    });
  });
});
