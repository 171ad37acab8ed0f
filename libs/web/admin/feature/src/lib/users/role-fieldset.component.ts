import { ChangeDetectionStrategy, Component, computed, input, model } from '@angular/core';
import { ROLES, type Role } from '@wk/contracts';
import { ROLE_DESCRIPTIONS, ROLE_LABELS, TranslatePipe } from '@wk/web/core';
import { FieldsetComponent, controlId } from '@wk/web/shared/ui';

/** Radio buttons for the four roles, each with one sentence on what the role may do. */
@Component({
  selector: 'wk-role-fieldset',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FieldsetComponent, TranslatePipe],
  template: `
    <wk-fieldset [firstControlId]="firstId()" [legend]="'users.field.role' | t" [error]="error()" [errorPrefix]="'form.errorPrefix' | t">
      @for (role of roles; track role; let first = $first) {
        <div class="utrecht-form-field utrecht-form-field--radio wk-option">
          <div class="utrecht-form-field__input">
            <input
              type="radio"
              class="utrecht-radio-button utrecht-radio-button--html-input"
              [id]="first ? firstId() : firstId() + '-' + role"
              [name]="firstId()"
              [value]="role"
              [checked]="value() === role"
              [attr.aria-describedby]="firstId() + '-' + role + '-uitleg'"
              (change)="value.set(role)"
            />
          </div>
          <div class="utrecht-form-field__label">
            <label class="utrecht-form-label utrecht-form-label--radio" [for]="first ? firstId() : firstId() + '-' + role">{{
              labels[role] | t
            }}</label>
          </div>
          <div
            class="utrecht-form-field-description utrecht-form-field__description wk-option__description"
            [id]="firstId() + '-' + role + '-uitleg'"
          >
            {{ descriptions[role] | t }}
          </div>
        </div>
      }
    </wk-fieldset>
  `,
})
export class RoleFieldsetComponent {
  readonly idPrefix = input.required<string>();
  readonly error = input<string | null>(null);
  readonly value = model<Role | null>(null);

  readonly roles = ROLES;
  readonly labels = ROLE_LABELS;
  readonly descriptions = ROLE_DESCRIPTIONS;
  readonly firstId = computed(() => controlId(this.idPrefix(), 'role'));
}
