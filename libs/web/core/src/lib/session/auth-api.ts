import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { ChangePasswordRequest, LoginRequest, SessionInfo, SwitchTenantRequest } from '@wk/contracts';
import type { Observable } from 'rxjs';
import { API_BASE } from '../api';

export const AUTH_URLS = {
  login: `${API_BASE}/auth/login`,
  logout: `${API_BASE}/auth/logout`,
  session: `${API_BASE}/auth/session`,
  password: `${API_BASE}/auth/password`,
  switch: `${API_BASE}/auth/switch`,
} as const;

/** The session endpoints; only {@link SessionStore} should call these. */
@Injectable({ providedIn: 'root' })
export class AuthApi {
  readonly #http = inject(HttpClient);

  session(): Observable<SessionInfo> {
    return this.#http.get<SessionInfo>(AUTH_URLS.session);
  }

  login(request: LoginRequest): Observable<SessionInfo> {
    return this.#http.post<SessionInfo>(AUTH_URLS.login, request);
  }

  logout(): Observable<void> {
    return this.#http.post<void>(AUTH_URLS.logout, null);
  }

  changePassword(request: ChangePasswordRequest): Observable<void> {
    return this.#http.post<void>(AUTH_URLS.password, request);
  }

  switchTenant(request: SwitchTenantRequest): Observable<SessionInfo> {
    return this.#http.post<SessionInfo>(AUTH_URLS.switch, request);
  }
}
