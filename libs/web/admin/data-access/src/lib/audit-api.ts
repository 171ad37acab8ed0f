import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { AuditEvent, Page } from '@wk/contracts';
import { API_BASE } from '@wk/web/core';
import type { Observable } from 'rxjs';

export interface AuditQuery {
  objectType?: string;
  objectId?: string;
  limit?: number;
}

/** Who changed what, and when (admin, planner and viewer may read it). */
@Injectable({ providedIn: 'root' })
export class AuditApi {
  readonly #http = inject(HttpClient);

  list(query: AuditQuery = {}): Observable<Page<AuditEvent>> {
    let params = new HttpParams();
    if (query.objectType) {
      params = params.set('objectType', query.objectType);
    }
    if (query.objectId) {
      params = params.set('objectId', query.objectId);
    }
    if (query.limit !== undefined) {
      params = params.set('limit', query.limit);
    }
    return this.#http.get<Page<AuditEvent>>(`${API_BASE}/audit-events`, { params });
  }
}
