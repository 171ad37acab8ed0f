import { ChangeDetectionStrategy, Component, Directive, computed, inject, input } from '@angular/core';
import { FieldErrorComponent } from './field-error.component';

/**
 * Label, optional description, error message and the projected control, wired for assistive
 * technology: put `wkControl` on the input, textarea or select inside.
 */
@Component({
  selector: 'wk-form-field',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FieldErrorComponent],
  template: `
    <div class="utrecht-form-field wk-form-field" [class.utrecht-form-field--invalid]="!!error()">
      <div class="utrecht-form-field__label">
        <label class="utrecht-form-label" [for]="controlId()">
          {{ label() }}
          @if (optionalText()) {
            <span class="wk-form-field__optional">({{ optionalText() }})</span>
          }
        </label>
      </div>
      @if (description()) {
        <div class="utrecht-form-field-description wk-form-field__description" [id]="descriptionId()">
          {{ description() }}
        </div>
      }
      <wk-field-error [id]="errorId()" [message]="error()" [prefix]="errorPrefix()" />
      <div class="utrecht-form-field__input">
        <ng-content />
      </div>
    </div>
  `,
})
export class FormFieldComponent {
  readonly controlId = input.required<string>();
  readonly label = input.required<string>();
  readonly description = input<string | null>(null);
  readonly error = input<string | null | undefined>(null);
  /** Read out before the error, e.g. "Fout:". */
  readonly errorPrefix = input('');
  /** Shown after the label for optional fields, e.g. "niet verplicht". */
  readonly optionalText = input<string | null>(null);

  readonly descriptionId = computed(() => `${this.controlId()}-uitleg`);
  readonly errorId = computed(() => `${this.controlId()}-fout`);
  readonly describedBy = computed(() => {
    const ids = [this.description() ? this.descriptionId() : null, this.error() ? this.errorId() : null];
    const joined = ids.filter((id) => id !== null).join(' ');
    return joined === '' ? null : joined;
  });
}

/** Gives a control inside `wk-form-field` its id, `aria-describedby`, `aria-invalid` and invalid style. */
@Directive({
  selector: '[wkControl]',
  host: {
    '[id]': 'field.controlId()',
    '[attr.aria-describedby]': 'field.describedBy()',
    '[attr.aria-invalid]': 'field.error() ? "true" : null',
    '[class.utrecht-textbox--invalid]': '!!field.error()',
    '[class.utrecht-textarea--invalid]': '!!field.error()',
    '[class.utrecht-select--invalid]': '!!field.error()',
  },
})
export class FormControlDirective {
  protected readonly field = inject(FormFieldComponent);
}

/**
 * A group of radio buttons or checkboxes with a legend. Errors are linked with `aria-describedby`;
 * give the first option the id `firstControlId` so that the error summary can move focus to it.
 */
@Component({
  selector: 'wk-fieldset',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FieldErrorComponent],
  template: `
    <div class="utrecht-form-fieldset wk-fieldset" [class.utrecht-form-fieldset--invalid]="!!error()">
      <fieldset
        class="utrecht-form-fieldset__fieldset utrecht-form-fieldset__fieldset--html-fieldset"
        [attr.aria-describedby]="describedBy()"
      >
        <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend wk-fieldset__legend">
          {{ legend() }}
          @if (optionalText()) {
            <span class="wk-form-field__optional">({{ optionalText() }})</span>
          }
        </legend>
        @if (description()) {
          <div class="utrecht-form-field-description wk-form-field__description" [id]="descriptionId()">
            {{ description() }}
          </div>
        }
        <wk-field-error [id]="errorId()" [message]="error()" [prefix]="errorPrefix()" />
        <div class="wk-fieldset__options">
          <ng-content />
        </div>
      </fieldset>
    </div>
  `,
})
export class FieldsetComponent {
  /** The id of the first option; used to derive the ids of the description and the error. */
  readonly firstControlId = input.required<string>();
  readonly legend = input.required<string>();
  readonly description = input<string | null>(null);
  readonly error = input<string | null | undefined>(null);
  readonly errorPrefix = input('');
  readonly optionalText = input<string | null>(null);

  readonly descriptionId = computed(() => `${this.firstControlId()}-uitleg`);
  readonly errorId = computed(() => `${this.firstControlId()}-fout`);
  readonly describedBy = computed(() => {
    const ids = [this.description() ? this.descriptionId() : null, this.error() ? this.errorId() : null];
    const joined = ids.filter((id) => id !== null).join(' ');
    return joined === '' ? null : joined;
  });
}
