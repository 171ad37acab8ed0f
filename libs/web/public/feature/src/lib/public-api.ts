import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { PublicGemeentePage, PublicWijkPage } from '@wk/contracts';
import { API_BASE } from '@wk/web/core';
import type { Observable } from 'rxjs';

const part = (value: string): string => encodeURIComponent(value);

/** The public pages' API (no sign-in). */
@Injectable({ providedIn: 'root' })
export class PublicApi {
  readonly #http = inject(HttpClient);

  gemeente(gemeente: string): Observable<PublicGemeentePage> {
    return this.#http.get<PublicGemeentePage>(`${API_BASE}/public/gemeenten/${part(gemeente)}`);
  }

  wijk(gemeente: string, wijk: string): Observable<PublicWijkPage> {
    return this.#http.get<PublicWijkPage>(this.wijkUrl(gemeente, wijk));
  }

  /** The wijk's open data: JSON (the page's own data) and CSV. */
  wijkUrl(gemeente: string, wijk: string): string {
    return `${API_BASE}/public/gemeenten/${part(gemeente)}/wijken/${part(wijk)}`;
  }
}
