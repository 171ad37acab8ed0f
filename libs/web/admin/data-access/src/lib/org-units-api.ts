import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { CreateOrgUnitRequest, OrgUnit, Page, UpdateOrgUnitRequest } from '@wk/contracts';
import { API_BASE } from '@wk/web/core';
import type { Observable } from 'rxjs';

const URL = `${API_BASE}/org-units`;

@Injectable({ providedIn: 'root' })
export class OrgUnitsApi {
  readonly #http = inject(HttpClient);

  list(): Observable<Page<OrgUnit>> {
    return this.#http.get<Page<OrgUnit>>(URL);
  }

  get(id: string): Observable<OrgUnit> {
    return this.#http.get<OrgUnit>(`${URL}/${encodeURIComponent(id)}`);
  }

  create(request: CreateOrgUnitRequest): Observable<OrgUnit> {
    return this.#http.post<OrgUnit>(URL, request);
  }

  update(id: string, request: UpdateOrgUnitRequest): Observable<OrgUnit> {
    return this.#http.patch<OrgUnit>(`${URL}/${encodeURIComponent(id)}`, request);
  }

  /** The version guards against deleting something another admin just changed. */
  delete(id: string, version: number): Observable<void> {
    return this.#http.delete<void>(`${URL}/${encodeURIComponent(id)}`, { params: { version } });
  }
}
