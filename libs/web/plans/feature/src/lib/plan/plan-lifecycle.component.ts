import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  inject,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import type { Plan, PlanInForceRef, Problem } from '@wk/contracts';
import { PlanStore, PlansApi } from '@wk/web/plans/data-access';
import {
  AppClock,
  I18nService,
  NotificationStore,
  SessionStore,
  type TranslationKey,
  TranslatePipe,
  createFormErrors,
  fieldsIn,
} from '@wk/web/core';
import {
  ConfirmDeleteComponent,
  type ConfirmDeleteTexts,
  ErrorSummaryComponent,
  FormControlDirective,
  FormFieldComponent,
  controlId,
} from '@wk/web/shared/ui';
import { firstValueFrom } from 'rxjs';
import { AdoptionCorrectionComponent } from './adoption-correction.component';

const ADOPT_PREFIX = 'vaststellen';

/** Messages of our own for lifecycle problems; other problems show the API's explanation. */
export function lifecycleProblemKey(problem: Problem): TranslationKey | null {
  switch (problem.code) {
    case 'version_conflict':
      return 'plan.conflict';
    case 'plan_incomplete':
      return 'lifecycle.incomplete';
    default:
      return null;
  }
}

/**
 * The next steps of a plan for admin and planner: submit for review, send back to draft, adopt
 * (date and decision), archive, start a new revision, delete a draft.
 */
@Component({
  selector: 'wk-plan-lifecycle',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    AdoptionCorrectionComponent,
    ConfirmDeleteComponent,
    ErrorSummaryComponent,
    FormControlDirective,
    FormFieldComponent,
    RouterLink,
    TranslatePipe,
  ],
  template: `
    <section class="wk-lifecycle" aria-labelledby="plan-stappen-kop">
      <h2 class="utrecht-heading-3 wk-lifecycle__heading" id="plan-stappen-kop">{{ 'lifecycle.heading' | t }}</h2>
      <p class="utrecht-paragraph">{{ hintKey() | t }}</p>
      <wk-error-summary [heading]="'form.errorSummary' | t" [errors]="errors.errors().summary" idPrefix="plan-stappen" />

      <div class="wk-button-row">
        @switch (plan().status) {
          @case ('draft') {
            <button
              type="button"
              class="utrecht-button utrecht-button--primary-action"
              [attr.aria-disabled]="store.busy() ? 'true' : null"
              (click)="step('submit')"
            >
              {{ 'lifecycle.submit' | t }}
            </button>
            <button type="button" class="utrecht-button utrecht-button--secondary-action" (click)="editBasics.emit()">
              {{ 'lifecycle.editBasics' | t }}
            </button>
          }
          @case ('in_review') {
            @if (!adopting()) {
              <button #adoptStart type="button" class="utrecht-button utrecht-button--primary-action" (click)="openAdopt()">
                {{ 'lifecycle.adopt' | t }}
              </button>
            }
            <button
              type="button"
              class="utrecht-button utrecht-button--secondary-action"
              [attr.aria-disabled]="store.busy() ? 'true' : null"
              (click)="step('reopen')"
            >
              {{ 'lifecycle.reopen' | t }}
            </button>
          }
          @default {
            @if (openRevision(); as open) {
              <a
                class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action"
                [routerLink]="['/plannen', open.id]"
              >
                {{ 'lifecycle.toOpenRevision' | t: { revision: open.revision } }}
              </a>
            } @else {
              <button
                type="button"
                class="utrecht-button utrecht-button--primary-action"
                [attr.aria-disabled]="store.busy() ? 'true' : null"
                (click)="newRevision()"
              >
                {{ 'lifecycle.newRevision' | t }}
              </button>
            }
          }
        }
      </div>

      @if (plan().status === 'in_review' && adopting()) {
        <form class="wk-form wk-inline-form" novalidate (submit)="adopt($event)" aria-labelledby="vaststellen-kop">
          <h3 class="utrecht-heading-3" id="vaststellen-kop" tabindex="-1" #adoptHeading>{{ 'lifecycle.adopt.heading' | t }}</h3>
          <p class="utrecht-paragraph">{{ 'lifecycle.adopt.lead' | t }}</p>
          <wk-error-summary [heading]="'form.errorSummary' | t" [errors]="adoptErrors.errors().summary" [idPrefix]="adoptPrefix" />
          <wk-form-field
            [controlId]="adoptId('adoptedOn')"
            [label]="'lifecycle.adopt.date' | t"
            [description]="'lifecycle.adopt.date.description' | t"
            [error]="adoptErrors.field('adoptedOn')"
            [errorPrefix]="'form.errorPrefix' | t"
          >
            <input
              wkControl
              class="utrecht-textbox utrecht-textbox--html-input wk-textbox--date"
              type="date"
              [max]="today"
              [value]="adoptedOn()"
              (input)="adoptedOn.set(text($event))"
            />
          </wk-form-field>
          <wk-form-field
            [controlId]="adoptId('decisionReference')"
            [label]="'lifecycle.adopt.reference' | t"
            [description]="'lifecycle.adopt.reference.description' | t"
            [error]="adoptErrors.field('decisionReference')"
            [errorPrefix]="'form.errorPrefix' | t"
          >
            <input
              wkControl
              class="utrecht-textbox utrecht-textbox--html-input"
              type="text"
              autocomplete="off"
              [value]="decisionReference()"
              (input)="decisionReference.set(text($event))"
            />
          </wk-form-field>
          @if (inForce().length) {
            <div class="utrecht-form-fieldset wk-fieldset" [class.wk-fieldset--invalid]="adoptErrors.field('replacePlanIds')">
              <fieldset
                class="utrecht-form-fieldset__fieldset utrecht-form-fieldset__fieldset--html-fieldset"
                [attr.aria-describedby]="adoptId('replacePlanIds') + '-uitleg'"
              >
                <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend wk-fieldset__legend">
                  {{ 'lifecycle.adopt.replace.legend' | t }}
                </legend>
                <div class="utrecht-form-field-description wk-form-field__description" [id]="adoptId('replacePlanIds') + '-uitleg'">
                  {{ 'lifecycle.adopt.replace.description' | t }}
                </div>
                @if (adoptErrors.field('replacePlanIds'); as error) {
                  <p class="utrecht-form-field-error-message wk-form-field__error" [id]="adoptId('replacePlanIds') + '-fout'">
                    <span class="wk-visually-hidden">{{ 'form.errorPrefix' | t }}</span> {{ error }}
                  </p>
                }
                @for (other of inForce(); track other.id; let first = $first) {
                  <div class="utrecht-form-field utrecht-form-field--checkbox wk-option">
                    <div class="utrecht-form-field__input">
                      <input
                        type="checkbox"
                        class="utrecht-checkbox utrecht-checkbox--html-input wk-checkbox"
                        [id]="first ? adoptId('replacePlanIds') : adoptId('replacePlanIds') + '-' + other.id"
                        [checked]="replace().includes(other.id)"
                        (change)="toggleReplace(other.id)"
                      />
                    </div>
                    <div class="utrecht-form-field__label">
                      <label
                        class="utrecht-form-label utrecht-form-label--checkbox"
                        [for]="first ? adoptId('replacePlanIds') : adoptId('replacePlanIds') + '-' + other.id"
                      >
                        {{ 'lifecycle.adopt.replace.option' | t: replaceParams(other) }}
                      </label>
                      <a class="utrecht-link wk-block" [routerLink]="['/plannen', other.id]">{{
                        'lifecycle.adopt.replace.open' | t: { title: other.title }
                      }}</a>
                    </div>
                  </div>
                }
              </fieldset>
            </div>
          }
          <div class="wk-form__actions">
            <button type="submit" class="utrecht-button utrecht-button--primary-action" [attr.aria-disabled]="store.busy() ? 'true' : null">
              {{ (store.busy() ? 'common.saving' : 'lifecycle.adopt.submit') | t }}
            </button>
            <button type="button" class="utrecht-button utrecht-button--subtle" (click)="closeAdopt()">{{ 'common.cancel' | t }}</button>
          </div>
        </form>
      }

      @if (isAdmin() && (plan().status === 'adopted' || plan().status === 'archived')) {
        <wk-adoption-correction [plan]="plan()" />
      }

      @if (plan().status === 'draft') {
        <div class="wk-lifecycle__danger">
          <wk-confirm-delete [texts]="deleteTexts()" [busy]="store.busy()" (confirmed)="remove()" />
        </div>
      }
      @if (plan().status === 'adopted') {
        <div class="wk-lifecycle__danger">
          <wk-confirm-delete [texts]="archiveTexts()" [busy]="store.busy()" (confirmed)="step('archive')" />
        </div>
      }
    </section>
  `,
})
export class PlanLifecycleComponent {
  readonly #i18n = inject(I18nService);
  readonly #api = inject(PlansApi);
  readonly #router = inject(Router);
  readonly #notifications = inject(NotificationStore);
  readonly #injector = inject(Injector);
  readonly store = inject(PlanStore);

  readonly plan = input.required<Plan>();
  /** The planner wants to change title, wijken or horizon. */
  readonly editBasics = output<void>();

  readonly adoptPrefix = ADOPT_PREFIX;
  readonly errors = createFormErrors(() => null);
  readonly adoptErrors = createFormErrors(fieldsIn(['adoptedOn', 'decisionReference', 'replacePlanIds']));
  readonly adopting = signal(false);
  readonly today = inject(AppClock).today();
  readonly adoptedOn = signal(this.today);
  /** Plans in force for the same wijk that the API named (409 plan_in_force): the planner says whether this plan replaces them. */
  readonly inForce = signal<readonly PlanInForceRef[]>([]);
  readonly replace = signal<readonly string[]>([]);
  readonly isAdmin = inject(SessionStore).isAdmin;
  readonly decisionReference = signal('');
  readonly adoptHeading = viewChild<ElementRef<HTMLElement>>('adoptHeading');
  readonly adoptStart = viewChild<ElementRef<HTMLElement>>('adoptStart');

  readonly hintKey = computed<TranslationKey>(() => {
    switch (this.plan().status) {
      case 'draft':
        return 'lifecycle.hint.draft';
      case 'in_review':
        return 'lifecycle.hint.in_review';
      default:
        return this.openRevision() ? 'lifecycle.hint.openRevision' : 'lifecycle.hint.adopted';
    }
  });
  /** A draft or in-review revision of the same plan, if one exists (then no new one can be made). */
  readonly openRevision = computed(
    () => this.plan().revisions.find((r) => r.id !== this.plan().id && (r.status === 'draft' || r.status === 'in_review')) ?? null,
  );
  readonly deleteTexts = computed<ConfirmDeleteTexts>(() => ({
    start: this.#i18n.t('lifecycle.delete'),
    question: this.#i18n.t('lifecycle.delete.question', { title: this.plan().title }),
    confirm: this.#i18n.t('common.delete.confirm'),
    cancel: this.#i18n.t('common.delete.cancel'),
    busy: this.#i18n.t('common.deleting'),
  }));
  readonly archiveTexts = computed<ConfirmDeleteTexts>(() => ({
    start: this.#i18n.t('lifecycle.archive'),
    question: this.#i18n.t('lifecycle.archive.question'),
    confirm: this.#i18n.t('lifecycle.archive.confirm'),
    cancel: this.#i18n.t('lifecycle.archive.cancel'),
    busy: this.#i18n.t('common.saving'),
  }));

  adoptId(field: string): string {
    return controlId(ADOPT_PREFIX, field);
  }

  replaceParams(other: PlanInForceRef): Record<string, string | number> {
    return {
      title: other.title,
      revision: other.revision,
      wijken: other.wijken.map((w) => w.name).join(', '),
      date: other.adoptedOn ? this.#i18n.formatDate(other.adoptedOn) : '',
    };
  }

  toggleReplace(id: string): void {
    const current = this.replace();
    this.replace.set(current.includes(id) ? current.filter((x) => x !== id) : [...current, id]);
  }

  text(event: Event): string {
    return (event.target as HTMLInputElement).value;
  }

  async step(step: 'submit' | 'reopen' | 'archive'): Promise<void> {
    if (this.store.busy()) {
      return;
    }
    this.errors.clear();
    try {
      await this.store.write((plan, api) => api.transition(plan.id, step, plan.version));
      this.store.notify(step === 'submit' ? 'lifecycle.submitted' : step === 'reopen' ? 'lifecycle.reopened' : 'lifecycle.archived');
    } catch (error: unknown) {
      this.errors.fail(error, lifecycleProblemKey);
    }
  }

  openAdopt(): void {
    this.adoptErrors.clear();
    this.adopting.set(true);
    afterNextRender(() => this.adoptHeading()?.nativeElement.focus(), { injector: this.#injector });
  }

  closeAdopt(): void {
    this.adopting.set(false);
    afterNextRender(() => this.adoptStart()?.nativeElement.focus(), { injector: this.#injector });
  }

  async adopt(event: Event): Promise<void> {
    event.preventDefault();
    if (this.store.busy()) {
      return;
    }
    const adoptedOn = this.adoptedOn().trim();
    const decisionReference = this.decisionReference().trim();
    const ok = this.adoptErrors.check([
      [
        'adoptedOn',
        !/^\d{4}-\d{2}-\d{2}$/.test(adoptedOn)
          ? 'lifecycle.adopt.error.date'
          : adoptedOn > this.today
            ? 'lifecycle.adopt.error.future'
            : null,
      ],
      ['decisionReference', decisionReference === '' ? 'lifecycle.adopt.error.reference' : null],
      ['replacePlanIds', this.inForce().some((p) => !this.replace().includes(p.id)) ? 'lifecycle.adopt.replace.error' : null],
    ]);
    if (!ok) {
      return;
    }
    const replacePlanIds = this.inForce()
      .map((p) => p.id)
      .filter((id) => this.replace().includes(id));
    try {
      await this.store.write((plan, api) =>
        api.adopt(plan.id, { adoptedOn, decisionReference, ...(replacePlanIds.length ? { replacePlanIds } : {}), version: plan.version }),
      );
      this.adopting.set(false);
      this.inForce.set([]);
      this.replace.set([]);
      this.store.notify(replacePlanIds.length ? 'lifecycle.adoptedReplacing' : 'lifecycle.adopted');
    } catch (error: unknown) {
      const problem = this.adoptErrors.fail(error, lifecycleProblemKey);
      if (problem.code === 'plan_in_force') {
        // Ask explicitly: the planner ticks the plans this one replaces (or gives the plans different themes).
        this.inForce.set(problem.plansInForce ?? []);
        this.replace.set([]);
        this.adoptErrors.check([['replacePlanIds', 'lifecycle.adopt.replace.error']]);
      }
    }
  }

  async newRevision(): Promise<void> {
    if (this.store.busy()) {
      return;
    }
    this.errors.clear();
    try {
      const plan = this.plan();
      const created = await firstValueFrom(this.#api.createRevision(plan.id, plan.version));
      this.#notifications.show('lifecycle.revisionCreated', { revision: created.revision });
      await this.#router.navigate(['/plannen', created.id]);
    } catch (error: unknown) {
      this.errors.fail(error, lifecycleProblemKey);
      void this.store.refresh();
    }
  }

  async remove(): Promise<void> {
    if (this.store.busy()) {
      return;
    }
    this.errors.clear();
    const plan = this.plan();
    try {
      await firstValueFrom(this.#api.delete(plan.id, plan.version));
      this.#notifications.show('lifecycle.deleted', { title: plan.title });
      await this.#router.navigateByUrl('/plannen');
    } catch (error: unknown) {
      this.errors.fail(error, lifecycleProblemKey);
    }
  }
}
