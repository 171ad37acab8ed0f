import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/**
 * The message under a form field. Give the control `aria-describedby` with this id and
 * `aria-invalid="true"` while the message is shown.
 */
@Component({
  selector: 'wk-field-error',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (message()) {
      <p class="utrecht-form-field-error-message" [id]="id()">
        <span class="wk-visually-hidden">{{ prefix() }}</span> {{ message() }}
      </p>
    }
  `,
})
export class FieldErrorComponent {
  readonly id = input.required<string>();
  readonly message = input<string | null | undefined>(null);
  /** Read out before the message, e.g. "Fout:" (not shown). */
  readonly prefix = input('');
}
