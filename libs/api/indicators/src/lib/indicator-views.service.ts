import { Inject, Injectable } from '@nestjs/common';
import {
  type IndicatorOverview,
  type IndicatorPoint,
  type IndicatorRanking,
  type OverviewCell,
  type PublicArea,
  type PublicAreaIndicators,
  type WijkBoundaries,
  type WijkIndicatorSeries,
  type Wijk,
} from '@wk/contracts';
import { Db, notFound } from '@wk/api/core';
import { comparisonClass, parseCbsCode } from '@wk/util';
import { IndicatorsService, LBM_SCORE, pointsOf, ZERO_BY_DEFINITION, type ValueRow, type WijkWithSeries } from './indicators.service';

/** The 2024 wijk boundaries the product ships (data/cbs), provided by the app. */
export interface BoundarySource {
  /** The wijk boundaries of one gemeente (GM code), or null when the product has none for it. */
  forGemeente(gmCode: string): WijkBoundaries | null;
}
export const BOUNDARY_SOURCE = Symbol('BOUNDARY_SOURCE');

/** The GM code of the gemeente a (well-formed) wijk or buurt code lies in. */
const gemeenteOf = (code: string): string => parseCbsCode(code)?.gemeenteCode ?? '';

/** The indeling year of the boundaries (the map colours a wijk by its unit of this year). */
export const MAP_YEAR = 2024;

type Measured = { year: number; value: number };

const measured = (points: readonly IndicatorPoint[]): Measured[] =>
  points.flatMap((p) => (p.value === null ? [] : [{ year: p.year, value: p.value }])).sort((a, b) => a.year - b.year);

const valueIn = (points: readonly IndicatorPoint[], year: number): number | null => points.find((p) => p.year === year)?.value ?? null;

/** The national mean of the Leefbaarometer score (the scale of its dimensions), from any wijk's series. */
function scaleLevelOf(all: WijkWithSeries[]): number | undefined {
  for (const { indicators } of all) {
    const lbm = indicators.series.find((s) => LBM_SCORE.has(s.indicator.code));
    const values = measured(lbm?.nederland.points ?? []);
    if (values.length) return values.reduce((sum, v) => sum + v.value, 0) / values.length;
  }
  return undefined;
}

/** The wijk's latest figure against its city (or the Netherlands) in the same year. */
function latestAgainstReference(s: WijkIndicatorSeries, scaleLevel: number | undefined): OverviewCell | null {
  const latest = measured(s.wijk.points).at(-1);
  if (!latest) return null;
  const city = valueIn(s.gemeente.points, latest.year);
  const nl = valueIn(s.nederland.points, latest.year);
  const reference = city ?? nl;
  const scale = ZERO_BY_DEFINITION.has(s.indicator.code) ? scaleLevel : undefined;
  const lastFlag = s.warning.flags.at(-1);
  return {
    year: latest.year,
    value: latest.value,
    reference,
    referenceArea: city !== null ? 'gemeente' : nl !== null ? 'nederland' : null,
    comparison: reference === null ? null : comparisonClass(latest.value, reference, s.indicator.direction, s.indicator.unit, scale),
    signal: s.warning.current && lastFlag?.year === latest.year,
  };
}

/** The wijk's one CBS wijk code of the map's indeling year, or null. */
function mapCodeOf(wijk: Wijk): string | null {
  const units = wijk.cbsUnits.filter((u) => u.year === MAP_YEAR && u.code.startsWith('WK'));
  return units.length === 1 && wijk.cbsUnits.filter((u) => u.year === MAP_YEAR).length === 1 ? (units[0]?.code ?? null) : null;
}

/**
 * Views over all the gemeente's wijken: the overview (wijken × indicators, latest figure against the city), the
 * ranking of the wijken on one indicator, the map's boundaries, and public figures of wijken elsewhere to compare.
 */
@Injectable()
export class IndicatorViewsService {
  constructor(
    private readonly db: Db,
    private readonly indicators: IndicatorsService,
    @Inject(BOUNDARY_SOURCE) private readonly boundarySource: BoundarySource,
  ) {}

  async overview(): Promise<IndicatorOverview> {
    const { gemeente, catalogue, wijken: all } = await this.indicators.allWijken();
    const scaleLevel = scaleLevelOf(all);
    const used = new Set<string>();
    const wijken = all.map(({ wijk, indicators }) => {
      const cells: Record<string, OverviewCell | null> = {};
      for (const s of indicators.series) {
        const cell = latestAgainstReference(s, scaleLevel);
        cells[s.indicator.code] = cell;
        if (cell) used.add(s.indicator.code);
      }
      const signals = indicators.series.filter((s) => s.warning.current).length;
      return { wijk: { id: wijk.id, name: wijk.name }, mapCode: mapCodeOf(wijk), cells, signals };
    });
    return {
      gemeente,
      indicators: catalogue.filter((i) => used.has(i.code)),
      wijken: wijken.map((w) => ({ ...w, cells: Object.fromEntries([...used].map((code) => [code, w.cells[code] ?? null])) })),
    };
  }

  /** All the gemeente's wijken on one indicator, best first, with the change since `since` (default: the first year). */
  async ranking(code: string, since: number | undefined): Promise<IndicatorRanking> {
    const { gemeente, catalogue, wijken: all } = await this.indicators.allWijken();
    // The public catalogue and the gemeente's own indicators: another gemeente's own code is not found.
    const indicator = catalogue.find((i) => i.code === code);
    if (!indicator) throw notFound('indicator');
    const scaleLevel = scaleLevelOf(all);
    const rows = all.map(({ wijk, indicators }) => ({ wijk, series: indicators.series.find((s) => s.indicator.code === code) ?? null }));
    const years = [...new Set(rows.flatMap((r) => measured(r.series?.wijk.points ?? []).map((p) => p.year)))].sort((a, b) => a - b);
    const from = since ?? years[0] ?? null;
    const gemeentePoints = rows.find((r) => r.series)?.series?.gemeente.points ?? [];
    const sign = indicator.direction === 'lower_better' ? -1 : 1;
    const items = rows
      .map(({ wijk, series }) => {
        const points = measured(series?.wijk.points ?? []);
        const latest = points.at(-1) ?? null;
        const before = from === null ? null : (points.find((p) => p.year === from) ?? null);
        const cell = series ? latestAgainstReference(series, scaleLevel) : null;
        return {
          wijk: { id: wijk.id, name: wijk.name },
          latest,
          before: before && latest && before.year < latest.year ? before : null,
          comparison: cell?.comparison ?? null,
        };
      })
      .map((r) => ({ ...r, change: r.latest && r.before ? r.latest.value - r.before.value : null }))
      .sort(
        (a, b) =>
          Number(!a.latest) - Number(!b.latest) ||
          (a.latest && b.latest ? sign * (b.latest.value - a.latest.value) : 0) ||
          a.wijk.name.localeCompare(b.wijk.name, 'nl'),
      );
    let rank = 0;
    return {
      indicator,
      gemeente: { ...gemeente, latest: measured(gemeentePoints).at(-1) ?? null },
      since: from,
      years,
      items: items.map((r) => ({ ...r, rank: r.latest ? ++rank : null })),
    };
  }

  boundaries(gmCode: string): WijkBoundaries {
    return this.boundarySource.forGemeente(gmCode) ?? { type: 'FeatureCollection', features: [] };
  }

  /** Public CBS wijken (of any gemeente) whose name or code contains `q`, for comparison. */
  async searchAreas(q: string): Promise<PublicArea[]> {
    const term = q.trim().toLowerCase();
    const rows = await this.db.manager().query<{ code: string; year: number; name: string; gm_name: string | null }[]>(
      `SELECT DISTINCT ON (a.code) a.code, a.year, a.name,
              (SELECT g.name FROM stat_areas g WHERE g.code = 'GM' || substr(a.code, 3, 4) ORDER BY g.year DESC LIMIT 1) AS gm_name
         FROM stat_areas a
        WHERE a.code LIKE 'WK%' AND (lower(a.name) LIKE '%' || $1 || '%' OR lower(a.code) = $1)
          AND EXISTS (SELECT 1 FROM stat_values v WHERE v.area_code = a.code)
        ORDER BY a.code, a.year DESC
        LIMIT 25`,
      [term.replace(/[\\%_]/g, (c) => `\\${c}`)],
    );
    return rows.map((r) => ({
      code: r.code,
      year: r.year,
      name: r.name,
      gemeente: { code: gemeenteOf(r.code), name: r.gm_name },
    }));
  }

  /** The public figures of one CBS area (any gemeente): public data, so this crosses no tenant. */
  async publicArea(code: string): Promise<PublicAreaIndicators> {
    const values = await this.db.manager().query<ValueRow[]>(
      `SELECT v.indicator_code, v.area_code, v.area_year, v.year, v.value, v.missing, i.source || ' (' || i.file_name || ')' AS source
         FROM stat_values v JOIN stat_imports i ON i.id = v.import_id WHERE v.area_code = $1`,
      [code],
    );
    if (!values.length) throw notFound('area');
    const byIndicator = new Map<string, ValueRow[]>();
    for (const v of values) byIndicator.set(v.indicator_code, [...(byIndicator.get(v.indicator_code) ?? []), v]);
    const area = await this.#latestName(code);
    const gemeente = gemeenteOf(code);
    return {
      area: {
        code,
        year: area?.year ?? Math.max(...values.map((v) => v.area_year)),
        name: area?.name ?? code,
        gemeente: { code: gemeente, name: (await this.#latestName(gemeente))?.name ?? null },
      },
      // One point per year: the latest indeling when the code has figures in two.
      series: [...byIndicator].map(([indicatorCode, rows]) => ({ indicatorCode, points: pointsOf(rows) })),
    };
  }

  /** The name of a CBS area in the latest indeling the public statistics know it in. */
  async #latestName(code: string): Promise<{ year: number; name: string } | undefined> {
    const [row] = await this.db
      .manager()
      .query<{ year: number; name: string }[]>(`SELECT year, name FROM stat_areas WHERE code = $1 ORDER BY year DESC LIMIT 1`, [code]);
    return row;
  }
}
