import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import type { ActiveSession } from '@wk/contracts';
import { AuthApi, createLoader, I18nService, LoadStateComponent, problemFromError, problemMessage, TranslatePipe } from '@wk/web/core';
import {
  AlertComponent,
  ButtonDirective,
  DataTableCellDirective,
  DataTableComponent,
  LiveStatusComponent,
  PageHeadingComponent,
  StatusBadgeComponent,
  type DataTableColumn,
} from '@wk/web/shared/ui';
import { firstValueFrom } from 'rxjs';

/**
 * `/sessies`: where the signed-in person is signed in (browsers and devices, in this gemeente), and ending a
 * session elsewhere, for example on a lost laptop or a shared computer.
 */
@Component({
  selector: 'wk-sessions-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    AlertComponent,
    ButtonDirective,
    DataTableCellDirective,
    DataTableComponent,
    LiveStatusComponent,
    LoadStateComponent,
    PageHeadingComponent,
    StatusBadgeComponent,
    TranslatePipe,
  ],
  template: `
    <wk-page-heading [heading]="'sessions.heading' | t" [lead]="'sessions.lead' | t" />
    <wk-live-status [text]="status()" />
    @if (error(); as error) {
      <wk-alert type="error"
        ><p class="utrecht-paragraph">{{ error }}</p></wk-alert
      >
    }
    <wk-load-state [loader]="data" [empty]="data.value()?.length === 0">{{ 'sessions.empty' | t }}</wk-load-state>
    @if (data.value(); as sessions) {
      @if (sessions.length > 0) {
        <wk-data-table
          [caption]="'sessions.caption' | t: { count: sessions.length }"
          [columns]="columns()"
          [rows]="sessions"
          [trackBy]="byId"
        >
          <ng-template wkCell="createdAt" [wkCellOf]="sessions" let-s>{{ i18n.formatDateTime(s.createdAt) }}</ng-template>
          <ng-template wkCell="lastSeenAt" [wkCellOf]="sessions" let-s>{{ i18n.formatDateTime(s.lastSeenAt) }}</ng-template>
          <ng-template wkCell="signInMethod" [wkCellOf]="sessions" let-s>{{
            (s.signInMethod === 'oidc' ? 'sessions.method.oidc' : 'sessions.method.password') | t
          }}</ng-template>
          <ng-template wkCell="ip" [wkCellOf]="sessions" let-s>{{ s.ip ?? ('common.none' | t) }}</ng-template>
          <ng-template wkCell="end" [wkCellOf]="sessions" let-s>
            @if (s.current) {
              <wk-status-badge [label]="'sessions.current' | t" variant="success" />
            } @else {
              <button type="button" wkButton="secondary" [disabled]="busy() === s.id" (click)="end(s)">
                {{ 'sessions.end' | t }}<span class="wk-visually-hidden"> ({{ i18n.formatDateTime(s.createdAt) }})</span>
              </button>
            }
          </ng-template>
        </wk-data-table>
        <p class="utrecht-paragraph wk-muted">{{ 'sessions.help' | t }}</p>
      }
    }
  `,
})
export class SessionsPage {
  readonly i18n = inject(I18nService);
  readonly #api = inject(AuthApi);

  readonly data = createLoader(() => this.#api.sessions());
  readonly busy = signal<string | null>(null);
  readonly status = signal<string | null>(null);
  readonly error = signal<string | null>(null);

  readonly columns = computed<DataTableColumn<ActiveSession>[]>(() => [
    { key: 'createdAt', label: this.i18n.t('sessions.col.createdAt'), sortValue: (s) => s.createdAt },
    { key: 'lastSeenAt', label: this.i18n.t('sessions.col.lastSeenAt'), sortValue: (s) => s.lastSeenAt },
    { key: 'signInMethod', label: this.i18n.t('sessions.col.method') },
    { key: 'ip', label: this.i18n.t('sessions.col.ip') },
    { key: 'end', label: this.i18n.t('sessions.col.end') },
  ]);
  readonly byId = (s: ActiveSession): string => s.id;

  async end(session: ActiveSession): Promise<void> {
    // A second click while the first is on its way does nothing (the button is disabled too).
    if (this.busy()) return;
    this.busy.set(session.id);
    this.error.set(null);
    try {
      await firstValueFrom(this.#api.endSession(session.id));
      this.status.set(this.i18n.t('sessions.ended'));
    } catch (error) {
      // Already ended elsewhere (404) or another problem: say so, and show the list as it is now.
      this.error.set(problemMessage(problemFromError(error), (key) => this.i18n.t(key), this.i18n.language()));
    } finally {
      this.busy.set(null);
      this.data.reload();
    }
  }
}
