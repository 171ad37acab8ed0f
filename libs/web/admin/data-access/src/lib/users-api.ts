import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { CreateUserRequest, Page, UpdateUserRequest, User } from '@wk/contracts';
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

  create(request: CreateUserRequest): Observable<User> {
    return this.#http.post<User>(URL, request);
  }

  update(id: string, request: UpdateUserRequest): Observable<User> {
    return this.#http.patch<User>(`${URL}/${encodeURIComponent(id)}`, request);
  }
}
