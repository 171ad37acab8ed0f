import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { ImportPreview, ImportRequest, ImportResult, Indicator, Page, WijkIndicators, WijkSignals } from '@wk/contracts';
import { API_BASE } from '@wk/web/core';
import type { Observable } from 'rxjs';

/** How the wijken are doing: indicators per wijk against the gemeente and the Netherlands, and early warnings. */
@Injectable({ providedIn: 'root' })
export class IndicatorsApi {
  readonly #http = inject(HttpClient);

  catalogue(): Observable<Page<Indicator>> {
    return this.#http.get<Page<Indicator>>(`${API_BASE}/indicators`);
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
}
