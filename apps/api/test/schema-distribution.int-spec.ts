import type { OwnerQuery } from '@wk/api/testing';
import { startTestApp, type TestApp } from './harness';

/**
 * Ready for Citus (distributed PostgreSQL) with `tenant_id` as the distribution column, read from the catalog of
 * the migrated database. Citus needs three things of a distributed table: every primary key, unique constraint and
 * unique index contains the distribution column, and a foreign key between two distributed tables joins on it.
 * A tenant-owned table is one with a `tenant_id` column; every other table is a reference table (copied to every
 * node) or stays on the coordinator, and is listed below with the reason.
 */

/** Tables without tenant_id, each on purpose: a new one must be added here, with its reason. */
const GLOBAL_TABLES: Record<string, string> = {
  tenants: 'the gemeenten themselves: its id is the distribution value (a reference table)',
  accounts: 'one person with one password across gemeenten (a membership is a users row of each gemeente)',
  platform_operators: 'the platform’s own staff, who belong to no gemeente',
  login_throttle: 'failed sign-ins per address and account, counted before any gemeente is known',
  stat_indicators: 'public CBS reference data, the same for every gemeente',
  stat_areas: 'public CBS reference data, the same for every gemeente',
  stat_imports: 'public CBS reference data, the same for every gemeente',
  stat_values: 'public CBS reference data, the same for every gemeente',
  migrations: 'TypeORM’s list of applied migrations',
};

/** Tables with tenant_id whose keys may leave it out, each on purpose. */
const NOT_DISTRIBUTED: Record<string, string> = {
  sessions:
    'a platform operator’s session has no gemeente (tenant_id NULL, which a distribution column cannot be), and a ' +
    'session is found by the hash of its cookie before the gemeente is known: it stays on the coordinator, keyed by ' +
    'that hash (and its public_id)',
};

interface Problem {
  table: string;
  problem: string;
}

/**
 * What keeps the tables of one schema from being distributed by tenant_id (an empty list: nothing). Checks every
 * table with a tenant_id column except those in `exempt`, and every foreign key between two such tables.
 */
async function distributionProblems(owner: OwnerQuery, schema: string, exempt: readonly string[] = []): Promise<Problem[]> {
  const tables = await owner(
    `SELECT c.relname AS name, EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'tenant_id'
              AND NOT a.attisdropped) AS tenant_owned,
            EXISTS (SELECT 1 FROM pg_constraint p WHERE p.conrelid = c.oid AND p.contype = 'p') AS has_primary_key
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = $1 AND c.relkind IN ('r', 'p')`,
    [schema],
  );
  const tenantOwned = new Set(tables.filter((t) => t['tenant_owned']).map((t) => String(t['name'])));
  const checked = (table: string) => tenantOwned.has(table) && !exempt.includes(table);
  const problems: Problem[] = [];

  for (const t of tables) {
    const table = String(t['name']);
    if (checked(table) && !t['has_primary_key']) problems.push({ table, problem: 'no primary key' });
  }

  // Primary keys, unique constraints and unique indexes (partial ones too): the key columns, not INCLUDE columns.
  const uniques = await owner(
    `SELECT t.relname AS table, i.relname AS name, ix.indisprimary AS is_primary,
            EXISTS (SELECT 1 FROM pg_constraint con WHERE con.conindid = ix.indexrelid AND con.conrelid = t.oid
                       AND con.contype = 'u') AS is_constraint,
            ARRAY(SELECT coalesce(a.attname::text, '(expression)')
                    FROM unnest(ix.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord)
                    LEFT JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
                   WHERE k.ord <= ix.indnkeyatts ORDER BY k.ord) AS columns
       FROM pg_index ix
       JOIN pg_class t ON t.oid = ix.indrelid
       JOIN pg_class i ON i.oid = ix.indexrelid
       JOIN pg_namespace n ON n.oid = t.relnamespace
      WHERE n.nspname = $1 AND ix.indisunique`,
    [schema],
  );
  for (const u of uniques) {
    const table = String(u['table']);
    const columns = u['columns'] as string[];
    if (!checked(table) || columns.includes('tenant_id')) continue;
    const kind = u['is_primary'] ? 'primary key' : u['is_constraint'] ? 'unique constraint' : 'unique index';
    problems.push({ table, problem: `${kind} ${String(u['name'])} (${columns.join(', ')}) lacks tenant_id` });
  }

  // Foreign keys between tenant-owned tables: tenant_id → tenant_id among the pairs, and no SET NULL/DEFAULT of it.
  const foreignKeys = await owner(
    `SELECT con.conname AS name, src.relname AS source, ref.relname AS target,
            con.confdeltype AS on_delete, con.confupdtype AS on_update,
            ARRAY(SELECT a.attname::text FROM unnest(con.conkey) WITH ORDINALITY AS k(attnum, ord)
                    JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum ORDER BY k.ord) AS columns,
            ARRAY(SELECT a.attname::text FROM unnest(con.confkey) WITH ORDINALITY AS k(attnum, ord)
                    JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum ORDER BY k.ord) AS referenced,
            ARRAY(SELECT a.attname::text FROM unnest(coalesce(con.confdelsetcols, con.conkey)) AS k(attnum)
                    JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum) AS set_on_delete
       FROM pg_constraint con
       JOIN pg_class src ON src.oid = con.conrelid
       JOIN pg_class ref ON ref.oid = con.confrelid
       JOIN pg_namespace n ON n.oid = src.relnamespace
      WHERE n.nspname = $1 AND con.contype = 'f'`,
    [schema],
  );
  for (const fk of foreignKeys) {
    const [table, target] = [String(fk['source']), String(fk['target'])];
    if (!tenantOwned.has(table) || !tenantOwned.has(target)) continue;
    const columns = fk['columns'] as string[];
    const referenced = fk['referenced'] as string[];
    const name = `foreign key ${String(fk['name'])} (${columns.join(', ')}) → ${target} (${referenced.join(', ')})`;
    if (!columns.some((c, i) => c === 'tenant_id' && referenced[i] === 'tenant_id'))
      problems.push({ table, problem: `${name} does not join tenant_id to tenant_id` });
    const setsColumns = (action: unknown) => action === 'n' || action === 'd';
    if (
      columns.includes('tenant_id') &&
      ((setsColumns(fk['on_delete']) && (fk['set_on_delete'] as string[]).includes('tenant_id')) || setsColumns(fk['on_update']))
    )
      problems.push({ table, problem: `${name} would set tenant_id to NULL or its default` });
  }
  return problems.sort((x, y) => x.table.localeCompare(y.table) || x.problem.localeCompare(y.problem));
}

describe('schema: ready to distribute by tenant_id (Citus)', () => {
  let t: TestApp;
  const schema = 'public';

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('every table without tenant_id is a listed global table, and every exception is a tenant-owned table', async () => {
    const rows = await t.owner(
      `SELECT c.relname AS name, EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'tenant_id'
                AND NOT a.attisdropped) AS tenant_owned
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = $1 AND c.relkind IN ('r', 'p') ORDER BY c.relname`,
      [schema],
    );
    expect(rows.filter((r) => !r['tenant_owned']).map((r) => r['name'])).toEqual(Object.keys(GLOBAL_TABLES).sort());
    const tenantOwned = rows.filter((r) => r['tenant_owned']).map((r) => String(r['name']));
    expect(tenantOwned.length).toBeGreaterThan(20);
    for (const table of Object.keys(NOT_DISTRIBUTED))
      expect({ table, tenantOwned: tenantOwned.includes(table) }).toEqual({ table, tenantOwned: true });
  });

  it('every key of a tenant-owned table contains tenant_id, and foreign keys between them join on it', async () => {
    expect(await distributionProblems(t.owner, schema, Object.keys(NOT_DISTRIBUTED))).toEqual([]);
  });

  it('each exception is still needed: without it, the check reports that table', async () => {
    const problems = await distributionProblems(t.owner, schema);
    expect([...new Set(problems.map((p) => p.table))]).toEqual(Object.keys(NOT_DISTRIBUTED).sort());
    expect(problems).toEqual([
      { table: 'sessions', problem: expect.stringMatching(/^primary key PK_\w+ \(id\) lacks tenant_id$/) },
      { table: 'sessions', problem: 'unique constraint uq_sessions_public_id (public_id) lacks tenant_id' },
    ]);
  });

  it('reports every kind of problem in a deliberately bad schema, and nothing in its good table', async () => {
    const probe = 'wk_distribution_probe';
    await t.owner(`DROP SCHEMA IF EXISTS ${probe} CASCADE`);
    await t.owner(`CREATE SCHEMA ${probe}`);
    try {
      await t.owner(`CREATE TABLE ${probe}.owners (tenant_id uuid NOT NULL, id uuid NOT NULL, code text NOT NULL,
        CONSTRAINT owners_pk PRIMARY KEY (id), CONSTRAINT owners_code UNIQUE (code), CONSTRAINT owners_tenant_id UNIQUE (tenant_id, id))`);
      await t.owner(`CREATE UNIQUE INDEX owners_code_lower ON ${probe}.owners (lower(code))`);
      await t.owner(`CREATE UNIQUE INDEX owners_code_covering ON ${probe}.owners (code) INCLUDE (tenant_id)`);
      await t.owner(`CREATE TABLE ${probe}.items (tenant_id uuid NOT NULL, id uuid NOT NULL, owner_id uuid, other_id uuid,
        CONSTRAINT items_pk PRIMARY KEY (tenant_id, id),
        CONSTRAINT items_owner FOREIGN KEY (owner_id) REFERENCES ${probe}.owners (id),
        CONSTRAINT items_swapped FOREIGN KEY (tenant_id, owner_id) REFERENCES ${probe}.owners (id, tenant_id),
        CONSTRAINT items_nulls FOREIGN KEY (tenant_id, other_id) REFERENCES ${probe}.owners (tenant_id, id) ON DELETE SET NULL)`);
      await t.owner(`CREATE TABLE ${probe}.notes (tenant_id uuid NOT NULL, body text)`);
      // The good table: a composite key, a composite foreign key that nulls only its own column, a global reference.
      await t.owner(`CREATE TABLE ${probe}.codes (code text PRIMARY KEY)`);
      await t.owner(`CREATE TABLE ${probe}.good (tenant_id uuid NOT NULL, id uuid NOT NULL, owner_id uuid, code text,
        CONSTRAINT good_pk PRIMARY KEY (tenant_id, id), CONSTRAINT good_code UNIQUE (tenant_id, code),
        CONSTRAINT good_owner FOREIGN KEY (tenant_id, owner_id) REFERENCES ${probe}.owners (tenant_id, id) ON DELETE SET NULL (owner_id),
        CONSTRAINT good_code_ref FOREIGN KEY (code) REFERENCES ${probe}.codes (code))`);

      expect(await distributionProblems(t.owner, probe)).toEqual([
        {
          table: 'items',
          problem: 'foreign key items_nulls (tenant_id, other_id) → owners (tenant_id, id) would set tenant_id to NULL or its default',
        },
        { table: 'items', problem: 'foreign key items_owner (owner_id) → owners (id) does not join tenant_id to tenant_id' },
        {
          table: 'items',
          problem: 'foreign key items_swapped (tenant_id, owner_id) → owners (id, tenant_id) does not join tenant_id to tenant_id',
        },
        { table: 'notes', problem: 'no primary key' },
        { table: 'owners', problem: 'primary key owners_pk (id) lacks tenant_id' },
        { table: 'owners', problem: 'unique constraint owners_code (code) lacks tenant_id' },
        { table: 'owners', problem: 'unique index owners_code_covering (code) lacks tenant_id' },
        { table: 'owners', problem: 'unique index owners_code_lower ((expression)) lacks tenant_id' },
      ]);
      // An exception skips its table's own keys, not the foreign keys of others that point at it.
      expect((await distributionProblems(t.owner, probe, ['owners', 'items', 'notes'])).map((p) => p.problem)).toEqual([
        'foreign key items_nulls (tenant_id, other_id) → owners (tenant_id, id) would set tenant_id to NULL or its default',
        'foreign key items_owner (owner_id) → owners (id) does not join tenant_id to tenant_id',
        'foreign key items_swapped (tenant_id, owner_id) → owners (id, tenant_id) does not join tenant_id to tenant_id',
      ]);
    } finally {
      await t.owner(`DROP SCHEMA IF EXISTS ${probe} CASCADE`);
    }
  });
});
