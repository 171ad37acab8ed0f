import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import type { Plan, PlanPublication } from '@wk/contracts';
import { PlansApi } from '@wk/web/plans/data-access';
import { createLoader, I18nService, problemFromError, SessionStore, TranslatePipe } from '@wk/web/core';
import { AlertComponent, ButtonDirective } from '@wk/web/shared/ui';
import { firstValueFrom } from 'rxjs';

/**
 * Whether an adopted plan is on the gemeente's public pages (with their addresses); admin and planner publish it
 * or take it off. One request at a time: a second click while one runs does nothing.
 */
@Component({
  selector: 'wk-plan-publication',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [AlertComponent, ButtonDirective, TranslatePipe],
  template: `
    @if (state(); as s) {
      @if (s.published) {
        <span>{{ 'publication.since' | t: { date: date(s.publishedAt) } }}</span>
        @for (path of s.publicPaths; track path) {
          <a class="utrecht-link wk-block" [href]="path">{{ 'publication.open' | t: { path: path } }}</a>
        }
      } @else {
        <span>{{ (s.canPublish ? 'publication.not' : 'publication.adoptedOnly') | t }}</span>
      }
      @if (canManage() && s.canPublish) {
        <div class="wk-button-row wk-publication__actions">
          @if (s.published) {
            <button type="button" wkButton="secondary" small [attr.aria-disabled]="busy()" (click)="change('withdraw')">
              {{ 'publication.withdraw' | t }}
            </button>
          } @else {
            <button type="button" wkButton="primary" small [attr.aria-disabled]="busy()" (click)="change('publish')">
              {{ 'publication.publish' | t }}
            </button>
          }
        </div>
      }
      <div role="status" aria-live="polite">
        @if (done(); as key) {
          <p class="utrecht-paragraph">{{ key | t }}</p>
        }
      </div>
      @if (error(); as message) {
        <wk-alert type="error"
          ><p class="utrecht-paragraph">{{ message }}</p></wk-alert
        >
      }
    }
  `,
})
export class PlanPublicationComponent {
  readonly plan = input.required<Plan>();
  readonly #api = inject(PlansApi);
  readonly #i18n = inject(I18nService);
  readonly #session = inject(SessionStore);

  readonly canManage = computed(() => this.#session.hasRole('admin', 'planner'));
  readonly data = createLoader(() => this.#api.publication(this.plan().id));
  readonly #changed = signal<PlanPublication | null>(null);
  readonly state = computed(() => this.#changed() ?? this.data.value() ?? null);
  readonly busy = signal(false);
  readonly done = signal<'publication.published' | 'publication.withdrawn' | null>(null);
  readonly error = signal<string | null>(null);

  date(iso: string | null): string {
    return iso ? this.#i18n.formatDate(iso) : '';
  }

  async change(what: 'publish' | 'withdraw'): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    this.error.set(null);
    this.done.set(null);
    try {
      const id = this.plan().id;
      this.#changed.set(await firstValueFrom(what === 'publish' ? this.#api.publish(id) : this.#api.withdraw(id)));
      this.done.set(what === 'publish' ? 'publication.published' : 'publication.withdrawn');
    } catch (e) {
      this.error.set(problemFromError(e).detail ?? this.#i18n.t('common.loadFailed'));
    } finally {
      this.busy.set(false);
    }
  }
}
