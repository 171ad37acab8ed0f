import { ChangeDetectionStrategy, Component, computed, inject, input, linkedSignal, output, signal } from '@angular/core';
import type { Cadence, ClosedPeriod, Period } from '@wk/contracts';
import { periodKey } from '@wk/util';
import { ProgressApi } from '@wk/web/progress/data-access';
import { I18nService, TranslatePipe, createFormErrors } from '@wk/web/core';
import { ButtonDirective, ErrorSummaryComponent, FormControlDirective, FormFieldComponent, controlId } from '@wk/web/shared/ui';
import { firstValueFrom } from 'rxjs';
import { closablePeriods } from '../util/dashboard';
import { periodLabel } from '../util/format';

const PREFIX = 'periode-afsluiten';

/** Closing a period that has ended (admin and planner): after that nobody can report on it. */
@Component({
  selector: 'wk-close-period-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ButtonDirective, ErrorSummaryComponent, FormControlDirective, FormFieldComponent, TranslatePipe],
  template: `
    <form class="wk-inline-form" novalidate [attr.aria-labelledby]="prefix + '-kop'" (submit)="submit($event)">
      <h3 class="utrecht-heading-3 wk-inline-form__title" [id]="prefix + '-kop'">{{ 'closePeriod.heading' | t }}</h3>
      <p class="utrecht-paragraph">{{ 'closePeriod.lead' | t }}</p>
      <wk-error-summary [heading]="'form.errorSummary' | t" [errors]="errors.errors().summary" [idPrefix]="prefix" />
      @if (options().length === 0) {
        <p class="utrecht-paragraph wk-muted">{{ 'closePeriod.none' | t }}</p>
      } @else {
        <wk-form-field
          [controlId]="id('period')"
          [label]="'closePeriod.field' | t"
          [error]="errors.field('period')"
          [errorPrefix]="'form.errorPrefix' | t"
        >
          <select wkControl class="utrecht-select utrecht-select--html-select wk-select" (change)="choose($event)">
            @for (option of options(); track option.key) {
              <option [value]="option.key" [selected]="option.key === selected()">{{ option.label }}</option>
            }
          </select>
        </wk-form-field>
        <div class="wk-inline-form__actions">
          <button type="submit" wkButton="primary" [attr.aria-disabled]="busy() ? 'true' : null">
            {{ (busy() ? 'common.saving' : 'closePeriod.submit') | t }}
          </button>
        </div>
      }
    </form>
  `,
})
export class ClosePeriodFormComponent {
  readonly #api = inject(ProgressApi);
  readonly #i18n = inject(I18nService);

  readonly plan = input.required<{ id: string; startYear: number; endYear: number; cadence: Cadence }>();
  readonly asOf = input.required<string>();
  readonly closed = input.required<readonly Period[]>();
  readonly done = output<ClosedPeriod>();

  readonly prefix = PREFIX;
  readonly busy = signal(false);
  readonly errors = createFormErrors((name) => (name === 'year' || name === 'quarter' ? 'period' : null));
  readonly options = computed(() => {
    const t = this.#i18n.t.bind(this.#i18n);
    return closablePeriods(this.plan(), this.asOf(), this.closed()).map((period) => ({
      key: periodKey(period),
      period,
      label: periodLabel(period, t),
    }));
  });
  readonly selected = linkedSignal(() => this.options()[0]?.key ?? '');

  id(field: string): string {
    return controlId(PREFIX, field);
  }

  choose(event: Event): void {
    this.selected.set((event.target as HTMLSelectElement).value);
  }

  async submit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.busy()) {
      return;
    }
    const option = this.options().find((o) => o.key === this.selected());
    if (!this.errors.check([['period', option ? null : 'closePeriod.error.period']]) || !option) {
      return;
    }
    this.busy.set(true);
    try {
      const closed = await firstValueFrom(
        this.#api.closePeriod(this.plan().id, {
          year: option.period.year,
          ...(option.period.quarter === null ? {} : { quarter: option.period.quarter }),
        }),
      );
      this.errors.clear();
      this.done.emit(closed);
    } catch (error: unknown) {
      this.errors.fail(error);
    } finally {
      this.busy.set(false);
    }
  }
}
