import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { Readable, type Writable } from 'node:stream';
import { createGunzip, createGzip } from 'node:zlib';
import { DataSource, type EntityManager } from 'typeorm';
import type { TenantImportResult } from '@wk/contracts';
import { AuditService } from '@wk/api/audit';
import { Clock, currentContext, Db, DB_ROLES, DomainError, isUuid, message, notFound, param, type DbRole } from '@wk/api/core';
import { ADMIN_REDACTED, ident, NOT_EXPORTED, transferPlan, type TransferTable } from './transfer-plan';

export const TENANT_EXPORT_FORMAT = 'wijkkompas-tenant-export';
export const TENANT_EXPORT_FORMAT_VERSION = 1;
/** Rows per FETCH of the export's cursor. */
const BATCH = 500;
/** Rows per INSERT of the import (one JSON parameter each). */
const IMPORT_BATCH = 2000;

/** The first line of an export file. */
export interface TenantExportHeader {
  format: typeof TENANT_EXPORT_FORMAT;
  formatVersion: number;
  /** The last migration applied to the database it came from: an import needs the same. */
  schemaVersion: string;
  gemeente: { id: string; slug: string; name: string; cbsCode: string };
  /** The app's clock (WK_TODAY in tests and demos). */
  exportedAt: string;
  exportedBy: 'operator' | 'admin';
  /** Tables left out, and columns emptied (`table.column`), with the reason. */
  excluded: Record<string, string>;
}

/** A file that is not an unchanged, complete export: 422, nothing written. */
const badFile = (code: string) =>
  new DomainError('unprocessable', 'transfer.file_invalid', { invalidParams: [param('body', code, 'transfer.file_invalid')] });

/**
 * Export and import of one gemeente's data as one gzip-compressed JSON Lines file:
 * a header line, then per table a line `{"table","columns"}` followed by one JSON array per row, and a last line
 * `{"end":true,"rows":{table:count},"sha256"}` whose hash covers every line before it (a changed or cut-off
 * file is refused). Tables and their order come from the catalog (see transfer-plan.ts).
 */
@Injectable()
export class TenantTransferService {
  /** Whether a role may update a table (asked once per process: grants change only with a migration). */
  private readonly mayUpdate: Record<string, { update: boolean } | undefined> = {};

  constructor(
    private readonly dataSource: DataSource,
    private readonly db: Db,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** The gemeente the operator asks for (404 when there is none), looked up before the download starts. */
  async findForOperator(id: string): Promise<{ id: string; slug: string }> {
    const rows = await this.db.asRole(DB_ROLES.platform, (m) =>
      m.query<{ id: string; slug: string }[]>('SELECT id, slug FROM tenants WHERE id = $1', [id]),
    );
    const t = rows[0];
    if (!t) throw notFound('tenant');
    return t;
  }

  /** The signed-in beheerder's gemeente (its slug names the file). */
  async findOwn(tenantId: string): Promise<{ id: string; slug: string }> {
    const rows = await this.db.inTenant(tenantId, (m) =>
      m.query<{ id: string; slug: string }[]>('SELECT id, slug FROM tenants WHERE id = $1', [tenantId]),
    );
    const t = rows[0];
    if (!t) throw notFound('tenant');
    return t;
  }

  /**
   * Writes the gemeente's export to `out` (gzip), from one REPEATABLE READ snapshot, row batches from a cursor so a
   * big gemeente is never held in memory. The export is an audit event of the gemeente, in the same transaction
   * (so the file holds it too).
   */
  async export(tenantId: string, by: 'operator' | 'admin', out: Writable): Promise<void> {
    const gzip = createGzip();
    gzip.pipe(out);
    const hash = createHash('sha256');
    const write = async (line: string): Promise<void> => {
      hash.update(line);
      if (!gzip.write(line)) await once(gzip, 'drain');
    };
    await this.dataSource.transaction('REPEATABLE READ', async (m) => {
      const schemaVersion = await this.schemaVersion(m);
      const plan = await transferPlan(m);
      await this.db.enterTenant(m, tenantId);
      const [t] = await m.query<{ id: string; slug: string; name: string; cbs_code: string }[]>(
        'SELECT id, slug, name, cbs_code FROM tenants WHERE id = $1',
        [tenantId],
      );
      if (!t) throw notFound('tenant');
      const excluded: Record<string, string> = { ...NOT_EXPORTED };
      if (by === 'admin')
        for (const [table, columns] of Object.entries(ADMIN_REDACTED))
          for (const c of columns) excluded[`${table}.${c}`] = 'credentials at the sign-in provider stay out of the beheerder’s download';
      await this.withManager(m, () =>
        this.audit.record({
          tenantId,
          action: 'tenant.exported',
          objectType: 'tenant',
          objectId: tenantId,
          after: { by, schemaVersion },
        }),
      );
      const header: TenantExportHeader = {
        format: TENANT_EXPORT_FORMAT,
        formatVersion: TENANT_EXPORT_FORMAT_VERSION,
        schemaVersion,
        gemeente: { id: t.id, slug: t.slug, name: t.name, cbsCode: t.cbs_code },
        exportedAt: this.clock.now().toISOString(),
        exportedBy: by,
        excluded,
      };
      await write(JSON.stringify(header) + '\n');
      const counts: Record<string, number> = {};
      for (const table of plan) {
        await write(JSON.stringify({ table: table.name, columns: table.columns }) + '\n');
        await m.query(`SELECT set_config('role', $1, true)`, [table.role]);
        const redacted = by === 'admin' ? (ADMIN_REDACTED[table.name] ?? []) : [];
        const values = table.columns.map((c) =>
          redacted.includes(c) ? 'NULL' : table.tenantRefs.includes(c) ? `CASE WHEN ${ident(c)} = $1 THEN ${ident(c)} END` : ident(c),
        );
        // jsonb_build_array takes at most 100 arguments: wide tables are built in pieces.
        const pieces: string[] = [];
        for (let i = 0; i < values.length; i += 90) pieces.push(`jsonb_build_array(${values.slice(i, i + 90).join(', ')})`);
        const order = table.primaryKey.length ? ` ORDER BY ${table.primaryKey.map(ident).join(', ')}` : '';
        await m.query(
          `DECLARE wk_export NO SCROLL CURSOR FOR SELECT (${pieces.join(' || ')})::text AS line FROM ${ident(table.name)} WHERE ${table.where}${order}`,
          [tenantId],
        );
        let n = 0;
        for (;;) {
          const rows = await m.query<{ line: string }[]>(`FETCH ${BATCH} FROM wk_export`);
          if (rows.length) await write(rows.map((r) => r.line + '\n').join(''));
          n += rows.length;
          if (rows.length < BATCH) break;
        }
        await m.query('CLOSE wk_export');
        counts[table.name] = n;
      }
      await m.query(`SELECT set_config('role', $1, true)`, [DB_ROLES.app]);
      gzip.write(JSON.stringify({ end: true, rows: counts, sha256: hash.digest('hex') }) + '\n');
    });
    gzip.end();
    await once(out, 'finish');
  }

  /**
   * Reads an export file into this database, all or nothing in one transaction: the gemeente must not exist here
   * (409), the schema version must be this database's (422), and the file must be complete and unchanged (422).
   * Each table is written under the role that owns such writes in the product: `tenants` as wk_platform, accounts
   * as wk_auth, everything else as wk_app with the new gemeente set (row-level security applies as usual).
   */
  async import(file: Buffer): Promise<TenantImportResult> {
    const lines = createInterface({ input: Readable.from([file]).pipe(createGunzip()), crlfDelay: Infinity });
    const iterator = lines[Symbol.asyncIterator]();
    const next = async (): Promise<string | null> => {
      try {
        const r = await iterator.next();
        return r.done ? null : r.value;
      } catch {
        throw badFile('gzip');
      }
    };
    return this.dataSource.transaction(async (m) => {
      const schemaVersion = await this.schemaVersion(m);
      const plan = await transferPlan(m);
      const hash = createHash('sha256');
      const first = await next();
      const header = parseHeader(first);
      hash.update(first + '\n');
      if (header.schemaVersion !== schemaVersion)
        throw new DomainError('unprocessable', message('transfer.schema_version', { file: header.schemaVersion, here: schemaVersion }), {
          invalidParams: [
            param('schemaVersion', 'mismatch', 'transfer.schema_version', { file: header.schemaVersion, here: schemaVersion }),
          ],
        });
      const g = header.gemeente;
      await this.setRole(m, DB_ROLES.platform);
      const existing = await m.query<{ id: string }[]>('SELECT id FROM tenants WHERE id = $1 OR slug = $2 OR cbs_code = $3', [
        g.id,
        g.slug,
        g.cbsCode,
      ]);
      if (existing.length) throw new DomainError('conflict', message('transfer.exists', { slug: g.slug }));
      await m.query(`SELECT set_config('app.tenant_id', $1, true)`, [g.id]);

      const byName = new Map(plan.map((t) => [t.name, t]));
      const counts: Record<string, number> = {};
      const accountIds = new Map<string, string>();
      let table: TransferTable | null = null;
      let columns: string[] = [];
      let batch: string[] = [];
      const flush = async (): Promise<void> => {
        if (!table || !batch.length) return;
        await this.insert(m, table, columns, batch, accountIds);
        batch = [];
      };
      for (;;) {
        const line = await next();
        if (line === null) throw badFile('truncated');
        const parsed = parseLine(line);
        if (Array.isArray(parsed)) {
          if (!table || parsed.length !== columns.length) throw badFile('row');
          batch.push(line);
          counts[table.name] = (counts[table.name] ?? 0) + 1;
          if (batch.length >= IMPORT_BATCH) await flush();
          hash.update(line + '\n');
          continue;
        }
        await flush();
        if (parsed['end'] === true) {
          const rows = parsed['rows'];
          if (parsed['sha256'] !== hash.digest('hex')) throw badFile('checksum');
          if (typeof rows !== 'object' || rows === null || JSON.stringify(sortKeys(rows)) !== JSON.stringify(sortKeys(counts)))
            throw badFile('rows');
          if ((await next()) !== null) throw badFile('trailing');
          break;
        }
        const name = parsed['table'];
        const cols = parsed['columns'];
        if (typeof name !== 'string' || !Array.isArray(cols) || name in counts) throw badFile('table');
        const known = byName.get(name);
        if (!known || cols.length !== known.columns.length || !cols.every((c) => typeof c === 'string' && known.columns.includes(c)))
          throw badFile('columns');
        table = known;
        columns = cols.map(String);
        counts[name] = 0;
        hash.update(line + '\n');
      }
      const missing = plan.filter((t) => !(t.name in counts));
      if (missing.length) throw badFile('tables');
      // The file's gemeente row is the header's (the rows of every other table were checked by row-level security).
      await this.setRole(m, DB_ROLES.platform);
      const [{ n } = { n: 0 }] = await m.query<{ n: number }[]>('SELECT count(*)::int AS n FROM tenants WHERE id = $1', [g.id]);
      if (n !== 1 || counts['tenants'] !== 1) throw badFile('tenant');
      await this.bumpSequences(m, plan);
      await this.setRole(m, DB_ROLES.app);
      // A new data version: no view an API process cached for this gemeente before (same id) can be served again.
      await m.query(
        `INSERT INTO tenant_data_versions (tenant_id, version) VALUES ($1, 1)
         ON CONFLICT (tenant_id) DO UPDATE SET version = tenant_data_versions.version + 1`,
        [g.id],
      );
      await this.withManager(m, () =>
        this.audit.record({
          tenantId: g.id,
          action: 'tenant.imported',
          objectType: 'tenant',
          objectId: g.id,
          after: { slug: g.slug, schemaVersion, exportedAt: header.exportedAt, exportedBy: header.exportedBy, rows: counts },
        }),
      );
      return { tenant: { id: g.id, slug: g.slug, name: g.name }, schemaVersion, exportedAt: header.exportedAt, rows: counts };
    });
  }

  /** One batch of rows of one table, cast by PostgreSQL from their JSON values to the columns' types. */
  private async insert(
    m: EntityManager,
    table: TransferTable,
    columns: string[],
    lines: string[],
    accountIds: Map<string, string>,
  ): Promise<void> {
    let rows = lines;
    if (table.name === 'accounts') rows = await this.matchAccounts(m, columns, lines, accountIds);
    const remap = Object.entries(table.refs).filter(([, parent]) => parent === 'accounts');
    if (accountIds.size && remap.length) {
      const at = remap.map(([c]) => columns.indexOf(c));
      rows = rows.map((line) => {
        const row = JSON.parse(line) as unknown[];
        for (const i of at) {
          const v = row[i];
          if (typeof v === 'string') row[i] = accountIds.get(v) ?? v;
        }
        return JSON.stringify(row);
      });
    }
    if (!rows.length) return;
    const role: DbRole = table.name === 'tenants' ? DB_ROLES.platform : table.role;
    await this.setRole(m, role);
    const list = columns.map(ident).join(', ');
    // Rows a trigger made while earlier tables were read in (progress summaries) give way to the exported ones.
    const privilege = (this.mayUpdate[`${role}:${table.name}`] ??= (
      await m.query<{ update: boolean }[]>(`SELECT has_table_privilege($1, $2, 'UPDATE') AS update`, [role, `public.${table.name}`])
    )[0]);
    const others = columns.filter((c) => !table.primaryKey.includes(c));
    const upsert =
      privilege?.update && table.primaryKey.length && others.length
        ? ` ON CONFLICT (${table.primaryKey.map(ident).join(', ')}) DO UPDATE SET ${others.map((c) => `${ident(c)} = EXCLUDED.${ident(c)}`).join(', ')}`
        : '';
    try {
      await m.query(
        `INSERT INTO ${ident(table.name)} (${list})
         SELECT ${columns.map((c) => `r.${ident(c)}`).join(', ')}
           FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS e(row, n)
           CROSS JOIN LATERAL jsonb_populate_record(NULL::${ident(table.name)},
             (SELECT jsonb_object_agg(c.name, e.row -> (c.ord::int - 1)) FROM unnest($2::text[]) WITH ORDINALITY AS c(name, ord))) AS r
          ORDER BY e.n${upsert}`,
        [`[${rows.join(',')}]`, columns],
      );
    } catch (error) {
      // A value of the wrong type, a broken reference or a row of another gemeente: the file is not a clean export.
      const code = (error as { code?: unknown }).code;
      if (typeof code === 'string' && /^(22|23|42501)/.test(code)) throw badFile(`table:${table.name}`);
      throw error;
    }
  }

  /**
   * Accounts are global: a person who already has an account here (same e-mail address, e.g. working for another
   * gemeente of this installation) keeps it, and the imported memberships point to it; that account's password
   * stays as it is. An account id that is taken by another address is a conflict.
   */
  private async matchAccounts(m: EntityManager, columns: string[], lines: string[], accountIds: Map<string, string>): Promise<string[]> {
    const idAt = columns.indexOf('id');
    const emailAt = columns.indexOf('email');
    const rows = lines.map((l) => JSON.parse(l) as unknown[]);
    const ids = rows.map((r) => String(r[idAt]));
    const emails = rows.map((r) => String(r[emailAt]).toLowerCase());
    await this.setRole(m, DB_ROLES.auth);
    const found = await m.query<{ id: string; email: string }[]>(
      'SELECT id, lower(email) AS email FROM accounts WHERE id = ANY($1::uuid[]) OR lower(email) = ANY($2::text[])',
      [ids.filter(isUuid), emails],
    );
    const keep: string[] = [];
    rows.forEach((row, i) => {
      const id = ids[i] ?? '';
      const email = emails[i] ?? '';
      const sameEmail = found.find((f) => f.email === email);
      const sameId = found.find((f) => f.id === id);
      if (sameId && sameId.email !== email) throw new DomainError('conflict', 'transfer.account_conflict');
      if (sameEmail) accountIds.set(id, sameEmail.id);
      else keep.push(lines[i] ?? JSON.stringify(row));
    });
    return keep;
  }

  /** Identity columns and serial defaults of the imported tables continue after the highest imported value. */
  private async bumpSequences(m: EntityManager, plan: TransferTable[]): Promise<void> {
    await m.query('SET LOCAL ROLE NONE');
    const seqs = await m.query<{ table: string; column: string; seq: string }[]>(
      `SELECT c.relname AS table, a.attname AS column, pg_get_serial_sequence(format('public.%I', c.relname), a.attname) AS seq
         FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
        WHERE c.relnamespace = 'public'::regnamespace AND c.relname = ANY($1::text[])
          AND pg_get_serial_sequence(format('public.%I', c.relname), a.attname) IS NOT NULL`,
      [plan.map((t) => t.name)],
    );
    for (const s of seqs)
      await m.query(
        `SELECT setval($1, GREATEST((SELECT max(${ident(s.column)}) FROM ${ident(s.table)}), (SELECT last_value FROM ${s.seq})))`,
        [s.seq],
      );
  }

  private async schemaVersion(m: EntityManager): Promise<string> {
    const [row] = await m.query<{ name: string }[]>('SELECT name FROM migrations ORDER BY "timestamp" DESC, id DESC LIMIT 1');
    if (!row) throw new Error('tenant export: no migrations applied');
    return row.name;
  }

  private setRole(m: EntityManager, role: DbRole): Promise<unknown> {
    return m.query(`SELECT set_config('role', $1, true)`, [role]);
  }

  /** Runs `fn` with `m` as the request's transaction (the audit service writes through it). */
  private async withManager<T>(m: EntityManager, fn: () => Promise<T>): Promise<T> {
    const ctx = currentContext();
    if (!ctx) throw new Error('tenant transfer: no request context');
    const before = ctx.manager;
    ctx.manager = m;
    try {
      return await fn();
    } finally {
      ctx.manager = before;
    }
  }
}

function parseLine(line: string): unknown[] | Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    throw badFile('json');
  }
  if (Array.isArray(value)) return value;
  if (typeof value === 'object' && value !== null) return value as Record<string, unknown>;
  throw badFile('json');
}

/** The header line, checked field by field: a file of another kind or version is refused before anything is read in. */
function parseHeader(line: string | null): TenantExportHeader {
  if (line === null) throw badFile('empty');
  const h = parseLine(line);
  if (Array.isArray(h) || h['format'] !== TENANT_EXPORT_FORMAT || h['formatVersion'] !== TENANT_EXPORT_FORMAT_VERSION)
    throw badFile('format');
  const g = h['gemeente'];
  const text = (o: Record<string, unknown>, key: string): string => {
    const v = o[key];
    if (typeof v !== 'string') throw badFile('header');
    return v;
  };
  if (typeof g !== 'object' || g === null || Array.isArray(g)) throw badFile('header');
  const gemeente = g as Record<string, unknown>;
  const id = text(gemeente, 'id');
  const by = text(h, 'exportedBy');
  const excluded = h['excluded'];
  if (!isUuid(id) || (by !== 'operator' && by !== 'admin') || typeof excluded !== 'object' || excluded === null) throw badFile('header');
  return {
    format: TENANT_EXPORT_FORMAT,
    formatVersion: TENANT_EXPORT_FORMAT_VERSION,
    schemaVersion: text(h, 'schemaVersion'),
    gemeente: { id, slug: text(gemeente, 'slug'), name: text(gemeente, 'name'), cbsCode: text(gemeente, 'cbsCode') },
    exportedAt: text(h, 'exportedAt'),
    exportedBy: by,
    excluded: Object.fromEntries(Object.entries(excluded).map(([k, v]) => [k, String(v)])),
  };
}

function sortKeys(o: object): [string, unknown][] {
  return Object.entries(o).sort(([a], [b]) => a.localeCompare(b));
}
