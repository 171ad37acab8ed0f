import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { Router } from '@angular/router';
import type { CreatePlanRequest } from '@wk/contracts';
import { WijkenApi } from '@wk/web/admin/data-access';
import { PlansApi } from '@wk/web/plans/data-access';
import { AppClock, createLoader, I18nService, LoadStateComponent, NotificationStore, TranslatePipe } from '@wk/web/core';
import { BreadcrumbComponent, PageHeadingComponent } from '@wk/web/shared/ui';
import { firstValueFrom, map } from 'rxjs';
import type { PlanBasicsValue } from '../util/plan-basics';
import { PlanBasicsFormComponent } from './plan-basics-form.component';

/** Default horizon of a new plan: the study asks for 15 to 20 years. */
export const DEFAULT_HORIZON_YEARS = 15;

/** `/plannen/nieuw` (admin and planner): a new draft from the six-block template. */
@Component({
  selector: 'wk-plan-create-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [LoadStateComponent, BreadcrumbComponent, PageHeadingComponent, PlanBasicsFormComponent, TranslatePipe],
  template: `
    <wk-breadcrumb [label]="'common.breadcrumb' | t" [items]="breadcrumb()" />
    <wk-page-heading [heading]="'planCreate.heading' | t" [lead]="'planCreate.lead' | t" />
    <wk-load-state [loader]="wijken" [retry]="false" />
    @if (wijken.state().status === 'ready') {
      <wk-plan-basics-form
        idPrefix="plan"
        [initial]="initial()"
        [wijken]="wijken.value() ?? []"
        [plansInForce]="inForce.value() ?? []"
        [submitLabel]="'planCreate.submit' | t"
        [save]="create"
        (cancelled)="cancel()"
      />
    }
  `,
})
export class PlanCreatePage {
  readonly #i18n = inject(I18nService);
  readonly #api = inject(PlansApi);
  readonly #router = inject(Router);
  readonly #notifications = inject(NotificationStore);
  readonly #wijkenApi = inject(WijkenApi);
  readonly #clock = inject(AppClock);

  /** Query parameter `wijk`: the wijk to tick already (coming from that wijk's plans). */
  readonly wijk = input<string | undefined>(undefined);

  readonly breadcrumb = computed(() => [{ label: this.#i18n.t('plans.heading'), path: '/plannen' }]);
  readonly wijken = createLoader(() =>
    this.#wijkenApi
      .list()
      .pipe(map((page) => page.items.map((w) => ({ id: w.id, name: w.name })).sort((a, b) => a.name.localeCompare(b.name, 'nl')))),
  );
  /** Adopted plans: a wijk that has one gets a new version of that plan, not a second plan. */
  readonly inForce = createLoader(() => this.#api.list().pipe(map((page) => page.items.filter((p) => p.status === 'adopted'))));
  readonly initial = computed<PlanBasicsValue>(() => {
    const year = this.#clock.year();
    const wijk = this.wijk();
    return {
      title: '',
      theme: '',
      wijkIds: wijk ? [wijk] : [],
      startYear: String(year),
      endYear: String(year + DEFAULT_HORIZON_YEARS),
      cadence: 'quarterly',
    };
  });

  readonly create = async (request: CreatePlanRequest): Promise<void> => {
    const plan = await firstValueFrom(this.#api.create(request));
    this.#notifications.show('planCreate.created', { title: plan.title });
    await this.#router.navigate(['/plannen', plan.id]);
  };

  cancel(): void {
    void this.#router.navigateByUrl('/plannen');
  }
}
