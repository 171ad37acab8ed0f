import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Tenant, UpdateTenantRequest } from '@wk/contracts';
import { API_BASE } from '@wk/web/core';
import type { Observable } from 'rxjs';

const URL = `${API_BASE}/tenant`;

/** The signed-in user's own gemeente. */
@Injectable({ providedIn: 'root' })
export class TenantApi {
  readonly #http = inject(HttpClient);

  get(): Observable<Tenant> {
    return this.#http.get<Tenant>(URL);
  }

  update(request: UpdateTenantRequest): Observable<Tenant> {
    return this.#http.patch<Tenant>(URL, request);
  }
}
