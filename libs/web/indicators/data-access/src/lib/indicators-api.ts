import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  CreateIndicatorRequest,
  EarlyWarningThresholds,
  ImportPreview,
  ImportRequest,
  ImportResult,
  Indicator,
  IndicatorOverview,
  IndicatorRanking,
  IndicatorTarget,
  Page,
  PublicArea,
  PublicAreaIndicators,
  WijkBoundaries,
  WijkIndicators,
  WijkSignals,
} from '@wk/contracts';
import { API_BASE } from '@wk/web/core';
import type { Observable } from 'rxjs';

/** How the wijken are doing: indicators per wijk against the gemeente and the Netherlands, and early warnings. */
@Injectable({ providedIn: 'root' })
export class IndicatorsApi {
  readonly #http = inject(HttpClient);

  catalogue(): Observable<Page<Indicator>> {
    return this.#http.get<Page<Indicator>>(`${API_BASE}/indicators`);
  }

  /** The gemeente's own indicator (for example from its resident survey). */
  createIndicator(request: CreateIndicatorRequest): Observable<Indicator> {
    return this.#http.post<Indicator>(`${API_BASE}/indicators`, request);
  }

  /** The effect indicators the wijk's adopted plans set (baseline, target, status). */
  targetsForWijk(wijkId: string): Observable<Page<IndicatorTarget>> {
    return this.#http.get<Page<IndicatorTarget>>(`${API_BASE}/wijken/${encodeURIComponent(wijkId)}/indicator-targets`);
  }

  forWijk(wijkId: string): Observable<WijkIndicators> {
    return this.#http.get<WijkIndicators>(`${API_BASE}/wijken/${encodeURIComponent(wijkId)}/indicators`);
  }

  /** What an import would do (nothing is written). `public`: the operator's public statistics; `own`: the gemeente's figures. */
  previewImport(scope: 'public' | 'own', request: ImportRequest): Observable<ImportPreview> {
    return this.#http.post<ImportPreview>(`${API_BASE}/${scope === 'public' ? 'platform/' : ''}indicator-imports/preview`, request);
  }

  /** Imports all rows or none (a refused row gives 400 naming every refused row). */
  importFile(scope: 'public' | 'own', request: ImportRequest): Observable<ImportResult> {
    return this.#http.post<ImportResult>(`${API_BASE}/${scope === 'public' ? 'platform/' : ''}indicator-imports`, request);
  }

  signals(): Observable<Page<WijkSignals>> {
    return this.#http.get<Page<WijkSignals>>(`${API_BASE}/indicators/signals`);
  }

  /** Every wijk × the indicators with figures: the latest figure against the city. */
  overview(): Observable<IndicatorOverview> {
    return this.#http.get<IndicatorOverview>(`${API_BASE}/indicators/overview`);
  }

  /** The gemeente's wijken on one indicator, best first, with the change since `since`. */
  ranking(indicator: string, since: number | null): Observable<IndicatorRanking> {
    const params: Record<string, string> = { indicator };
    if (since !== null) params['since'] = String(since);
    return this.#http.get<IndicatorRanking>(`${API_BASE}/indicators/ranking`, { params });
  }

  /** The 2024 wijk boundaries of the gemeente (empty when the product has none). */
  boundaries(): Observable<WijkBoundaries> {
    return this.#http.get<WijkBoundaries>(`${API_BASE}/indicators/boundaries`);
  }

  warningSettings(): Observable<EarlyWarningThresholds> {
    return this.#http.get<EarlyWarningThresholds>(`${API_BASE}/indicators/early-warning`);
  }

  setWarningSettings(settings: Pick<EarlyWarningThresholds, 'consecutive' | 'minStepPercent'>): Observable<EarlyWarningThresholds> {
    return this.#http.put<EarlyWarningThresholds>(`${API_BASE}/indicators/early-warning`, settings);
  }

  /** CBS wijken of any gemeente with public figures, by name. */
  searchAreas(q: string): Observable<Page<PublicArea>> {
    return this.#http.get<Page<PublicArea>>(`${API_BASE}/indicators/areas`, { params: { q } });
  }

  /** The public figures of one CBS wijk of any gemeente. */
  areaFigures(code: string): Observable<PublicAreaIndicators> {
    return this.#http.get<PublicAreaIndicators>(`${API_BASE}/indicators/area-figures`, { params: { code } });
  }
}
