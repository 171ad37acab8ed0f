import { Injectable } from '@nestjs/common';
import {
  NETHERLANDS_CODE,
  type AreaSeries,
  type CreateIndicatorRequest,
  type GapReason,
  type Indicator,
  type IndicatorPoint,
  type MissingReason,
  type WijkIndicatorSeries,
  type Wijk,
  type WijkIndicators,
  type WijkSignals,
} from '@wk/contracts';
import { currentTenantId, Db, invalidField } from '@wk/api/core';
import { AuditService } from '@wk/api/audit';
import { TenantsService } from '@wk/api/tenancy';
import { WijkenService } from '@wk/api/wijken';
import { DEFAULT_CATALOGUE } from './catalogue';
import { EARLY_WARNING_DEFAULTS, earlyWarning, type EarlyWarningSettings } from '@wk/util';

interface IndicatorRow {
  code: string;
  name_nl: string;
  name_en: string;
  description_nl: string;
  description_en: string;
  unit: Indicator['unit'];
  decimals: number;
  direction: Indicator['direction'];
  kind: Indicator['kind'];
  source_publisher: string;
  source_table: string;
  source_variable: string;
  blocks: Indicator['blocks'];
  pillars: Indicator['pillars'];
  own: boolean;
}

/** A figure as the indicator queries read it (public or the gemeente's own), with its source. */
export interface ValueRow {
  indicator_code: string;
  area_code: string;
  area_year: number;
  year: number;
  value: number | null;
  missing: MissingReason | null;
  source: string;
}

const INDICATOR_COLUMNS = `code, name_nl, name_en, description_nl, description_en, unit, decimals, direction, kind,
  source_publisher, source_table, source_variable, blocks, pillars`;

/** What every wijk of one gemeente shares when its series are built. */
interface GemeenteContext {
  gm: string;
  name: string;
  catalogue: Indicator[];
  /** Per indicator, per year: the indeling years in which the gemeente's wijken and buurten have figures. */
  covered: Map<string, Map<number, Set<number>>>;
  /** The gemeente's thresholds of the early-warning rule. */
  settings: EarlyWarningSettings;
}

/** A wijk with its series, as the overview and the ranking read them. */
export interface WijkWithSeries {
  wijk: Wijk;
  indicators: WijkIndicators;
}

/** Every wijk of a gemeente with its series, and what they were built from (the gemeente and its catalogue). */
export interface GemeenteSeries {
  gemeente: { code: string; name: string };
  catalogue: Indicator[];
  wijken: WijkWithSeries[];
}

const toIndicator = (r: IndicatorRow): Indicator => ({
  code: r.code,
  name: { nl: r.name_nl, en: r.name_en },
  description: { nl: r.description_nl, en: r.description_en },
  unit: r.unit,
  decimals: r.decimals,
  direction: r.direction,
  kind: r.kind,
  source: { publisher: r.source_publisher, table: r.source_table, variable: r.source_variable },
  blocks: r.blocks,
  pillars: r.pillars,
  own: r.own,
});

/** Leefbaarometer dimensions are deviations from the national mean, so the Netherlands is 0 by definition. */
export const ZERO_BY_DEFINITION = new Set(
  DEFAULT_CATALOGUE.filter((c) => c.match.leefbaarometer3 && c.match.leefbaarometer3 !== 'lbm').map((c) => c.code),
);
/** The Leefbaarometer score of the Netherlands is in its data: lbm − afw (the importer stores it as NL01). */
export const LBM_SCORE = new Set(DEFAULT_CATALOGUE.filter((c) => c.match.leefbaarometer3 === 'lbm').map((c) => c.code));

/**
 * How the wijk is doing: per indicator, the wijk's series beside its gemeente and the Netherlands. A wijk maps
 * to CBS units per indeling year; each year's figure comes from the unit of the indeling that figure belongs to,
 * never from another area. Where no unit is mapped, or the wijk is several units, the point is a gap with its reason.
 */
@Injectable()
export class IndicatorsService {
  constructor(
    private readonly db: Db,
    private readonly wijken: WijkenService,
    private readonly tenants: TenantsService,
    private readonly audit: AuditService,
  ) {}

  /** A gemeente's own indicator; its code may not repeat one of the public catalogue or of its own. */
  async create(dto: CreateIndicatorRequest): Promise<Indicator> {
    const m = this.db.manager();
    const tenantId = currentTenantId();
    const taken = await m.query<unknown[]>(
      `SELECT 1 FROM stat_indicators WHERE code = $1 UNION ALL SELECT 1 FROM tenant_indicators WHERE tenant_id = $2 AND code = $1`,
      [dto.code, tenantId],
    );
    if (taken.length) throw invalidField('code', 'duplicate', 'indicator.code_taken');
    await m.query(
      `INSERT INTO tenant_indicators (tenant_id, ${INDICATOR_COLUMNS}, version)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, 1)`,
      [
        tenantId,
        dto.code,
        dto.name.nl.trim(),
        dto.name.en.trim(),
        dto.description.nl.trim(),
        dto.description.en.trim(),
        dto.unit,
        dto.decimals,
        dto.direction,
        dto.kind,
        dto.source.publisher.trim(),
        dto.source.table.trim(),
        dto.source.variable.trim(),
        [...new Set(dto.blocks)],
        [...new Set(dto.pillars)],
      ],
    );
    const created = (await this.catalogue()).find((i) => i.code === dto.code && i.own);
    if (!created) throw new Error('indicator not stored');
    await this.audit.record({ tenantId, action: 'indicator.created', objectType: 'indicator', objectId: dto.code, after: created });
    return created;
  }

  /** The public catalogue and the gemeente's own indicators. */
  async catalogue(): Promise<Indicator[]> {
    const rows = await this.db.manager().query<IndicatorRow[]>(
      `SELECT ${INDICATOR_COLUMNS}, false AS own FROM stat_indicators
       UNION ALL
       SELECT ${INDICATOR_COLUMNS}, true AS own FROM tenant_indicators WHERE tenant_id = $1`,
      [currentTenantId()],
    );
    const order = new Map(DEFAULT_CATALOGUE.map((c, i) => [c.code, i]));
    return rows
      .map(toIndicator)
      .sort((a, b) => (order.get(a.code) ?? order.size) - (order.get(b.code) ?? order.size) || a.code.localeCompare(b.code));
  }

  async forWijk(wijkId: string): Promise<WijkIndicators> {
    const wijk = await this.wijken.get(wijkId);
    const context = await this.#gemeenteContext();
    return this.#seriesOf(wijk, context, await this.#valuesOf(this.#areasOf(wijk, context.gm)));
  }

  /** What every wijk of the gemeente shares: the gemeente, the catalogue, and the years its areas have figures. */
  async #gemeenteContext(): Promise<GemeenteContext> {
    const tenant = await this.tenants.current();
    const gm = tenant.cbsCode;
    // Years in which the gemeente's wijken and buurten have figures, per indicator and indeling year.
    const coverage = await this.db.manager().query<{ indicator_code: string; year: number; area_year: number }[]>(
      `SELECT DISTINCT indicator_code, year, area_year FROM stat_values WHERE gm_code = $1 AND area_code <> $1
       UNION SELECT DISTINCT indicator_code, year, area_year FROM tenant_indicator_values
        WHERE tenant_id = $2 AND area_code <> $1 AND substr(area_code, 3, 4) = substr($1, 3, 4)`,
      [gm, currentTenantId()],
    );
    const covered = new Map<string, Map<number, Set<number>>>();
    for (const c of coverage) {
      const years = covered.get(c.indicator_code) ?? new Map<number, Set<number>>();
      years.set(c.year, (years.get(c.year) ?? new Set<number>()).add(c.area_year));
      covered.set(c.indicator_code, years);
    }
    return { gm, name: tenant.name, catalogue: await this.catalogue(), covered, settings: await this.warningSettings() };
  }

  /** The gemeente's thresholds of the early-warning rule (tenants.settings.earlyWarning), or the defaults. */
  async warningSettings(): Promise<EarlyWarningSettings & { isDefault: boolean }> {
    const [row] = await this.db
      .manager()
      .query<
        { ew: Partial<EarlyWarningSettings> | null }[]
      >(`SELECT settings->'earlyWarning' AS ew FROM tenants WHERE id = $1`, [currentTenantId()]);
    const ew = row?.ew;
    if (!ew || typeof ew.consecutive !== 'number' || typeof ew.minStepPercent !== 'number')
      return { ...EARLY_WARNING_DEFAULTS, isDefault: true };
    return { consecutive: ew.consecutive, minStepPercent: ew.minStepPercent, isDefault: false };
  }

  /** Sets the gemeente's thresholds. */
  async setWarningSettings(settings: EarlyWarningSettings): Promise<EarlyWarningSettings & { isDefault: boolean }> {
    const tenantId = currentTenantId();
    const before = await this.warningSettings();
    await this.db
      .manager()
      .query(`UPDATE tenants SET settings = jsonb_set(settings, '{earlyWarning}', $2::jsonb) WHERE id = $1`, [
        tenantId,
        JSON.stringify({ consecutive: settings.consecutive, minStepPercent: settings.minStepPercent }),
      ]);
    const after = await this.warningSettings();
    await this.audit.record({
      tenantId,
      action: 'indicator.warning_settings_changed',
      objectType: 'tenant',
      objectId: tenantId,
      before,
      after,
    });
    return after;
  }

  /** Every wijk of the gemeente (with a plan or not) with its series; the figures of all their areas in one query. */
  async allWijken(): Promise<GemeenteSeries> {
    const context = await this.#gemeenteContext();
    const wijken = (await this.wijken.list()).items;
    const all = await this.#valuesOf(new Set(wijken.flatMap((w) => [...this.#areasOf(w, context.gm)])));
    // Per area the positions of its rows, so that each wijk takes the rows of its own areas in query order.
    const byArea = new Map<string, number[]>();
    all.forEach((v, i) => {
      const rows = byArea.get(v.area_code);
      if (rows) rows.push(i);
      else byArea.set(v.area_code, [i]);
    });
    return {
      gemeente: { code: context.gm, name: context.name },
      catalogue: context.catalogue,
      wijken: wijken.map((wijk) => {
        const positions = [...this.#areasOf(wijk, context.gm)].flatMap((a) => byArea.get(a) ?? []).sort((a, b) => a - b);
        const values = positions.flatMap((i) => all[i] ?? []);
        return { wijk, indicators: this.#seriesOf(wijk, context, values) };
      }),
    };
  }

  /** The areas a wijk's page reads: its units, its gemeente and the Netherlands. */
  #areasOf(wijk: Wijk, gm: string): Set<string> {
    return new Set([...wijk.cbsUnits.map((u) => u.code), gm, NETHERLANDS_CODE]);
  }

  /** The figures of these areas, public (first) and the gemeente's own, with their source; one query. */
  async #valuesOf(areas: Iterable<string>): Promise<ValueRow[]> {
    return this.db.manager().query<ValueRow[]>(
      `SELECT v.indicator_code, v.area_code, v.area_year, v.year, v.value, v.missing, i.source || ' (' || i.file_name || ')' AS source
         FROM stat_values v JOIN stat_imports i ON i.id = v.import_id WHERE v.area_code = ANY($1)
       UNION ALL
       SELECT v.indicator_code, v.area_code, v.area_year, v.year, v.value, v.missing, i.source || ' (' || i.file_name || ')'
         FROM tenant_indicator_values v JOIN tenant_indicator_imports i ON i.tenant_id = v.tenant_id AND i.id = v.import_id
        WHERE v.tenant_id = $2 AND v.area_code = ANY($1)`,
      [[...areas], currentTenantId()],
    );
  }

  /** The wijk's series from the figures of its areas (`values`: at least those of #areasOf, public before own). */
  #seriesOf(wijk: Wijk, { gm, name: gemeenteName, catalogue, covered, settings }: GemeenteContext, values: ValueRow[]): WijkIndicators {
    const byIndicator = new Map<string, ValueRow[]>();
    for (const v of values) {
      const rows = byIndicator.get(v.indicator_code);
      if (rows) rows.push(v);
      else byIndicator.set(v.indicator_code, [v]);
    }
    const unitsByYear = new Map<number, string[]>();
    for (const u of wijk.cbsUnits) unitsByYear.set(u.year, [...(unitsByYear.get(u.year) ?? []), u.code]);

    // The Leefbaarometer's dimensions are deviations from a national mean of 0: their threshold is a share of the
    // national mean of the total score (lbm − afw, in the data).
    const lbmNational = values.filter((v) => LBM_SCORE.has(v.indicator_code) && v.area_code === NETHERLANDS_CODE && v.value !== null);
    const scaleLevel = lbmNational.length ? lbmNational.reduce((sum, v) => sum + Number(v.value), 0) / lbmNational.length : undefined;
    const series: WijkIndicatorSeries[] = [];
    for (const indicator of catalogue) {
      const rows = byIndicator.get(indicator.code) ?? [];
      const cover = covered.get(indicator.code) ?? new Map<number, Set<number>>();
      const local = rows.filter((r) => r.area_code !== NETHERLANDS_CODE);
      if (!local.length && !cover.size) continue;
      const years = [...new Set([...cover.keys(), ...local.map((r) => r.year)])].sort((a, b) => a - b);
      const wijkPoints = years.map((year) => this.wijkPoint(year, rows, cover.get(year) ?? new Set<number>(), unitsByYear));
      const gemeentePoints = pointsOf(rows.filter((r) => r.area_code === gm));
      const { points: nlPoints, rule } = this.national(indicator.code, rows, years, wijkPoints, gemeentePoints);
      series.push({
        indicator,
        wijk: { code: null, name: wijk.name, points: wijkPoints, note: wijkPoints.some((p) => p.value !== null) ? null : 'no_data' },
        gemeente: area(gm, gemeenteName, gemeentePoints),
        nederland: area(NETHERLANDS_CODE, 'Nederland', nlPoints),
        nederlandRule: rule,
        warning: warningOf(
          indicator,
          wijkPoints,
          gemeentePoints,
          nlPoints,
          settings,
          ZERO_BY_DEFINITION.has(indicator.code) ? scaleLevel : undefined,
        ),
      });
    }
    return { wijk: { id: wijk.id, name: wijk.name }, gemeente: { code: gm, name: gemeenteName }, series };
  }

  /** Every wijk of the gemeente (with a plan or not) and the indicators whose early warning raised a signal. */
  async signals(): Promise<WijkSignals[]> {
    const out: WijkSignals[] = [];
    for (const { wijk, indicators } of (await this.allWijken()).wijken) {
      const { series } = indicators;
      const signals = series.flatMap((s) => {
        const last = s.warning.flags[s.warning.flags.length - 1];
        if (!last) return [];
        const { code, name, unit, direction } = s.indicator;
        return [{ indicator: { code, name, unit, direction }, year: last.year, kind: last.kind, current: s.warning.current }];
      });
      out.push({ wijk: { id: wijk.id, name: wijk.name }, signals });
    }
    return out;
  }

  /** The wijk's point of one year: the figure of its one unit in an indeling the year's figures use, or a gap. */
  private wijkPoint(year: number, rows: ValueRow[], coveredAreaYears: Set<number>, unitsByYear: Map<number, string[]>): IndicatorPoint {
    const own = rows.filter((r) => r.year === year && /^(WK|BU)/.test(r.area_code));
    const areaYears = [...new Set([...coveredAreaYears, ...own.map((r) => r.area_year)])].sort((a, b) => b - a);
    const gap = (reason: GapReason, areaCode: string | null = null, areaYear: number | null = null): IndicatorPoint => ({
      year,
      value: null,
      gap: reason,
      areaCode,
      areaYear,
      source: null,
    });
    const mapped = areaYears.find((ay) => unitsByYear.has(ay));
    if (mapped === undefined) return gap('no_mapping');
    const units = unitsByYear.get(mapped) ?? [];
    if (units.length !== 1) return gap('several_areas', null, mapped);
    const code = units[0] ?? '';
    const row = own.find((r) => r.area_code === code && r.area_year === mapped);
    if (!row) return gap('not_published', code, mapped);
    return pointOf(row);
  }

  private national(
    code: string,
    rows: ValueRow[],
    years: number[],
    wijk: IndicatorPoint[],
    gemeente: IndicatorPoint[],
  ): { points: IndicatorPoint[]; rule: WijkIndicatorSeries['nederlandRule'] } {
    const published = pointsOf(rows.filter((r) => r.area_code === NETHERLANDS_CODE));
    if (published.length) return { points: published, rule: LBM_SCORE.has(code) ? 'lbm_minus_deviation' : 'published' };
    if (ZERO_BY_DEFINITION.has(code)) {
      const measured = new Set([...wijk, ...gemeente].filter((p) => p.value !== null).map((p) => p.year));
      const points = years
        .filter((y) => measured.has(y))
        .map((year) => ({
          year,
          value: 0,
          gap: null,
          areaCode: NETHERLANDS_CODE,
          areaYear: null,
          source: 'Leefbaarometer: landelijk gemiddelde = 0',
        }));
      return { points, rule: 'zero_by_definition' };
    }
    return { points: [], rule: null };
  }
}

function warningOf(
  indicator: Indicator,
  wijk: IndicatorPoint[],
  gemeente: IndicatorPoint[],
  nederland: IndicatorPoint[],
  settings: EarlyWarningSettings,
  scaleLevel: number | undefined,
): WijkIndicatorSeries['warning'] {
  const valueIn = (points: IndicatorPoint[], year: number) => points.find((p) => p.year === year)?.value ?? null;
  const measurements = wijk.map((p) => ({
    year: p.year,
    wijk: p.value,
    gemeente: valueIn(gemeente, p.year),
    nederland: valueIn(nederland, p.year),
  }));
  return { ...earlyWarning(measurements, indicator.direction, indicator.unit, settings, scaleLevel), ...settings };
}

function pointOf(r: ValueRow): IndicatorPoint {
  return {
    year: r.year,
    value: r.value === null ? null : Number(r.value),
    gap: r.missing,
    areaCode: r.area_code,
    areaYear: r.area_year,
    source: r.source,
  };
}

/** One point per year (the latest indeling when an area has figures in two). */
export function pointsOf(rows: ValueRow[]): IndicatorPoint[] {
  const byYear = new Map<number, ValueRow>();
  for (const r of rows) {
    const seen = byYear.get(r.year);
    if (!seen || r.area_year > seen.area_year) byYear.set(r.year, r);
  }
  return [...byYear.values()].sort((a, b) => a.year - b.year).map(pointOf);
}

function area(code: string, name: string, points: IndicatorPoint[]): AreaSeries {
  return { code, name, points, note: points.some((p) => p.value !== null) ? null : 'no_data' };
}
