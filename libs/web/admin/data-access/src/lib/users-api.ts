import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { CreatedUser, CreateUserRequest, Page, TemporaryPassword, UpdateUserRequest, User } from '@wk/contracts';
import { API_BASE } from '@wk/web/core';
import type { Observable } from 'rxjs';

const URL = `${API_BASE}/users`;

@Injectable({ providedIn: 'root' })
export class UsersApi {
  readonly #http = inject(HttpClient);

  list(): Observable<Page<User>> {
    return this.#http.get<Page<User>>(URL);
  }

  get(id: string): Observable<User> {
    return this.#http.get<User>(`${URL}/${encodeURIComponent(id)}`);
  }

  create(request: CreateUserRequest): Observable<CreatedUser> {
    return this.#http.post<CreatedUser>(URL, request);
  }

  /** A temporary password (shown once; the member must replace it at the next sign-in). */
  temporaryPassword(id: string): Observable<TemporaryPassword> {
    return this.#http.post<TemporaryPassword>(`${URL}/${encodeURIComponent(id)}/temporary-password`, null);
  }

  update(id: string, request: UpdateUserRequest): Observable<User> {
    return this.#http.patch<User>(`${URL}/${encodeURIComponent(id)}`, request);
  }
}
