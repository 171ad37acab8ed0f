import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Indicator, Page, WijkIndicators, WijkSignals } from '@wk/contracts';
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

  signals(): Observable<Page<WijkSignals>> {
    return this.#http.get<Page<WijkSignals>>(`${API_BASE}/indicators/signals`);
  }
}
