// Synthetic data set for the benchmark, generated with set-based SQL (INSERT … SELECT generate_series) as the
// table owner. Every value is a deterministic function of a row number: two runs give the same rows and ids.
//
// Shape per scale (see SCALES): tenants with 10 organisation units and two users each (a planner, and a
// contributor who is a member of units 1 and 2); wijken with one CBS unit and one adopted quarterly plan each
// (2017–2036); 8 goals per plan (B1, B2, B3, B4×P1/P2/P3, B5, B6); 40 actions per plan spread over the goals,
// each with a lead unit, one or two contributing units, a budget line per year and two milestones; one update
// per action per quarter 2017-Q1 … 2026-Q4 (40 per action), written in time order so that the rows of one
// action lie scattered over the table as they would in production. Every tenth action skipped 2026-Q4 (due on
// 2026-12-31) and corrected 2026-Q3 instead, some others skipped 2026-Q2 (overdue) and corrected 2026-Q1;
// every second plan has closed 2017-Q1 … 2025-Q4.

import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const GENERATOR_VERSION = 2;

/** Wijken per tenant: `base`, plus one for the first `extra` tenants. */
export const SCALES = {
  // The eleven wijken in six cities of the study: five tenants with two wijken, one with one. Indicators for the
  // six gemeenten of the study (their wijken, the gemeenten, the Netherlands).
  demo: { tenants: 6, base: 1, extra: 5, statAreas: 'six' },
  // 342 gemeenten, 3,300 wijken: 222 tenants with 10 wijken, 120 with 9. Indicators for all 3,474 wijken of 2024,
  // the 342 gemeenten and the Netherlands.
  national: { tenants: 342, base: 9, extra: 222, statAreas: 'all' },
};

export const ACTIONS_PER_PLAN = 40;
export const UNITS_PER_TENANT = 10;
export const FIRST_YEAR = 2017;
export const LAST_YEAR = 2036;
/** Quarters with updates: 2017-Q1 … 2026-Q4. */
export const UPDATE_QUARTERS = 40;
export const AS_OF = '2026-12-31';

/** Indicators: years of figures, and how many public indicators (the first LBM_LIKE in the 2024 indeling). */
export const INDICATOR_FIRST_YEAR = 2005;
export const INDICATOR_LAST_YEAR = 2024;
export const STAT_INDICATORS = 30;
const LBM_LIKE = 10;
/** The gemeente's own indicators per tenant, with figures 2015–2024 for its wijken and itself. */
export const TENANT_INDICATORS = 3;
const TENANT_FIRST_YEAR = 2015;
/** The six gemeenten of the study (the demo scale's indicator areas). */
export const DEMO_GEMEENTEN = ['GM0014', 'GM0268', 'GM0518', 'GM0599', 'GM0637', 'GM0995'];

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** A CSV file as rows of cells (`,`, double quotes, CRLF or LF). */
export function readCsv(file) {
  const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  const rows = [];
  let row = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') ((cell += '"'), i++);
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') (row.push(cell), (cell = ''));
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      if (row.some((c) => c !== '')) rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  row.push(cell);
  if (row.some((c) => c !== '')) rows.push(row);
  return rows;
}

/** The 3,474 wijken of the 2024 indeling with their gemeente (data/cbs/wijken_2024_nl.csv, without GM0998 Buitenland). */
export function readCbsWijken() {
  const [header, ...rows] = readCsv(join(ROOT, 'data/cbs/wijken_2024_nl.csv'));
  const at = (name) => header.indexOf(name);
  return rows
    .map((r) => ({ code: r[at('wijkcode')], name: r[at('wijknaam')], gm: r[at('gemeentecode')], gmName: r[at('gemeentenaam')] }))
    .filter((w) => w.gm !== 'GM0998');
}

/** The buurten of the 2024 indeling (data/cbs/cbs_buurt_namen_85984.csv). */
export function readCbsBuurten() {
  const [header, ...rows] = readCsv(join(ROOT, 'data/cbs/cbs_buurt_namen_85984.csv'));
  return rows.map((r) => ({ code: r[header.indexOf('Identifier')], name: r[header.indexOf('Title')] }));
}

export const wijkCount = (s) => s.tenants * s.base + Math.min(s.extra, s.tenants);

const UNIT_NAMES = [
  'Wonen',
  'Sociaal Domein',
  'Openbare Ruimte',
  'Veiligheid',
  'Werk en Inkomen',
  'Onderwijs',
  'Wijkteam',
  'Woningcorporatie',
  'Politie',
  'GGD',
];

/** The e-mail address of a synthetic user: role `planner` or `contributor`, tenant number from 1. */
/** The platform operator who imports the national Kerncijfers file. */
export const BENCH_OPERATOR_EMAIL = 'operator@bench.wijkkompas.test';

export const benchEmail = (role, t) => `${role}@bench-${String(t).padStart(3, '0')}.wijkkompas.test`;

const lit = (s) => `'${String(s).replace(/'/g, "''")}'`;

/**
 * Fills an empty, migrated database. `client` is a `pg` client connected as the owner (a superuser: row-level
 * security does not apply). `log` receives progress lines. Returns the row counts per table.
 */
export async function generate(client, scale, passwordHash, log) {
  const T = scale.tenants;
  const U = UNITS_PER_TENANT;
  const step = async (label, sql, params = []) => {
    const t0 = Date.now();
    const res = await client.query(sql, params);
    log(`  ${label.padEnd(34)} ${String(res.rowCount ?? '').padStart(9)} rows  ${((Date.now() - t0) / 1000).toFixed(1).padStart(6)} s`);
    return res;
  };
  await client.query(`SET TimeZone = 'UTC'`);
  await client.query(`SET synchronous_commit = off`);
  await createHelpers(client, scale, step);
  const pad3 = (e) => `lpad((${e})::text, 3, '0')`;
  const created = `timestamptz '2016-11-01 09:00+00'`;

  await step(
    'tenants',
    `INSERT INTO tenants (id, name, slug, cbs_code, theme, settings, created_at, version)
     SELECT bench.uid('tenant', t), 'Benchgemeente ' || ${pad3('t')}, 'bench-' || ${pad3('t')}, gm.gm,
            '{"primaryColor":"#154273","primaryColorText":"#ffffff"}', '{}', ${created}, 1
       FROM bench.gm gm`,
  );
  const email = `(ARRAY['planner', 'contributor'])[r] || '@bench-' || ${pad3('t')} || '.wijkkompas.test'`;
  await step(
    'accounts',
    `INSERT INTO accounts (id, email, password_hash, created_at, updated_at, version)
     SELECT bench.uid('account', (t - 1) * 2 + r), ${email}, $1, ${created}, ${created}, 1
       FROM generate_series(1, ${T}) t, generate_series(1, 2) r`,
    [passwordHash],
  );
  await step(
    'users',
    `INSERT INTO users (id, tenant_id, account_id, email, name, role, active, created_at, updated_at, version)
     SELECT bench.uid('user', (t - 1) * 2 + r), bench.uid('tenant', t), bench.uid('account', (t - 1) * 2 + r), ${email},
            (ARRAY['Planner', 'Trekker'])[r] || ' Benchgemeente ' || ${pad3('t')},
            (ARRAY['planner', 'contributor'])[r], true, ${created}, ${created}, 1
       FROM generate_series(1, ${T}) t, generate_series(1, 2) r`,
  );
  await step(
    'platform_operators',
    `INSERT INTO platform_operators (id, email, name, password_hash, created_at) VALUES (bench.uid('operator', 1), $1, 'Benchbeheerder', $2, ${created})`,
    [BENCH_OPERATOR_EMAIL, passwordHash],
  );
  await step(
    'org_units',
    `INSERT INTO org_units (id, tenant_id, name, kind, description, created_at, version)
     SELECT bench.uid('unit', (t - 1) * ${U} + k), bench.uid('tenant', t), (ARRAY[${UNIT_NAMES.map(lit).join(', ')}])[k],
            CASE WHEN k <= 7 THEN 'department' ELSE 'partner' END, NULL, ${created}, 1
       FROM generate_series(1, ${T}) t, generate_series(1, ${U}) k`,
  );
  await step(
    'org_unit_members',
    `INSERT INTO org_unit_members (tenant_id, org_unit_id, user_id)
     SELECT bench.uid('tenant', t), bench.uid('unit', (t - 1) * ${U} + k), bench.uid('user', (t - 1) * 2 + 2)
       FROM generate_series(1, ${T}) t, generate_series(1, 2) k`,
  );
  await step(
    'wijken',
    `INSERT INTO wijken (id, tenant_id, name, population, population_year, population_source, role_in_city, created_at, updated_at, version)
     SELECT bench.uid('wijk', g), bench.uid('tenant', t), 'Wijk ' || ${pad3('t')} || '-' || lpad(w::text, 2, '0'),
            3000 + (g * 7919) % 12000, 2024, 'Synthetisch (benchmark)', 'Synthetische wijk voor de benchmark.', ${created}, ${created}, 1
       FROM bench.w`,
  );
  // Every wijk is a real CBS wijk of its tenant's gemeente (the w-th by code, round robin when the gemeente has
  // fewer), with the same code in every indeling 2005–2024 (as Moerwijk in the tests).
  await step(
    'wijk_cbs_units',
    `INSERT INTO wijk_cbs_units (tenant_id, wijk_id, code, year, level, cbs_name, position)
     SELECT bench.uid('tenant', w.t), bench.uid('wijk', w.g), c.code, y, 'wijk', c.name, ${INDICATOR_LAST_YEAR} - y
       FROM bench.w w JOIN bench.gm gm ON gm.t = w.t
       JOIN bench.cbs c ON c.gm = gm.gm AND c.k = (w.w - 1) % gm.wijken + 1
       CROSS JOIN generate_series(${INDICATOR_FIRST_YEAR}, ${INDICATOR_LAST_YEAR}) y`,
  );
  await step(
    'plans',
    `INSERT INTO plans (id, tenant_id, lineage_id, revision, title, vision, start_year, end_year, sections, cadence, status,
                        submitted_at, adopted_on, decision_reference, adopted_at, archived_at, demo, created_at, updated_at, version)
     SELECT bench.uid('plan', g), bench.uid('tenant', t), bench.uid('lineage', g), 1,
            'Wijkplan Wijk ' || ${pad3('t')} || '-' || lpad(w::text, 2, '0') || ' ${FIRST_YEAR}–${LAST_YEAR}',
            'Synthetische langetermijnvisie voor de benchmark.', ${FIRST_YEAR}, ${LAST_YEAR},
            jsonb_build_object('B1', 'Visie en basisniveau.', 'B2', 'Perspectief voor bewoners.', 'B3', 'Fysieke investeringen.',
                               'B4', 'Sociaal offensief.', 'B5', 'Rol van de wijk in de stad.', 'B6', 'Vertrouwen van bewoners.'),
            'quarterly', 'adopted', timestamptz '2016-12-01 09:00+00', date '2017-01-15', 'RB-2017-' || g,
            timestamptz '2017-01-15 12:00+00', NULL, false, ${created}, timestamptz '2017-01-15 12:00+00', 1
       FROM bench.w`,
  );
  await step(
    'plan_wijken',
    `INSERT INTO plan_wijken (tenant_id, plan_id, wijk_id, position)
     SELECT bench.uid('tenant', t), bench.uid('plan', g), bench.uid('wijk', g), 0 FROM bench.w`,
  );
  await step(
    'plan_goals',
    `INSERT INTO plan_goals (id, tenant_id, plan_id, key, block, pillar, statement, target, position, created_at, updated_at, version)
     SELECT bench.uid('goal', (g - 1) * 8 + k), bench.uid('tenant', t), bench.uid('plan', g), bench.uid('goalkey', (g - 1) * 8 + k),
            (ARRAY['B1', 'B2', 'B3', 'B4', 'B4', 'B4', 'B5', 'B6'])[k + 1], (ARRAY[NULL, NULL, NULL, 'P1', 'P2', 'P3', NULL, NULL])[k + 1],
            'Synthetisch doel ' || (k + 1) || ' voor de benchmark.', NULL, k, ${created}, ${created}, 1
       FROM bench.w, generate_series(0, 7) k`,
  );
  await step(
    'plan_actions',
    `INSERT INTO plan_actions (id, tenant_id, plan_id, goal_id, key, title, description, lead_unit_id, owner_id,
                               start_year, start_quarter, end_year, end_quarter, position, created_at, updated_at, version)
     SELECT action_id, tenant_id, plan_id, bench.uid('goal', (g - 1) * 8 + j % 8), action_key,
            'Actie ' || (j + 1) || ' (synthetisch)', 'Synthetische actie voor de benchmark.', lead_unit_id, NULL,
            ${FIRST_YEAR}, 1, end_qi / 4, end_qi % 4 + 1, j / 8, ${created}, ${created}, 1
       FROM bench.a ORDER BY n`,
  );
  await step(
    'plan_action_units',
    `INSERT INTO plan_action_units (tenant_id, action_id, org_unit_id)
     SELECT tenant_id, action_id, bench.uid('unit', (t - 1) * ${U} + c)
       FROM bench.a, LATERAL (VALUES (k_lead % ${U} + 1), (CASE WHEN n % 3 = 0 THEN (k_lead + 4) % ${U} + 1 END)) v(c)
      WHERE c IS NOT NULL`,
  );
  await step(
    'plan_action_budgets',
    `INSERT INTO plan_action_budgets (tenant_id, action_id, year, amount_cents)
     SELECT tenant_id, action_id, y, per_year FROM bench.a, generate_series(${FIRST_YEAR}, end_qi / 4) y WHERE per_year > 0`,
  );
  await step(
    'plan_action_milestones',
    `INSERT INTO plan_action_milestones (id, key, tenant_id, action_id, title, due_date, done, position)
     SELECT bench.uid('milestone', n * 2 + m), bench.uid('milestonekey', n * 2 + m), tenant_id, action_id, 'Mijlpaal ' || (m + 1),
            CASE WHEN m = 0 THEN date '2019-06-30' ELSE make_date(end_qi / 4, 12, 31) END,
            CASE WHEN m = 0 THEN true ELSE end_qi / 4 <= 2026 END, m
       FROM bench.a, generate_series(0, 1) m`,
  );
  await step(
    'plan_closed_periods',
    `INSERT INTO plan_closed_periods (tenant_id, lineage_id, period_key, year, quarter, closed_by, closed_at)
     SELECT bench.uid('tenant', t), bench.uid('lineage', g), (q / 4 + ${FIRST_YEAR}) || '-Q' || (q % 4 + 1), q / 4 + ${FIRST_YEAR}, q % 4 + 1,
            bench.uid('user', (t - 1) * 2 + 1), make_timestamptz(q / 4 + ${FIRST_YEAR}, (q % 4) * 3 + 3, 1, 9, 0, 0, 'UTC') + interval '3 months'
       FROM bench.w, generate_series(0, 35) q WHERE g % 2 = 0`,
  );

  // Progress updates: a block of wijken (≈10 % of them) at a time, each in time order.
  const t0 = Date.now();
  const wijken = wijkCount(scale);
  const block = Math.max(1, Math.ceil(wijken / 10));
  let updates = 0;
  await client.query(`SET work_mem = '256MB'`);
  // The per-row trigger that keeps progress_action_years up to date is off during the bulk load; the same
  // summaries are then built set-based, per tenant, by the migration's own function.
  await client.query(`ALTER TABLE progress_updates DISABLE TRIGGER progress_updates_summarise`);
  for (let g = 1; g <= wijken; g += block) {
    const res = await insertUpdates(client, g, Math.min(wijken, g + block - 1));
    updates += res.rowCount;
    const label = `progress_updates (wijken ${g}–${Math.min(wijken, g + block - 1)})`;
    log(`  ${label.padEnd(34)} ${String(updates).padStart(9)} rows  ${((Date.now() - t0) / 1000).toFixed(1).padStart(6)} s`);
  }
  await client.query(`ALTER TABLE progress_updates ENABLE TRIGGER progress_updates_summarise`);
  const ts = Date.now();
  const years = await client.query(`SELECT wk_progress_years_rebuild(id) FROM tenants ORDER BY id`);
  const summaries = await client.query(`SELECT count(*)::int AS n FROM progress_action_years`);
  log(
    `  ${'progress_action_years'.padEnd(34)} ${String(summaries.rows[0].n).padStart(9)} rows  ${((Date.now() - ts) / 1000).toFixed(1).padStart(6)} s  (${years.rowCount} tenants)`,
  );
  await client.query(`RESET work_mem`);

  await generateIndicators(client, scale, step);

  await client.query(`DROP TABLE bench.w, bench.a, bench.cbs, bench.gm`);
  await client.query(`DROP FUNCTION bench.uid(text, bigint), bench.time_uid(timestamptz, bigint)`);
  await client.query(`RESET synchronous_commit`);
  return counts(client);
}

/** The helper schema `bench`: uid(), and the tables w (wijken) and a (actions) that the inserts read. */
export async function createHelpers(client, scale, step) {
  const { tenants: T, base: BASE, extra: EXTRA } = scale;
  const A = ACTIONS_PER_PLAN;
  const U = UNITS_PER_TENANT;
  await client.query(`CREATE SCHEMA IF NOT EXISTS bench`);
  await client.query(`CREATE OR REPLACE FUNCTION bench.uid(kind text, n bigint) RETURNS uuid
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT md5(kind || ':' || n)::uuid $$`);
  // Time-ordered ids for the updates (48-bit milliseconds, then hash bits, like UUIDv7): the primary-key index is
  // then filled in order. The API's queries never read that index; random ids would only slow the generation.
  await client.query(`CREATE OR REPLACE FUNCTION bench.time_uid(at timestamptz, n bigint) RETURNS uuid
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
    $$ SELECT (lpad(to_hex((extract(epoch FROM at) * 1000)::bigint), 12, '0') || substr(md5('update:' || n), 1, 20))::uuid $$`);
  await client.query(`DROP TABLE IF EXISTS bench.w, bench.a, bench.cbs, bench.gm`);

  // The real CBS wijken of 2024 (all, or those of the six gemeenten of the study) and their gemeenten; tenant t is
  // the t-th gemeente by code.
  const wijken = readCbsWijken().filter((w) => scale.statAreas === 'all' || DEMO_GEMEENTEN.includes(w.gm));
  await client.query(
    `CREATE UNLOGGED TABLE bench.cbs AS
     SELECT x.code, x.name, x.gm, x.gm_name, (row_number() OVER (PARTITION BY x.gm ORDER BY x.code))::int AS k
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS x(code, name, gm, gm_name)`,
    [wijken.map((w) => w.code), wijken.map((w) => w.name), wijken.map((w) => w.gm), wijken.map((w) => w.gmName)],
  );
  await step(
    'bench.gm (gemeenten, helper)',
    `CREATE UNLOGGED TABLE bench.gm AS
     SELECT (row_number() OVER (ORDER BY gm))::int AS t, gm, min(gm_name) AS gm_name, count(*)::int AS wijken
       FROM bench.cbs GROUP BY gm`,
  );
  const gemeenten = (await client.query(`SELECT count(*)::int AS n FROM bench.gm`)).rows[0].n;
  if (gemeenten !== T) throw new Error(`scale: ${T} tenants but ${gemeenten} gemeenten with CBS wijken`);

  // Helper tables: the wijken (g) and the actions (n) with their derived attributes.
  await step(
    'bench.w (wijken, helper)',
    `CREATE UNLOGGED TABLE bench.w AS
     SELECT (row_number() OVER (ORDER BY t, w))::int AS g, t, w
       FROM generate_series(1, ${T}) t, LATERAL generate_series(1, ${BASE} + (t <= ${EXTRA})::int) w`,
  );
  await step(
    'bench.a (actions, helper)',
    `CREATE UNLOGGED TABLE bench.a AS
     SELECT x.n, x.g, x.t, x.j, x.k_lead,
            CASE WHEN x.n % 29 = 0 THEN NULL ELSE bench.uid('unit', (x.t - 1) * ${U} + x.k_lead) END AS lead_unit_id,
            -- every fifth action ends with 2026-Q4, the others between 2027 and 2036
            CASE WHEN x.n % 5 = 0 THEN 2026 * 4 + 3 ELSE (2027 + x.n % 10) * 4 + x.n % 4 END AS end_qi,
            -- planned budget per year (euro cents); every 23rd action has none
            (CASE WHEN x.n % 23 = 0 THEN 0 ELSE ((x.n * 7919) % 50 + 1) * 100000 END)::bigint AS per_year,
            bench.uid('tenant', x.t) AS tenant_id, bench.uid('plan', x.g) AS plan_id, bench.uid('lineage', x.g) AS lineage_id,
            bench.uid('action', x.n) AS action_id, bench.uid('actionkey', x.n) AS action_key,
            -- the contributor (member of units 1 and 2) reports on the actions those units lead, the planner on the rest
            bench.uid('user', (x.t - 1) * 2 + CASE WHEN x.n % 29 <> 0 AND x.k_lead <= 2 THEN 2 ELSE 1 END) AS author_id
       FROM (SELECT (w.g - 1) * ${A} + j + 1 AS n, w.g, w.t, j, ((j * 7 + w.g) % ${U}) + 1 AS k_lead
               FROM bench.w w, generate_series(0, ${A - 1}) j) x`,
  );
}

/**
 * Inserts the progress updates of the actions of wijken `gFrom`…`gTo`: 40 quarters each, ordered by the time
 * they would have been written, so that the rows of one action lie on as many pages as they have updates (as in
 * production, where a quarter's updates of all plans arrive interleaved). Inserting a block of tenants at a time
 * keeps index maintenance local (the indexes lead with tenant_id), which keeps the generation to minutes.
 */
export function insertUpdates(client, gFrom, gTo) {
  const q0 = FIRST_YEAR * 4;
  return client.query(
    `INSERT INTO progress_updates (id, tenant_id, action_id, lineage_id, action_key, year, quarter, status, percent_complete,
                                   narrative, spent_cents, author_id, created_at)
     SELECT bench.time_uid(t.created_at, a.n * 128 + q * 2 + c.k), a.tenant_id, a.action_id, a.lineage_id, a.action_key,
            ${FIRST_YEAR} + q / 4, q % 4 + 1, s.status, s.pct,
            CASE WHEN c.k = 2 THEN 'Correctie: ' ELSE '' END ||
            CASE s.status WHEN 'completed' THEN 'Afgerond.'
                          WHEN 'cancelled' THEN 'Gestopt.'
                          WHEN 'delayed' THEN 'Vertraagd: de aanbesteding duurt langer. Ongeveer ' || s.pct || '% is klaar.'
                          WHEN 'at_risk' THEN 'Risico: een partner heeft minder capaciteit. Ongeveer ' || s.pct || '% is klaar.'
                          ELSE 'Loopt volgens plan; ongeveer ' || s.pct || '% is klaar.' END || ' (Synthetisch, benchmark.)',
            (round(a.per_year / 4.0 * (0.7 + s.noise * 0.4) / 100) * 100)::bigint,
            a.author_id,
            t.created_at
       FROM bench.a a
       CROSS JOIN generate_series(0, ${UPDATE_QUARTERS - 1}) q
       -- how many rows this action has for this quarter: 0 (skipped), 1, or 2 (a correction)
       CROSS JOIN LATERAL generate_series(1, CASE
            WHEN a.n % 10 = 0 AND q = 39 THEN 0 WHEN a.n % 10 = 0 AND q = 38 THEN 2
            WHEN a.n % 10 <> 0 AND a.n % 17 = 0 AND q = 37 THEN 0 WHEN a.n % 10 <> 0 AND a.n % 17 = 0 AND q = 36 THEN 2
            ELSE 1 END) c(k)
       CROSS JOIN LATERAL (SELECT ((a.n * 31 + q * 17) % 100) / 100.0 AS noise, ((a.n * 37) % 100) / 100.0 AS trouble,
                                  (q + 1)::numeric / (a.end_qi - ${q0} + 1) AS frac,
                                  q + 1 = a.end_qi - ${q0} + 1 AS done) f
       CROSS JOIN LATERAL (SELECT CASE WHEN f.done THEN 'completed'
                                       WHEN a.n % 53 = 0 AND q >= 30 THEN 'cancelled'
                                       WHEN f.trouble > 0.85 AND f.frac > 0.3 THEN 'delayed'
                                       WHEN f.trouble > 0.65 AND f.noise > 0.5 THEN 'at_risk'
                                       ELSE 'on_track' END AS status) st
       CROSS JOIN LATERAL (SELECT st.status, f.noise,
                                  CASE WHEN f.done THEN 100 ELSE greatest(1, least(95, round(f.frac * 100 *
                                    CASE st.status WHEN 'delayed' THEN 0.6 WHEN 'at_risk' THEN 0.8 ELSE 0.9 + f.noise * 0.15 END)::int
                                    + (c.k - 1) * 2)) END AS pct) s
       CROSS JOIN LATERAL (SELECT make_timestamptz(${FIRST_YEAR} + q / 4, (q % 4) * 3 + 3, 1, 10, 0, 0, 'UTC') + interval '1 month'
                                  + make_interval(days => 2 + a.n % 20 + (c.k - 1) * 10, mins => a.n % 600) AS created_at) t
      WHERE a.g BETWEEN ${gFrom} AND ${gTo}
      ORDER BY 13, 1`,
  );
}

export const COUNTED_TABLES = [
  'tenants',
  'accounts',
  'users',
  'org_units',
  'org_unit_members',
  'wijken',
  'wijk_cbs_units',
  'plans',
  'plan_wijken',
  'plan_goals',
  'plan_actions',
  'plan_action_units',
  'plan_action_budgets',
  'plan_action_milestones',
  'plan_closed_periods',
  'progress_updates',
  'progress_action_years',
  'stat_indicators',
  'stat_areas',
  'stat_imports',
  'stat_values',
  'tenant_indicators',
  'tenant_indicator_imports',
  'tenant_indicator_values',
];

/**
 * The indicators: 30 public ones, figures 2005–2024 for every CBS wijk of bench.cbs, its gemeenten and the
 * Netherlands (the first 10 in the 2024 indeling for all years, as the
 * Leefbaarometer 3.0 publishes them, the others in the indeling of their year, as the Kerncijfers editions do: one
 * import per edition, written edition after edition so that one area's rows lie scattered over the table); every
 * 53rd figure is secret. Per tenant: 3 own indicators with figures 2015–2024 for its mapped wijken and
 * its gemeente, one import.
 */
export async function generateIndicators(client, scale, step) {
  const I = STAT_INDICATORS;
  const Y0 = INDICATOR_FIRST_YEAR;
  const Y1 = INDICATOR_LAST_YEAR;
  const units = `(ARRAY['percent', 'count', 'thousand_euro', 'per_1000', 'index'])`;
  const directions = `(ARRAY['higher_better', 'lower_better', 'neutral'])`;
  const indicatorColumns = `code, name_nl, name_en, description_nl, description_en, unit, decimals, direction, kind,
    source_publisher, source_table, source_variable, blocks, pillars`;
  await client.query(
    `CREATE UNLOGGED TABLE bench.ind AS
     SELECT n, CASE WHEN n <= ${LBM_LIKE} THEN 'bench_lbm_' ELSE 'bench_kwb_' END || lpad(n::text, 2, '0') AS code,
            n <= ${LBM_LIKE} AS lbm_like FROM generate_series(1, ${I}) n`,
  );
  await step(
    'stat_indicators',
    `INSERT INTO stat_indicators (${indicatorColumns})
     SELECT code, 'Benchindicator ' || n, 'Bench indicator ' || n, 'Synthetische indicator voor de benchmark.',
            'Synthetic indicator for the benchmark.', CASE WHEN lbm_like THEN 'deviation' ELSE ${units}[n % 5 + 1] END,
            CASE WHEN lbm_like THEN 3 ELSE 1 END, ${directions}[n % 3 + 1], CASE WHEN n % 5 = 0 THEN 'experienced' ELSE 'objective' END,
            CASE WHEN lbm_like THEN 'Ministerie van BZK' ELSE 'CBS' END,
            CASE WHEN lbm_like THEN 'Leefbaarometer (synthetisch)' ELSE 'Kerncijfers wijken en buurten (synthetisch)' END,
            code, ARRAY[(ARRAY['B1', 'B2', 'B3', 'B4', 'B5', 'B6'])[n % 6 + 1]], CASE WHEN n % 4 = 0 THEN ARRAY['P1'] ELSE '{}' END
       FROM bench.ind`,
  );
  await client.query(
    `CREATE UNLOGGED TABLE bench.area AS
     SELECT (row_number() OVER (ORDER BY code))::int AS n, code, gm_code, name FROM (
       SELECT code, gm AS gm_code, name FROM bench.cbs
       UNION ALL SELECT gm, gm, gm_name FROM bench.gm
       UNION ALL SELECT 'NL01', NULL, 'Nederland') x`,
  );
  await step(
    'stat_imports',
    `INSERT INTO stat_imports (id, layout, file_name, source, sha256, rows, new, changed, unchanged, imported_by, created_at)
     SELECT bench.uid('statimport', e), CASE WHEN e = 0 THEN 'leefbaarometer-3' ELSE 'cbs-kwb' END,
            CASE WHEN e = 0 THEN 'lbm_bench.csv' ELSE 'kwb_' || e || '_bench.csv' END,
            CASE WHEN e = 0 THEN 'Leefbaarometer (synthetisch)' ELSE 'CBS, Kerncijfers wijken en buurten ' || e || ' (synthetisch)' END,
            md5('import:' || e) || md5('import2:' || e), a.n * CASE WHEN e = 0 THEN ${LBM_LIKE * (Y1 - Y0 + 1)} ELSE ${I - LBM_LIKE} END,
            a.n * CASE WHEN e = 0 THEN ${LBM_LIKE * (Y1 - Y0 + 1)} ELSE ${I - LBM_LIKE} END, 0, 0, 'Benchmark',
            make_timestamptz(greatest(e, ${Y0}) + 1, 3, 1, 9, 0, 0, 'UTC')
       FROM (SELECT 0 AS e UNION ALL SELECT generate_series(${Y0}, ${Y1})) e, (SELECT count(*)::int AS n FROM bench.area) a`,
  );
  await step(
    'stat_areas',
    `INSERT INTO stat_areas (code, year, name)
     SELECT code, y, name FROM bench.area, generate_series(${Y0}, ${Y1}) y`,
  );
  await client.query(`SET work_mem = '256MB'`);
  await step(
    'stat_values',
    `INSERT INTO stat_values (indicator_code, area_code, area_year, year, value, missing, import_id, gm_code)
     SELECT i.code, a.code, CASE WHEN i.lbm_like THEN ${Y1} ELSE y END, y,
            CASE WHEN f.secret THEN NULL ELSE f.value END, CASE WHEN f.secret THEN 'secret' END,
            bench.uid('statimport', CASE WHEN i.lbm_like THEN 0 ELSE y END), a.gm_code
       FROM generate_series(${Y0}, ${Y1}) y(y) CROSS JOIN bench.ind i CROSS JOIN bench.area a
       CROSS JOIN LATERAL (SELECT a.code <> 'NL01' AND (a.n + i.n * 7 + y) % 53 = 0 AS secret,
            round((CASE WHEN i.lbm_like THEN ((a.n * 7919 + i.n * 104729) % 200 - 100) / 1000.0 + (y - ${Y0}) * (i.n % 3 - 1) * 0.002
                        ELSE 10 + i.n * 3 + ((a.n * 7919 + i.n * 104729) % 400) / 10.0 + (y - ${Y0}) * (i.n % 5 - 2) * 0.3
                         + ((a.n * 31 + i.n * 17 + y * 7) % 41) / 20.0 END)::numeric, 3)::float8 AS value) f
      ORDER BY CASE WHEN i.lbm_like THEN 0 ELSE y.y END, a.code, i.code, y.y`,
  );
  await step(
    'tenant_indicators',
    `INSERT INTO tenant_indicators (tenant_id, ${indicatorColumns}, version)
     SELECT bench.uid('tenant', gm.t), 'eigen_' || k, 'Eigen indicator ' || k, 'Own indicator ' || k,
            'Synthetische vraag uit de bewonersenquête.', 'Synthetic question of the resident survey.', 'percent', 0,
            ${directions}[k % 2 + 1], 'experienced', 'Benchgemeente ' || lpad(gm.t::text, 3, '0'), 'Bewonersenquête',
            'Vraag ' || k, ARRAY['B6'], ARRAY['P1'], 1
       FROM bench.gm gm, generate_series(1, ${TENANT_INDICATORS}) k`,
  );
  await step(
    'tenant_indicator_imports',
    `INSERT INTO tenant_indicator_imports (id, tenant_id, layout, file_name, source, sha256, rows, new, changed, unchanged, imported_by, created_at)
     SELECT bench.uid('tenantimport', gm.t), bench.uid('tenant', gm.t), 'long', 'enquete_bench.csv', 'Bewonersenquête (synthetisch)',
            md5('tenantimport:' || gm.t) || md5('tenantimport2:' || gm.t), 0, 0, 0, 0, 'Benchmark', timestamptz '2025-03-01 09:00+00'
       FROM bench.gm gm`,
  );
  await step(
    'tenant_indicator_values',
    `INSERT INTO tenant_indicator_values (tenant_id, indicator_code, area_code, area_year, year, value, missing, import_id)
     SELECT bench.uid('tenant', x.t), 'eigen_' || k, x.code, ${Y1}, y,
            round((40 + ((x.n * 7919 + k * 104729 + y * 31) % 400) / 10.0)::numeric, 1)::float8, NULL, bench.uid('tenantimport', x.t)
       FROM (SELECT DISTINCT w.t, c.code, a.n FROM bench.w w JOIN bench.gm gm ON gm.t = w.t
               JOIN bench.cbs c ON c.gm = gm.gm AND c.k = (w.w - 1) % gm.wijken + 1 JOIN bench.area a ON a.code = c.code
             UNION SELECT gm.t, gm.gm, a.n FROM bench.gm gm JOIN bench.area a ON a.code = gm.gm) x,
            generate_series(1, ${TENANT_INDICATORS}) k, generate_series(${TENANT_FIRST_YEAR}, ${Y1}) y`,
  );
  await client.query(
    `UPDATE tenant_indicator_imports i SET rows = n, new = n
       FROM (SELECT import_id, count(*)::int AS n FROM tenant_indicator_values GROUP BY import_id) v WHERE v.import_id = i.id`,
  );
  await client.query(`RESET work_mem`);
  await client.query(`DROP TABLE bench.ind, bench.area`);
}

/** Exact row counts of the data tables. */
export async function counts(client) {
  const sql = COUNTED_TABLES.map((t) => `SELECT '${t}' AS t, count(*)::int AS n FROM ${t}`).join(' UNION ALL ');
  const { rows } = await client.query(sql);
  return Object.fromEntries(rows.map((r) => [r.t, r.n]));
}
