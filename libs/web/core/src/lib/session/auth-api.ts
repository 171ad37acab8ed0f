import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  ActiveSession,
  ChangePasswordRequest,
  LoginRequest,
  LogoutAnswer,
  SessionInfo,
  SsoGemeente,
  SwitchTenantRequest,
} from '@wk/contracts';
import type { Observable } from 'rxjs';
import { API_BASE } from '../api';

export const AUTH_URLS = {
  login: `${API_BASE}/auth/login`,
  logout: `${API_BASE}/auth/logout`,
  session: `${API_BASE}/auth/session`,
  password: `${API_BASE}/auth/password`,
  switch: `${API_BASE}/auth/switch`,
  sso: `${API_BASE}/auth/sso`,
  sessions: `${API_BASE}/auth/sessions`,
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

  /** A session made through the gemeente's provider answers with the provider's sign-out address. */
  logout(): Observable<LogoutAnswer | null> {
    return this.#http.post<LogoutAnswer | null>(AUTH_URLS.logout, null);
  }

  /** Gemeenten whose staff sign in through their own provider (all, or those of this e-mail address's domain). */
  sso(email?: string): Observable<SsoGemeente[]> {
    return this.#http.get<SsoGemeente[]>(AUTH_URLS.sso, email ? { params: { email } } : {});
  }

  changePassword(request: ChangePasswordRequest): Observable<void> {
    return this.#http.post<void>(AUTH_URLS.password, request);
  }

  /** Where the signed-in person is signed in (this gemeente), the current session marked. */
  sessions(): Observable<ActiveSession[]> {
    return this.#http.get<ActiveSession[]>(AUTH_URLS.sessions);
  }

  /** Ends one of the person's own sessions (a lost laptop, a shared computer). */
  endSession(id: string): Observable<void> {
    return this.#http.delete<void>(`${AUTH_URLS.sessions}/${encodeURIComponent(id)}`);
  }

  switchTenant(request: SwitchTenantRequest): Observable<SessionInfo> {
    return this.#http.post<SessionInfo>(AUTH_URLS.switch, request);
  }
}
