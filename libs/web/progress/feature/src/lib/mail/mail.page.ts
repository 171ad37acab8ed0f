import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import type { OutboxMail, ReminderSettings } from '@wk/contracts';
import { WEEKDAYS_NL } from '@wk/util';
import { ProgressApi } from '@wk/web/progress/data-access';
import { createLoader, I18nService, LoadStateComponent, problemFromError, SessionStore, TranslatePipe } from '@wk/web/core';
import { AlertComponent, ButtonDirective, LiveStatusComponent, PageHeadingComponent } from '@wk/web/shared/ui';
import { firstValueFrom, of } from 'rxjs';

const WEEKDAYS_EN = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/**
 * `/e-mails`: the reminders by e-mail. Everyone switches their own weekly digest on or off and reads the mails sent to
 * them; the admin sets the gemeente's day (or switches the digest off), makes the reminders now and reads every mail.
 * Without a mail server the list is the demo outbox, and says so.
 */
@Component({
  selector: 'wk-mail-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [AlertComponent, ButtonDirective, LiveStatusComponent, LoadStateComponent, PageHeadingComponent, TranslatePipe],
  template: `
    <wk-page-heading [heading]="'mail.heading' | t" [lead]="'mail.lead' | t" />
    <wk-live-status [text]="status()" />

    <section class="wk-section" aria-labelledby="mail-mijn">
      <h2 class="utrecht-heading-2" id="mail-mijn">{{ 'mail.own.heading' | t }}</h2>
      @if (subscription.value(); as s) {
        <div class="utrecht-form-field utrecht-form-field--checkbox">
          <div class="utrecht-form-field__input">
            <input
              id="mail-abonnement"
              type="checkbox"
              class="utrecht-checkbox utrecht-checkbox--html-input"
              [checked]="s.subscribed"
              [attr.aria-disabled]="busy() ? 'true' : null"
              (change)="subscribe($any($event.target).checked, $event)"
            />
          </div>
          <div class="utrecht-form-field__label">
            <label class="utrecht-form-label utrecht-form-label--checkbox" for="mail-abonnement">{{ 'mail.own.subscribe' | t }}</label>
          </div>
        </div>
      }
    </section>

    @if (isAdmin()) {
      <section class="wk-section" aria-labelledby="mail-gemeente">
        <h2 class="utrecht-heading-2" id="mail-gemeente">{{ 'mail.settings.heading' | t }}</h2>
        @if (settings.value(); as st) {
          <div class="utrecht-form-field utrecht-form-field--checkbox">
            <div class="utrecht-form-field__input">
              <input
                id="mail-aan"
                type="checkbox"
                class="utrecht-checkbox utrecht-checkbox--html-input"
                [checked]="st.enabled"
                (change)="draft.set({ enabled: $any($event.target).checked, weekday: (draft() ?? st).weekday })"
              />
            </div>
            <div class="utrecht-form-field__label">
              <label class="utrecht-form-label utrecht-form-label--checkbox" for="mail-aan">{{ 'mail.settings.enabled' | t }}</label>
            </div>
          </div>
          <div class="utrecht-form-field wk-form-field">
            <div class="utrecht-form-field__label">
              <label class="utrecht-form-label" for="mail-dag">{{ 'mail.settings.weekday' | t }}</label>
            </div>
            <div class="utrecht-form-field__input">
              <select
                id="mail-dag"
                class="utrecht-select utrecht-select--html-select wk-select wk-select--year"
                (change)="draft.set({ enabled: (draft() ?? st).enabled, weekday: +$any($event.target).value })"
              >
                @for (d of weekdays(); track $index) {
                  <option [value]="$index + 1" [selected]="$index + 1 === st.weekday">{{ d }}</option>
                }
              </select>
            </div>
          </div>
          <div class="wk-button-row">
            <button type="button" wkButton="primary" [attr.aria-disabled]="busy() ? 'true' : null" (click)="saveSettings(st)">
              {{ 'common.save' | t }}
            </button>
            <button type="button" wkButton="secondary" [attr.aria-disabled]="busy() ? 'true' : null" (click)="makeNow()">
              {{ 'mail.round' | t }}
            </button>
          </div>
        }
      </section>
    }
    @if (error(); as e) {
      <wk-alert type="error"
        ><p class="utrecht-paragraph">{{ e }}</p></wk-alert
      >
    }

    <section class="wk-section" aria-labelledby="mail-lijst">
      <h2 class="utrecht-heading-2" id="mail-lijst">{{ (isAdmin() ? 'mail.list.all' : 'mail.list.own') | t }}</h2>
      <wk-load-state [loader]="outbox" [empty]="outbox.value()?.items?.length === 0">{{ 'mail.list.empty' | t }}</wk-load-state>
      @if (outbox.value(); as box) {
        @if (box.demo) {
          <wk-alert type="warning" [heading]="'mail.demo.heading' | t">
            <p class="utrecht-paragraph">{{ 'mail.demo.lead' | t }}</p>
          </wk-alert>
        }
        <ul class="wk-plain-list wk-mail-list">
          @for (m of box.items; track m.id) {
            <li class="wk-plain-list__item">
              <details class="wk-mail">
                <summary>
                  <strong>{{ m.subject }}</strong>
                  <span class="wk-block wk-muted">{{
                    'mail.item.meta' | t: { to: m.to, date: dateTime(m.createdAt), state: stateOf(m) }
                  }}</span>
                </summary>
                <pre class="wk-mail__text">{{ m.text }}</pre>
              </details>
            </li>
          }
        </ul>
      }
    </section>
  `,
})
export class MailPage {
  readonly #api = inject(ProgressApi);
  readonly #i18n = inject(I18nService);
  readonly #session = inject(SessionStore);
  readonly isAdmin = computed(() => this.#session.hasRole('admin'));

  readonly outbox = createLoader(() => this.#api.mailOutbox());
  readonly subscription = createLoader(() => this.#api.subscription());
  readonly settings = createLoader(() => (this.isAdmin() ? this.#api.reminderSettings() : of(null)));
  readonly draft = signal<ReminderSettings | null>(null);
  readonly busy = signal(false);
  readonly status = signal('');
  readonly error = signal<string | null>(null);
  readonly weekdays = computed(() => (this.#i18n.language() === 'nl' ? [...WEEKDAYS_NL] : WEEKDAYS_EN));

  dateTime(iso: string): string {
    return this.#i18n.formatDateTime(iso);
  }

  stateOf(m: OutboxMail): string {
    if (m.sentAt) return this.#i18n.t(m.delivery === 'smtp' ? 'mail.state.sent' : 'mail.state.kept');
    return this.#i18n.t(m.attempts ? 'mail.state.retrying' : 'mail.state.waiting', { attempts: m.attempts });
  }

  async subscribe(subscribed: boolean, event: Event): Promise<void> {
    if (this.busy()) {
      event.preventDefault();
      return;
    }
    await this.#run(async () => {
      this.subscription.set(await firstValueFrom(this.#api.setSubscription(subscribed)));
      this.status.set(this.#i18n.t(subscribed ? 'mail.own.on' : 'mail.own.off'));
    });
  }

  saveSettings(current: ReminderSettings): Promise<void> {
    return this.#run(async () => {
      const saved = await firstValueFrom(this.#api.saveReminderSettings(this.draft() ?? current));
      this.settings.set(saved);
      this.draft.set(null);
      this.status.set(
        this.#i18n.t(saved.enabled ? 'mail.settings.saved' : 'mail.settings.off', { day: this.weekdays()[saved.weekday - 1] ?? '' }),
      );
    });
  }

  makeNow(): Promise<void> {
    return this.#run(async () => {
      const { made } = await firstValueFrom(this.#api.reminderRound());
      this.status.set(this.#i18n.t('mail.round.done', { count: made }));
      // The queue sends in the background: show the list once it has had a moment.
      await new Promise((r) => setTimeout(r, 1500));
      this.outbox.set(await firstValueFrom(this.#api.mailOutbox()));
    });
  }

  async #run(step: () => Promise<void>): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    this.error.set(null);
    try {
      await step();
    } catch (e) {
      this.error.set(problemFromError(e).detail ?? this.#i18n.t('common.loadFailed'));
    } finally {
      this.busy.set(false);
    }
  }
}
