import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { CreateTenantRequest, Page, Tenant } from '@wk/contracts';
import { API_BASE } from '@wk/web/core';
import type { Observable } from 'rxjs';

const URL = `${API_BASE}/platform/tenants`;

/** Platform operator only: the gemeenten on this installation. */
@Injectable({ providedIn: 'root' })
export class PlatformApi {
  readonly #http = inject(HttpClient);

  listTenants(): Observable<Page<Tenant>> {
    return this.#http.get<Page<Tenant>>(URL);
  }

  createTenant(request: CreateTenantRequest): Observable<Tenant> {
    return this.#http.post<Tenant>(URL, request);
  }
}
