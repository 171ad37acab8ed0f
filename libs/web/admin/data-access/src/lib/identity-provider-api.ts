import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { IdentityProviderRequest, IdentityProviderSettings, SignInEvent } from '@wk/contracts';
import { API_BASE } from '@wk/web/core';
import type { Observable } from 'rxjs';

const URL = `${API_BASE}/identity-provider`;

/** The gemeente's own identity provider (OpenID Connect), set up by its beheerder. */
@Injectable({ providedIn: 'root' })
export class IdentityProviderApi {
  readonly #http = inject(HttpClient);

  /** 404 when the gemeente has none. */
  get(): Observable<IdentityProviderSettings> {
    return this.#http.get<IdentityProviderSettings>(URL);
  }

  save(request: IdentityProviderRequest): Observable<IdentityProviderSettings> {
    return this.#http.put<IdentityProviderSettings>(URL, request);
  }

  remove(): Observable<void> {
    return this.#http.delete<void>(URL);
  }

  /** The latest sign-ins and refused attempts of the gemeente's members, newest first. */
  signIns(): Observable<{ items: SignInEvent[] }> {
    return this.#http.get<{ items: SignInEvent[] }>(`${API_BASE}/sign-ins`);
  }
}
