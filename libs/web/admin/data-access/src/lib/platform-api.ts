import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  AddTenantAdminRequest,
  CreatedTenant,
  CreateTenantRequest,
  Page,
  PlatformUpdateTenantRequest,
  TemporaryPassword,
  Tenant,
  TenantAdmin,
} from '@wk/contracts';
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

  createTenant(request: CreateTenantRequest): Observable<CreatedTenant> {
    return this.#http.post<CreatedTenant>(URL, request);
  }

  getTenant(id: string): Observable<Tenant> {
    return this.#http.get<Tenant>(`${URL}/${encodeURIComponent(id)}`);
  }

  updateTenant(id: string, request: PlatformUpdateTenantRequest): Observable<Tenant> {
    return this.#http.patch<Tenant>(`${URL}/${encodeURIComponent(id)}`, request);
  }

  listAdmins(id: string): Observable<TenantAdmin[]> {
    return this.#http.get<TenantAdmin[]>(`${URL}/${encodeURIComponent(id)}/admins`);
  }

  addAdmin(id: string, request: AddTenantAdminRequest): Observable<TenantAdmin> {
    return this.#http.post<TenantAdmin>(`${URL}/${encodeURIComponent(id)}/admins`, request);
  }

  resetAdmin(id: string, userId: string): Observable<TemporaryPassword> {
    return this.#http.post<TemporaryPassword>(
      `${URL}/${encodeURIComponent(id)}/admins/${encodeURIComponent(userId)}/temporary-password`,
      null,
    );
  }
}
