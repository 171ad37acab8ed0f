import type { BlockCode, BuildingBlock, Localised, Pillar, PillarCode } from './building-blocks';

/**
 * Indicators: how a wijk itself is doing (livability, income, housing, health), per area and year,
 * beside its gemeente and the Netherlands. Codes are stable; the default catalogue is public reference
 * data, a gemeente may add its own indicators (for example from its own resident survey).
 */
export const INDICATOR_DIRECTIONS = ['higher_better', 'lower_better', 'neutral'] as const;
export type IndicatorDirection = (typeof INDICATOR_DIRECTIONS)[number];

/** Objective: a registration (CBS, Leefbaarometer model). Experienced: from a survey of residents. */
export const INDICATOR_KINDS = ['objective', 'experienced'] as const;
export type IndicatorKind = (typeof INDICATOR_KINDS)[number];

export const INDICATOR_UNITS = ['score', 'deviation', 'class', 'percent', 'count', 'thousand_euro', 'index', 'per_1000'] as const;
export type IndicatorUnit = (typeof INDICATOR_UNITS)[number];

/** Levels of the CBS area codes: Nederland (NL01), gemeente (GM), wijk (WK), buurt (BU). */
export const AREA_LEVELS = ['land', 'gemeente', 'wijk', 'buurt'] as const;
export type AreaLevel = (typeof AREA_LEVELS)[number];

/** The CBS code of the Netherlands as a whole. */
export const NETHERLANDS_CODE = 'NL01';

/**
 * Why a value is missing. `secret`: CBS keeps it secret (small numbers, `-99999999` / `-99997`);
 * `unknown`: CBS writes `.` (unknown or secret); `not_published`: the cell is empty in this edition;
 * `not_measured`: the source did not measure it that year (Leefbaarometer `NA`).
 */
export const MISSING_REASONS = ['secret', 'unknown', 'not_published', 'not_measured'] as const;
export type MissingReason = (typeof MISSING_REASONS)[number];

/** Why a point of a wijk's series has no value although the source has figures for that year. */
export const GAP_REASONS = [...MISSING_REASONS, 'no_mapping', 'several_areas'] as const;
export type GapReason = (typeof GAP_REASONS)[number];

export interface IndicatorSource {
  publisher: string;
  /** Table or dataset, e.g. "Kerncijfers wijken en buurten (85984NED)". */
  table: string;
  /** Variable or column, e.g. "HuishoudensMetEenLaagInkomen". */
  variable: string;
}

export interface IndicatorDefinition {
  code: string;
  name: Localised;
  description: Localised;
  unit: IndicatorUnit;
  decimals: number;
  direction: IndicatorDirection;
  kind: IndicatorKind;
  source: IndicatorSource;
  blocks: BlockCode[];
  pillars: PillarCode[];
}

export interface Indicator extends IndicatorDefinition {
  /** False for the public catalogue, true for an indicator the gemeente added itself. */
  own: boolean;
}

/** The layouts the importer reads. */
export const IMPORT_LAYOUTS = ['cbs-kwb', 'leefbaarometer-3', 'leefbaarometer-2', 'rivm-wijk', 'wijkprofiel-rotterdam', 'long'] as const;
export type ImportLayout = (typeof IMPORT_LAYOUTS)[number];

export interface ImportRequest {
  layout: ImportLayout;
  /** File name, kept with every value as where it came from. */
  fileName: string;
  /** The file's text (CSV, `,` or `;`, with or without BOM). */
  content: string;
  /** Year of the edition (CBS Kerncijfers) when the file does not say it. */
  year?: number;
  /** Year of the CBS area indeling the codes belong to, when the file does not say it. */
  areaYear?: number;
  /** Publisher and table, kept with every value. */
  source?: string;
}

export interface ImportRefusal {
  /** Line in the file (1-based). */
  line: number;
  field: string;
  code: string;
  reason: string;
}

export interface ImportPreview {
  layout: ImportLayout;
  fileName: string;
  rows: number;
  new: number;
  changed: number;
  unchanged: number;
  refused: ImportRefusal[];
  /** Indicators the file has figures for. */
  indicators: string[];
  years: number[];
  /** A few changed values, to check before writing. */
  examples: { areaCode: string; indicator: string; year: number; before: number | null; after: number | null }[];
}

export interface ImportResult extends ImportPreview {
  importId: string | null;
}

export interface IndicatorPoint {
  year: number;
  value: number | null;
  /** Why there is no value (null when there is one). */
  gap: GapReason | null;
  /** The CBS code and indeling year the value belongs to. */
  areaCode: string | null;
  areaYear: number | null;
  /** Where the figure came from (file and publisher). */
  source: string | null;
}

export interface AreaSeries {
  /** CBS code (gemeente, NL01) or null for the wijk, whose codes differ per year (see the points). */
  code: string | null;
  name: string;
  points: IndicatorPoint[];
  /** Why the whole series is empty, in one code, e.g. `no_data` (the data holds no figure for this area). */
  note: 'no_data' | null;
}

export interface WijkIndicatorSeries {
  indicator: Indicator;
  wijk: AreaSeries;
  gemeente: AreaSeries;
  nederland: AreaSeries;
  /** How the Netherlands value was obtained when it is not a published figure of its own. */
  nederlandRule: 'published' | 'lbm_minus_deviation' | 'zero_by_definition' | null;
  /** The early-warning rule applied to this series (see the rule in @wk/util early-warning). */
  warning: IndicatorWarning;
}

export interface IndicatorWarningStep {
  from: number;
  to: number;
  gapBefore: number;
  gapAfter: number;
  change: number;
  reference: 'gemeente' | 'nederland';
}

export interface IndicatorWarning {
  /** Measurements that raised the signal, each with the steps that triggered it. */
  flags: { year: number; kind: 'gap_widened' | 'class_fell'; steps: IndicatorWarningStep[] }[];
  /** The signal stands at the wijk's latest measurement. */
  current: boolean;
  /** The thresholds the rule used. */
  consecutive: number;
  minStepPercent: number;
}

/** `GET /indicators/signals`: every wijk of the gemeente with the indicators whose early warning stands. */
export interface WijkSignals {
  wijk: { id: string; name: string };
  signals: {
    indicator: Pick<Indicator, 'code' | 'name' | 'unit' | 'direction'>;
    year: number;
    kind: 'gap_widened' | 'class_fell';
    current: boolean;
  }[];
}

export interface WijkIndicators {
  wijk: { id: string; name: string };
  gemeente: { code: string; name: string };
  series: WijkIndicatorSeries[];
}

/** `GET /building-blocks`: the reference data with the default indicators that inform each block and pillar. */
export interface BuildingBlocksReference {
  blocks: (BuildingBlock & { indicators: string[] })[];
  pillars: (Pillar & { indicators: string[] })[];
}

/** A gemeente's own indicator (for example from its resident survey). The code is its stable key. */
export type CreateIndicatorRequest = IndicatorDefinition;

/** A gemeente's own indicator code: lower case letters, digits and `_`, starting with a letter. */
export const INDICATOR_CODE_PATTERN = /^[a-z][a-z0-9_]{1,59}$/;

/** How a wijk's latest figure stands against its city (or, without a city figure, the Netherlands). */
export const COMPARISON_CLASSES = ['much_worse', 'worse', 'similar', 'better', 'much_better'] as const;
export type ComparisonClass = (typeof COMPARISON_CLASSES)[number];

/** One cell of the overview: the wijk's latest figure of one indicator against its reference in the same year. */
export interface OverviewCell {
  year: number;
  value: number;
  /** The reference figure of the same year, and which area it is (null when the data has neither). */
  reference: number | null;
  referenceArea: 'gemeente' | 'nederland' | null;
  /** null: no reference, or an indicator without a better direction. */
  comparison: ComparisonClass | null;
  /** The early-warning signal stands at this measurement. */
  signal: boolean;
}

/** `GET /indicators/overview`: every wijk of the gemeente × the indicators that have figures for its wijken. */
export interface IndicatorOverview {
  gemeente: { code: string; name: string };
  indicators: Indicator[];
  wijken: {
    wijk: { id: string; name: string };
    /** The wijk's CBS code of the 2024 indeling when it is exactly one wijk of that year (for the map), else null. */
    mapCode: string | null;
    /** Per indicator code: the latest figure, or null when the wijk has none. */
    cells: Record<string, OverviewCell | null>;
    /** Indicators whose early-warning signal stands at the latest measurement. */
    signals: number;
  }[];
}

/** `GET /indicators/:code/ranking?since=`: every wijk of the gemeente on one indicator, best first. */
export interface IndicatorRanking {
  indicator: Indicator;
  gemeente: { code: string; name: string; latest: { year: number; value: number } | null };
  /** The year the change is measured from (the chosen year, or the first year with figures). */
  since: number | null;
  /** Years with figures for at least one wijk: the choices for `since`. */
  years: number[];
  items: {
    rank: number | null;
    wijk: { id: string; name: string };
    latest: { year: number; value: number } | null;
    before: { year: number; value: number } | null;
    /** latest − before (null when either is missing). */
    change: number | null;
    comparison: ComparisonClass | null;
  }[];
}

/** The gemeente's thresholds of the early-warning rule (see @wk/util early-warning). */
export interface EarlyWarningThresholds {
  /** Successive worsening measurements needed (1–5). */
  consecutive: number;
  /** Minimum worsening per step, as a percentage of the reference level (0–25). */
  minStepPercent: number;
  /** Whether these are the defaults (the gemeente set nothing). */
  isDefault?: boolean;
}
export const EARLY_WARNING_CONSECUTIVE = { min: 1, max: 5 } as const;
export const EARLY_WARNING_MIN_STEP_PERCENT = { min: 0, max: 25 } as const;

/** A public CBS area (any gemeente) found by name, to compare a wijk with wijken elsewhere. */
export interface PublicArea {
  code: string;
  year: number;
  name: string;
  gemeente: { code: string; name: string | null };
}

/** `GET /indicators/areas/:code`: public figures of one CBS area (wijk or buurt of any gemeente). */
export interface PublicAreaIndicators {
  area: PublicArea;
  series: { indicatorCode: string; points: IndicatorPoint[] }[];
}

/** `GET /indicators/boundaries`: the 2024 wijk boundaries of the gemeente (GeoJSON, WGS84), when the product has them. */
export interface WijkBoundaries {
  type: 'FeatureCollection';
  features: {
    type: 'Feature';
    properties: { code: string; name: string };
    geometry: { type: 'Polygon' | 'MultiPolygon'; coordinates: unknown };
  }[];
}

/** A measured or planned value of an indicator in a year. */
export interface YearValue {
  year: number;
  value: number;
}

/** Default margin for "on course": a share of the planned change (target − baseline). */
export const TARGET_TOLERANCE_DEFAULT = 10;
export const TARGET_TOLERANCE_MAX = 100;
export const TARGET_INTERMEDIATE_MAX = 10;

export const TARGET_STATUSES = ['on_course', 'off_course', 'target_reached', 'no_new_measurement'] as const;
export type TargetStatus = (typeof TARGET_STATUSES)[number];

/** An effect indicator of a goal: baseline, target and intermediate targets, for one wijk of the plan. */
export interface IndicatorTarget {
  id: string;
  planId: string;
  goalId: string;
  /** Stable across revisions (the goal's key). */
  goalKey: string;
  wijk: { id: string; name: string };
  indicator: Pick<Indicator, 'code' | 'name' | 'unit' | 'decimals' | 'direction' | 'kind' | 'own'>;
  baseline: YearValue;
  target: YearValue;
  intermediate: YearValue[];
  /** The margin in % of the planned change (target − baseline). */
  tolerancePercent: number;
  /** The wijk's latest figure after the baseline year, or null. */
  latest: YearValue | null;
  /** The value the straight path (through the intermediate targets) expects in the latest figure's year. */
  expected: number | null;
  status: TargetStatus;
  version: number;
}

export interface CreateIndicatorTargetRequest {
  indicatorCode: string;
  /** One of the plan's wijken; the plan's first wijk when left out. */
  wijkId?: string;
  baseline: YearValue;
  target: YearValue;
  intermediate?: YearValue[];
  tolerancePercent?: number;
}

export interface UpdateIndicatorTargetRequest extends Partial<CreateIndicatorTargetRequest> {
  version: number;
}
