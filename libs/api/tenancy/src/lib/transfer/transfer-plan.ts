import type { EntityManager } from 'typeorm';
import { DB_ROLES, type DbRole } from '@wk/api/core';

/**
 * Which tables one gemeente's export holds, read from the database catalog (never a hand-kept list): the
 * `tenants` row, every table of schema public with a `tenant_id` column (but those in NOT_EXPORTED), and the
 * global rows those depend on (GLOBAL_DEPENDENCIES), in foreign-key order (parents first).
 */

/** Tables with `tenant_id` that stay out of every export, with the reason. The export spec fails on any other omission. */
export const NOT_EXPORTED: Readonly<Record<string, string>> = {
  sessions: 'sign-in sessions are bearer secrets (with the provider ID token); after an import everyone signs in again',
};

/**
 * Global tables (no tenant_id) whose rows the gemeente's rows point to: which rows, and the role that may read and
 * write them. `accounts`: the people who are members (users.account_id), with their password hashes, so that they
 * can sign in after a restore.
 */
export const GLOBAL_DEPENDENCIES: Readonly<Record<string, { where: string; role: DbRole }>> = {
  accounts: { where: 'id IN (SELECT account_id FROM users WHERE tenant_id = $1)', role: DB_ROLES.auth },
};

/** Columns the beheerder's own download leaves empty: the gemeente's credentials at its sign-in provider. */
export const ADMIN_REDACTED: Readonly<Record<string, readonly string[]>> = {
  identity_providers: ['client_secret', 'private_key_jwk'],
};

export interface TransferTable {
  name: string;
  columns: string[];
  primaryKey: string[];
  /** The role that reads and writes it: wk_app (with the tenant set) for tenant data. */
  role: DbRole;
  /** Rows of the gemeente ($1 is its id). */
  where: string;
  /**
   * Columns of a global table that point to a tenant (accounts.last_tenant_id): kept only when they point to the
   * exported gemeente, since another gemeente is not in the file.
   */
  tenantRefs: string[];
  /** Single-column foreign keys to another table of the plan: column → referenced table. */
  refs: Record<string, string>;
}

interface CatalogTable {
  name: string;
  columns: string[];
  primary_key: string[] | null;
}
interface CatalogForeignKey {
  child: string;
  parent: string;
  child_columns: string[];
  parent_columns: string[];
}

/** The tables of schema public that have a `tenant_id` column (what the export must cover, exported or excused). */
export async function tenantOwnedTables(m: EntityManager): Promise<string[]> {
  const rows = await m.query<{ name: string }[]>(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'tenant_id' AND NOT a.attisdropped
      WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p') ORDER BY 1`,
  );
  return rows.map((r) => r.name);
}

/** The export's tables in foreign-key order; throws when an exported table points to a table outside the export. */
export async function transferPlan(m: EntityManager): Promise<TransferTable[]> {
  const tables = await m.query<CatalogTable[]>(
    `SELECT c.relname AS name,
            array_agg(a.attname::text ORDER BY a.attnum) AS columns,
            (SELECT array_agg(k.attname::text ORDER BY array_position(i.indkey::int2[], k.attnum))
               FROM pg_index i JOIN pg_attribute k ON k.attrelid = i.indrelid AND k.attnum = ANY (i.indkey)
              WHERE i.indrelid = c.oid AND i.indisprimary) AS primary_key
       FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
      WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p')
      GROUP BY c.oid, c.relname`,
  );
  const keys = await m.query<CatalogForeignKey[]>(
    `SELECT c.conrelid::regclass::text AS child, c.confrelid::regclass::text AS parent,
            (SELECT array_agg(a.attname::text ORDER BY k.ord) FROM unnest(c.conkey) WITH ORDINALITY k(num, ord)
               JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.num) AS child_columns,
            (SELECT array_agg(a.attname::text ORDER BY k.ord) FROM unnest(c.confkey) WITH ORDINALITY k(num, ord)
               JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.num) AS parent_columns
       FROM pg_constraint c WHERE c.contype = 'f' AND c.connamespace = 'public'::regnamespace`,
  );
  const byName = new Map(tables.map((t) => [t.name, t]));
  const chosen = new Map<string, Omit<TransferTable, 'refs'>>();
  for (const t of tables) {
    const base = { name: t.name, columns: t.columns, primaryKey: t.primary_key ?? [], tenantRefs: [] as string[] };
    if (t.name === 'tenants') chosen.set(t.name, { ...base, role: DB_ROLES.app, where: 'id = $1' });
    else if (t.columns.includes('tenant_id') && !(t.name in NOT_EXPORTED))
      chosen.set(t.name, { ...base, role: DB_ROLES.app, where: 'tenant_id = $1' });
    else if (t.name in GLOBAL_DEPENDENCIES) {
      const dep = GLOBAL_DEPENDENCIES[t.name];
      if (dep) chosen.set(t.name, { ...base, ...dep });
    }
  }
  const refs = new Map<string, Record<string, string>>([...chosen.keys()].map((n) => [n, {}]));
  // Every row of the gemeente comes after the gemeente itself, with a foreign key to it or not (audit_events).
  const parents = new Map<string, Set<string>>([...chosen.keys()].map((n) => [n, new Set<string>(n === 'tenants' ? [] : ['tenants'])]));
  for (const fk of keys) {
    const child = chosen.get(fk.child);
    if (!child) continue;
    const [column] = fk.child_columns;
    if (fk.parent === 'tenants' && !child.columns.includes('tenant_id') && column && fk.child_columns.length === 1) {
      // A global row's pointer to some gemeente: only this one travels.
      child.tenantRefs.push(column);
      parents.get(fk.child)?.add('tenants');
      continue;
    }
    if (!chosen.has(fk.parent))
      throw new Error(`tenant export: ${fk.child} refers to ${fk.parent}, which is neither exported nor a listed global dependency`);
    if (fk.parent !== fk.child) parents.get(fk.child)?.add(fk.parent);
    if (column && fk.child_columns.length === 1 && fk.parent_columns[0] === 'id') {
      const r = refs.get(fk.child);
      if (r) r[column] = fk.parent;
    }
  }
  // Kahn's algorithm, alphabetical among the ready ones, so the order is the same on every run.
  const order: TransferTable[] = [];
  const done = new Set<string>();
  while (order.length < chosen.size) {
    const ready = [...chosen.keys()].filter((n) => !done.has(n) && [...(parents.get(n) ?? [])].every((p) => done.has(p))).sort();
    const next = ready[0];
    if (!next)
      throw new Error(`tenant export: foreign keys form a cycle among ${[...chosen.keys()].filter((n) => !done.has(n)).join(', ')}`);
    const t = chosen.get(next);
    if (t) order.push({ ...t, refs: refs.get(next) ?? {} });
    done.add(next);
  }
  if (!byName.has('tenants')) throw new Error('tenant export: no tenants table');
  return order;
}

/** A quoted SQL identifier (names come from the catalog; quoted anyway). */
export const ident = (name: string): string => `"${name.replace(/"/g, '""')}"`;
