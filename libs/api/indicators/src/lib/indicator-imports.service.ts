import { createHash } from 'node:crypto';
import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { NETHERLANDS_CODE, type ImportPreview, type ImportRequest, type ImportResult, type MissingReason } from '@wk/contracts';
import { currentTenantId, Db, DB_ROLES, DomainError, invalid, invalidField, message, param, requestContext } from '@wk/api/core';
import { cbsCodeBelongsToGemeente, parseCbsCode } from '@wk/util';
import { type MessageCode } from '@wk/util/messages';
import { DEFAULT_CATALOGUE, type CatalogueEntry } from './catalogue';
import { LayoutError, parseIndicatorFile, type ParsedValue } from './layouts';
import { TenantsService } from '@wk/api/tenancy';

/** Public statistics (the operator, tables `stat_*`) or a gemeente's own figures (tables `tenant_indicator*`). */
export type ImportScope = 'public' | 'tenant';

interface Planned {
  preview: ImportPreview;
  write: ParsedValue[];
  sha256: string;
}

const EXAMPLES = 5;

/**
 * Imports indicator values, all or nothing: `preview` reads the file and compares it with what is stored (rows
 * new, changed, unchanged, refused with the reason per row); `commit` does the same and writes only when no row
 * is refused, in the request's transaction. Importing the same file twice changes nothing (and records no import).
 */
@Injectable()
export class IndicatorImportsService implements OnApplicationBootstrap {
  constructor(
    private readonly db: Db,
    private readonly tenants: TenantsService,
  ) {}

  /** The public catalogue follows the code at every start (as the operator, in one transaction). */
  async onApplicationBootstrap(): Promise<void> {
    await this.db.asRole(DB_ROLES.platform, (manager) =>
      requestContext.run({ requestId: 'catalogue', ip: 'local', actor: null, tenantId: null, manager }, () => this.syncCatalogue()),
    );
  }

  async preview(scope: ImportScope, req: ImportRequest): Promise<ImportPreview> {
    return (await this.plan(scope, req)).preview;
  }

  async commit(scope: ImportScope, req: ImportRequest, importedBy: string): Promise<ImportResult> {
    const { preview, write, sha256 } = await this.plan(scope, req);
    if (preview.refused.length) {
      throw invalid(
        preview.refused.map((r) =>
          param(`rows.${r.line}.${r.field}`, r.code, `indicator_import.${r.code}` as MessageCode, { value: r.reason }),
        ),
        message('indicator_import.refused', { count: preview.refused.length }),
      );
    }
    if (!write.length) return { ...preview, importId: null };
    const m = this.db.manager();
    const importId = await this.recordImport(m, scope, req, preview, sha256, importedBy);
    await this.writeValues(m, scope, importId, write);
    if (scope === 'public') {
      await this.writeAreaNames(m, write);
      // Every gemeente sees the public figures: the views kept for any tenant's data version are outdated.
      await m.query(
        `INSERT INTO tenant_data_versions (tenant_id, version) SELECT id, 1 FROM tenants
         ON CONFLICT (tenant_id) DO UPDATE SET version = tenant_data_versions.version + 1`,
      );
    }
    return { ...preview, importId };
  }

  /** The public catalogue in the database, as the code defines it (inserted or brought up to date; the operator's transaction). */
  async syncCatalogue(catalogue: CatalogueEntry[] = DEFAULT_CATALOGUE): Promise<void> {
    const m = this.db.manager();
    for (const c of catalogue) {
      await m.query(
        `INSERT INTO stat_indicators (code, name_nl, name_en, description_nl, description_en, unit, decimals, direction, kind,
           source_publisher, source_table, source_variable, blocks, pillars)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
         ON CONFLICT (code) DO UPDATE SET name_nl = EXCLUDED.name_nl, name_en = EXCLUDED.name_en,
           description_nl = EXCLUDED.description_nl, description_en = EXCLUDED.description_en, unit = EXCLUDED.unit,
           decimals = EXCLUDED.decimals, direction = EXCLUDED.direction, kind = EXCLUDED.kind,
           source_publisher = EXCLUDED.source_publisher, source_table = EXCLUDED.source_table,
           source_variable = EXCLUDED.source_variable, blocks = EXCLUDED.blocks, pillars = EXCLUDED.pillars, updated_at = now()
         WHERE (stat_indicators.name_nl, stat_indicators.name_en, stat_indicators.description_nl, stat_indicators.description_en,
                stat_indicators.unit, stat_indicators.decimals, stat_indicators.direction, stat_indicators.kind,
                stat_indicators.source_publisher, stat_indicators.source_table, stat_indicators.source_variable,
                stat_indicators.blocks, stat_indicators.pillars)
           IS DISTINCT FROM (EXCLUDED.name_nl, EXCLUDED.name_en, EXCLUDED.description_nl, EXCLUDED.description_en, EXCLUDED.unit,
                EXCLUDED.decimals, EXCLUDED.direction, EXCLUDED.kind, EXCLUDED.source_publisher, EXCLUDED.source_table,
                EXCLUDED.source_variable, EXCLUDED.blocks, EXCLUDED.pillars)`,
        [
          c.code,
          c.name.nl,
          c.name.en,
          c.description.nl,
          c.description.en,
          c.unit,
          c.decimals,
          c.direction,
          c.kind,
          c.source.publisher,
          c.source.table,
          c.source.variable,
          c.blocks,
          c.pillars,
        ],
      );
    }
  }

  private async plan(scope: ImportScope, req: ImportRequest): Promise<Planned> {
    if (scope === 'tenant' && req.layout !== 'long') throw invalidField('layout', 'own_layout', 'indicator_import.own_layout');
    const m = this.db.manager();
    const known = await this.knownIndicators(m, scope);
    let parsed;
    try {
      parsed = parseIndicatorFile(req.layout, req.content, DEFAULT_CATALOGUE, {
        ...(req.year !== undefined ? { year: req.year } : {}),
        ...(req.areaYear !== undefined ? { areaYear: req.areaYear } : {}),
        knownIndicators: known,
      });
    } catch (error) {
      if (error instanceof LayoutError) {
        const code = error.code === 'required' ? 'required' : error.code === 'empty' ? 'empty' : 'missing_column';
        throw invalidField(error.field, error.code, `indicator_import.${code}`, error.params);
      }
      throw error;
    }
    if (scope === 'tenant') {
      // A gemeente's own figures are about its own gemeente (or the Netherlands as a whole).
      const gm = (await this.tenants.current()).cbsCode;
      const elsewhere = parsed.values.filter((v) => v.areaCode !== NETHERLANDS_CODE && !cbsCodeBelongsToGemeente(v.areaCode, gm));
      const lines = new Set(elsewhere.map((v) => v.line));
      parsed.refused.push(...[...lines].map((line) => ({ line, field: 'gebied', code: 'wrong_gemeente', reason: gm })));
      parsed.values = parsed.values.filter((v) => !lines.has(v.line));
      parsed.refused.sort((a, b) => a.line - b.line);
    }
    const values = parsed.values.filter((v) => known.has(v.indicator));
    if (!values.length && !parsed.refused.length) throw invalidField('content', 'nothing', 'indicator_import.nothing');
    const existing = await this.existing(m, scope, values);
    const preview: ImportPreview = {
      layout: req.layout,
      fileName: req.fileName,
      rows: values.length,
      new: 0,
      changed: 0,
      unchanged: 0,
      refused: parsed.refused,
      indicators: [...new Set(values.map((v) => v.indicator))].sort(),
      years: [...new Set(values.map((v) => v.year))].sort((a, b) => a - b),
      examples: [],
    };
    const write: ParsedValue[] = [];
    for (const v of values) {
      const before = existing.get(keyOf(v));
      if (!before) preview.new++;
      else if (before.value === v.value && before.missing === v.missing) {
        preview.unchanged++;
        continue;
      } else {
        preview.changed++;
        if (preview.examples.length < EXAMPLES)
          preview.examples.push({ areaCode: v.areaCode, indicator: v.indicator, year: v.year, before: before.value, after: v.value });
      }
      write.push(v);
    }
    return { preview, write, sha256: createHash('sha256').update(req.content).digest('hex') };
  }

  private async knownIndicators(m: EntityManager, scope: ImportScope): Promise<Set<string>> {
    const rows =
      scope === 'public'
        ? await m.query<{ code: string }[]>(`SELECT code FROM stat_indicators`)
        : await m.query<{ code: string }[]>(`SELECT code FROM tenant_indicators WHERE tenant_id = $1`, [currentTenantId()]);
    return new Set(rows.map((r) => r.code));
  }

  /** What is stored for the file's keys, in one query (the keys travel as arrays). */
  private async existing(
    m: EntityManager,
    scope: ImportScope,
    values: ParsedValue[],
  ): Promise<Map<string, { value: number | null; missing: MissingReason | null }>> {
    const out = new Map<string, { value: number | null; missing: MissingReason | null }>();
    const chunk = 20_000;
    for (let i = 0; i < values.length; i += chunk) {
      const part = values.slice(i, i + chunk);
      const keys = [part.map((v) => v.indicator), part.map((v) => v.areaCode), part.map((v) => v.areaYear), part.map((v) => v.year)];
      const table = scope === 'public' ? 'stat_values' : 'tenant_indicator_values';
      const tenant = scope === 'public' ? '' : 'AND s.tenant_id = $5';
      const rows = await m.query<
        {
          indicator_code: string;
          area_code: string;
          area_year: number;
          year: number;
          value: number | null;
          missing: MissingReason | null;
        }[]
      >(
        `SELECT s.indicator_code, s.area_code, s.area_year, s.year, s.value, s.missing
           FROM unnest($1::text[], $2::text[], $3::int[], $4::int[]) AS k(indicator_code, area_code, area_year, year)
           JOIN ${table} s ON s.indicator_code = k.indicator_code AND s.area_code = k.area_code AND s.area_year = k.area_year
                          AND s.year = k.year ${tenant}`,
        scope === 'public' ? keys : [...keys, currentTenantId()],
      );
      for (const r of rows)
        out.set(`${r.indicator_code}|${r.area_code}|${r.area_year}|${r.year}`, {
          value: r.value === null ? null : Number(r.value),
          missing: r.missing,
        });
    }
    return out;
  }

  private async recordImport(
    m: EntityManager,
    scope: ImportScope,
    req: ImportRequest,
    p: ImportPreview,
    sha256: string,
    by: string,
  ): Promise<string> {
    const columns = `layout, file_name, source, sha256, rows, new, changed, unchanged, imported_by`;
    const params = [req.layout, req.fileName, req.source ?? req.fileName, sha256, p.rows, p.new, p.changed, p.unchanged, by];
    const [row] =
      scope === 'public'
        ? await m.query<{ id: string }[]>(
            `INSERT INTO stat_imports (${columns}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
            params,
          )
        : await m.query<{ id: string }[]>(
            `INSERT INTO tenant_indicator_imports (tenant_id, ${columns}) VALUES ($10, $1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
            [...params, currentTenantId()],
          );
    if (!row) throw new DomainError('internal', 'problem.internal');
    return row.id;
  }

  private async writeValues(m: EntityManager, scope: ImportScope, importId: string, values: ParsedValue[]): Promise<void> {
    const chunk = 10_000;
    for (let i = 0; i < values.length; i += chunk) {
      const part = values.slice(i, i + chunk);
      const arrays = [
        part.map((v) => v.indicator),
        part.map((v) => v.areaCode),
        part.map((v) => v.areaYear),
        part.map((v) => v.year),
        part.map((v) => v.value),
        part.map((v) => v.missing),
      ];
      const set = `value = EXCLUDED.value, missing = EXCLUDED.missing, import_id = EXCLUDED.import_id`;
      if (scope === 'public') {
        await m.query(
          `INSERT INTO stat_values (indicator_code, area_code, area_year, year, value, missing, gm_code, import_id)
           SELECT k.i, k.a, k.ay, k.y, k.v, k.m, k.g, $8
             FROM unnest($1::text[], $2::text[], $3::int[], $4::int[], $5::float8[], $6::text[], $7::text[]) AS k(i, a, ay, y, v, m, g)
           ON CONFLICT (indicator_code, area_code, area_year, year) DO UPDATE SET ${set}`,
          [...arrays, part.map((v) => parseCbsCode(v.areaCode)?.gemeenteCode ?? null), importId],
        );
      } else {
        await m.query(
          `INSERT INTO tenant_indicator_values (tenant_id, indicator_code, area_code, area_year, year, value, missing, import_id)
           SELECT $8, k.i, k.a, k.ay, k.y, k.v, k.m, $7
             FROM unnest($1::text[], $2::text[], $3::int[], $4::int[], $5::float8[], $6::text[]) AS k(i, a, ay, y, v, m)
           ON CONFLICT (indicator_code, area_code, area_year, year, tenant_id) DO UPDATE SET ${set}`,
          [...arrays, importId, currentTenantId()],
        );
      }
    }
  }

  private async writeAreaNames(m: EntityManager, values: ParsedValue[]): Promise<void> {
    const names = new Map<string, { code: string; year: number; name: string }>();
    for (const v of values)
      if (v.areaName) names.set(`${v.areaCode}|${v.areaYear}`, { code: v.areaCode, year: v.areaYear, name: v.areaName });
    const rows = [...names.values()];
    if (!rows.length) return;
    await m.query(
      `INSERT INTO stat_areas (code, year, name) SELECT * FROM unnest($1::text[], $2::int[], $3::text[])
       ON CONFLICT (code, year) DO UPDATE SET name = EXCLUDED.name WHERE stat_areas.name IS DISTINCT FROM EXCLUDED.name`,
      [rows.map((r) => r.code), rows.map((r) => r.year), rows.map((r) => r.name.slice(0, 200))],
    );
  }
}

function keyOf(v: ParsedValue): string {
  return `${v.indicator}|${v.areaCode}|${v.areaYear}|${v.year}`;
}
