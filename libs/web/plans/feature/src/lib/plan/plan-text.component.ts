import { ChangeDetectionStrategy, Component, DOCUMENT, Injector, afterNextRender, computed, inject, input, signal } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import type { BlockCode, Plan, UpdatePlanRequest } from '@wk/contracts';
import { PlanStore } from '@wk/web/plans/data-access';
import { I18nService, TranslatePipe, createFormErrors } from '@wk/web/core';
import { ButtonDirective, ErrorSummaryComponent, FormControlDirective, FormFieldComponent, controlId } from '@wk/web/shared/ui';
import { conflictKey } from './plan-errors';

/**
 * The vision or the narrative of one building block: read, or (draft, planner) change it in place.
 */
@Component({
  selector: 'wk-plan-text',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ButtonDirective, ErrorSummaryComponent, FormControlDirective, FormFieldComponent, ReactiveFormsModule, TranslatePipe],
  template: `
    @if (editing()) {
      <form class="wk-inline-form wk-inline-form--wide" novalidate (submit)="save($event)">
        <wk-error-summary [heading]="'form.errorSummary' | t" [errors]="errors.errors().summary" [idPrefix]="prefix()" />
        <wk-form-field
          [controlId]="fieldId()"
          [label]="label()"
          [description]="description()"
          [error]="errors.field('text')"
          [errorPrefix]="'form.errorPrefix' | t"
        >
          <textarea
            wkControl
            class="utrecht-textarea utrecht-textarea--html-textarea wk-textarea--long"
            rows="10"
            [formControl]="draft"
          ></textarea>
        </wk-form-field>
        <div class="wk-button-row">
          <button type="submit" wkButton="primary" [attr.aria-disabled]="store.busy() ? 'true' : null">
            {{ (store.busy() ? 'common.saving' : 'planText.save') | t }}
          </button>
          <button type="button" wkButton="subtle" (click)="close()">{{ 'common.cancel' | t }}</button>
        </div>
      </form>
    } @else {
      @if (current()) {
        <div class="wk-prose wk-plan-text">{{ current() }}</div>
      } @else {
        <p class="utrecht-paragraph wk-muted wk-plan-text--empty">{{ 'planText.empty' | t }}</p>
      }
      @if (editable()) {
        <button
          [attr.aria-label]="((current() ? 'planText.edit' : 'planText.write') | t) + ': ' + label()"
          type="button"
          wkButton
          small
          [id]="buttonId()"
          (click)="open()"
        >
          {{ (current() ? 'planText.edit' : 'planText.write') | t }}
        </button>
      }
    }
  `,
})
export class PlanTextComponent {
  readonly #i18n = inject(I18nService);
  readonly #injector = inject(Injector);
  readonly #document = inject(DOCUMENT);
  readonly store = inject(PlanStore);

  readonly plan = input.required<Plan>();
  /** The vision, or the narrative of this block. */
  readonly part = input.required<'vision' | BlockCode>();
  /** Label of the text field, also read after the "change" button (e.g. "Tekst bij bouwsteen 3"). */
  readonly label = input.required<string>();
  readonly description = input<string | null>(null);
  readonly editable = input(false);

  readonly editing = signal(false);
  readonly draft = new FormControl('', { nonNullable: true });
  readonly errors = createFormErrors((name) => (name === 'vision' || name.startsWith('sections') ? 'text' : null));
  readonly prefix = computed(() => `tekst-${this.part()}`);
  readonly fieldId = computed(() => controlId(this.prefix(), 'text'));
  readonly buttonId = computed(() => controlId(this.prefix(), 'wijzigen'));
  readonly current = computed(() => {
    const part = this.part();
    return part === 'vision' ? this.plan().vision : this.plan().sections[part];
  });

  open(): void {
    this.errors.clear();
    this.draft.setValue(this.current());
    this.editing.set(true);
    afterNextRender(() => this.#document.getElementById(this.fieldId())?.focus(), { injector: this.#injector });
  }

  close(): void {
    this.editing.set(false);
    afterNextRender(() => this.#document.getElementById(this.buttonId())?.focus(), { injector: this.#injector });
  }

  async save(event: Event): Promise<void> {
    event.preventDefault();
    if (this.store.busy()) {
      return;
    }
    const part = this.part();
    const text = this.draft.value.trim();
    try {
      await this.store.write((plan, api) => {
        const request: UpdatePlanRequest =
          part === 'vision' ? { vision: text, version: plan.version } : { sections: { [part]: text }, version: plan.version };
        return api.update(plan.id, request);
      });
      this.store.announce(this.#i18n.t('planText.saved', { name: this.label() }));
      this.close();
    } catch (error: unknown) {
      this.errors.fail(error, conflictKey);
    }
  }
}
