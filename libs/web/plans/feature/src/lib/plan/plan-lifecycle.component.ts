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
import type { Plan } from '@wk/contracts';
import { PlanStore, PlansApi } from '@wk/web/plans/data-access';
import { I18nService, NotificationStore, SessionStore, type TranslationKey, TranslatePipe, createFormErrors } from '@wk/web/core';
import { ButtonDirective, ConfirmDeleteComponent, type ConfirmDeleteTexts, ErrorSummaryComponent } from '@wk/web/shared/ui';
import { firstValueFrom } from 'rxjs';
import { AdoptFormComponent } from './adopt-form.component';
import { AdoptionCorrectionComponent } from './adoption-correction.component';
import { lifecycleProblemKey } from './plan-errors';

/**
 * The next steps of a plan for admin and planner: submit for review, send back to draft, adopt
 * (date and decision, in wk-adopt-form), archive, start a new revision, delete a draft.
 */
@Component({
  selector: 'wk-plan-lifecycle',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    AdoptFormComponent,
    AdoptionCorrectionComponent,
    ButtonDirective,
    ConfirmDeleteComponent,
    ErrorSummaryComponent,
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
            <button type="button" wkButton="primary" [attr.aria-disabled]="store.busy() ? 'true' : null" (click)="step('submit')">
              {{ 'lifecycle.submit' | t }}
            </button>
            <button type="button" wkButton="secondary" (click)="editBasics.emit()">
              {{ 'lifecycle.editBasics' | t }}
            </button>
          }
          @case ('in_review') {
            @if (!adopting()) {
              <button #adoptStart type="button" wkButton="primary" (click)="openAdopt()">
                {{ 'lifecycle.adopt' | t }}
              </button>
            }
            <button type="button" wkButton="secondary" [attr.aria-disabled]="store.busy() ? 'true' : null" (click)="step('reopen')">
              {{ 'lifecycle.reopen' | t }}
            </button>
          }
          @default {
            @if (openRevision(); as open) {
              <a wkButton="primary" [routerLink]="['/plannen', open.id]">
                {{ 'lifecycle.toOpenRevision' | t: { revision: open.revision } }}
              </a>
            } @else {
              <button type="button" wkButton="primary" [attr.aria-disabled]="store.busy() ? 'true' : null" (click)="newRevision()">
                {{ 'lifecycle.newRevision' | t }}
              </button>
            }
          }
        }
      </div>

      @if (plan().status === 'in_review' && adopting()) {
        <!-- The forms are loaded when needed: their code is not part of every plan page's first download. -->
        @defer (on immediate) {
          <wk-adopt-form (adopted)="adopting.set(false)" (cancelled)="closeAdopt()" />
        }
      }

      @if (isAdmin() && (plan().status === 'adopted' || plan().status === 'archived')) {
        @if (!correcting()) {
          <div class="wk-button-row">
            <button #correctionStart type="button" wkButton (click)="correcting.set(true)">
              {{ 'correction.start' | t }}
            </button>
          </div>
        } @else {
          @defer (on immediate) {
            <wk-adoption-correction [plan]="plan()" (closed)="closeCorrection()" />
          }
        }
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

  readonly errors = createFormErrors(() => null);
  readonly adopting = signal(false);
  readonly isAdmin = inject(SessionStore).isAdmin;
  readonly adoptStart = viewChild<ElementRef<HTMLElement>>('adoptStart');
  /** The beheerder has the form open to correct the adoption's date or decision. */
  readonly correcting = signal(false);
  readonly correctionStart = viewChild<ElementRef<HTMLElement>>('correctionStart');

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
    this.adopting.set(true);
  }

  closeCorrection(): void {
    this.correcting.set(false);
    afterNextRender(() => this.correctionStart()?.nativeElement.focus(), { injector: this.#injector });
  }

  closeAdopt(): void {
    this.adopting.set(false);
    afterNextRender(() => this.adoptStart()?.nativeElement.focus(), { injector: this.#injector });
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
