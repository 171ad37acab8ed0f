import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  CbsUnitMatch,
  CreateWijkRequest,
  ImportWijkenRequest,
  ImportWijkenResult,
  Page,
  UpdateWijkRequest,
  Wijk,
} from '@wk/contracts';
import { API_BASE } from '@wk/web/core';
import type { Observable } from 'rxjs';

const URL = `${API_BASE}/wijken`;

@Injectable({ providedIn: 'root' })
export class WijkenApi {
  readonly #http = inject(HttpClient);

  /** CBS wijken and buurten of the gemeente whose name or code contains `query` (at most 20). */
  searchCbs(query: string): Observable<Page<CbsUnitMatch>> {
    return this.#http.get<Page<CbsUnitMatch>>(`${URL}/cbs-units`, { params: { q: query } });
  }

  list(): Observable<Page<Wijk>> {
    return this.#http.get<Page<Wijk>>(URL);
  }

  get(id: string): Observable<Wijk> {
    return this.#http.get<Wijk>(`${URL}/${encodeURIComponent(id)}`);
  }

  create(request: CreateWijkRequest): Observable<Wijk> {
    return this.#http.post<Wijk>(URL, request);
  }

  update(id: string, request: UpdateWijkRequest): Observable<Wijk> {
    return this.#http.patch<Wijk>(`${URL}/${encodeURIComponent(id)}`, request);
  }

  delete(id: string, version: number): Observable<void> {
    return this.#http.delete<void>(`${URL}/${encodeURIComponent(id)}`, { params: { version } });
  }

  /** All rows or none; a 400 names every bad cell as `rows.<line>.<column>` or `header.<column>`. */
  import(request: ImportWijkenRequest): Observable<ImportWijkenResult> {
    return this.#http.post<ImportWijkenResult>(`${URL}/import`, request);
  }
}
