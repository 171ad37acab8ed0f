import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@wk/contracts';
import {
  CHOOSE_TENANT_PATH,
  NotificationStore,
  OPERATOR_HOME_PATH,
  SessionStore,
  TranslatePipe,
  createFormErrors,
  fieldsIn,
} from '@wk/web/core';
import {
  ButtonDirective,
  AlertComponent,
  ErrorSummaryComponent,
  FormControlDirective,
  FormFieldComponent,
  LiveStatusComponent,
  PageHeadingComponent,
  controlId,
} from '@wk/web/shared/ui';

const FIELDS = ['currentPassword', 'newPassword', 'repeat'] as const;

/**
 * `/wachtwoord`: the signed-in person changes the own password (the current one is required). After a
 * temporary password this is the only page that is open until the new password is saved.
 */
@Component({
  selector: 'wk-change-password-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ButtonDirective,
    AlertComponent,
    ErrorSummaryComponent,
    FormControlDirective,
    FormFieldComponent,
    LiveStatusComponent,
    PageHeadingComponent,
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
  ],
  templateUrl: './change-password.page.html',
})
export class ChangePasswordPage {
  readonly #store = inject(SessionStore);
  readonly #router = inject(Router);
  readonly #notifications = inject(NotificationStore);

  readonly formId = 'wachtwoord';
  readonly id = (field: string): string => controlId(this.formId, field);
  readonly required = this.#store.passwordChangeRequired;
  readonly isOperator = this.#store.isOperator;
  readonly min = PASSWORD_MIN_LENGTH;
  readonly max = PASSWORD_MAX_LENGTH;
  readonly busy = signal(false);
  /** Changed by choice (not forced): the page says so and stays. */
  readonly done = signal(false);
  readonly errors = createFormErrors(fieldsIn(FIELDS));

  readonly form = new FormGroup({
    currentPassword: new FormControl('', { nonNullable: true }),
    newPassword: new FormControl('', { nonNullable: true }),
    repeat: new FormControl('', { nonNullable: true }),
  });

  async submit(): Promise<void> {
    if (this.busy()) {
      return;
    }
    const { currentPassword, newPassword, repeat } = this.form.getRawValue();
    const length = [...newPassword].length;
    const valid = this.errors.check([
      ['currentPassword', currentPassword === '' ? 'password.error.currentRequired' : null],
      [
        'newPassword',
        newPassword === ''
          ? 'password.error.newRequired'
          : length < PASSWORD_MIN_LENGTH
            ? 'password.error.tooShort'
            : length > PASSWORD_MAX_LENGTH
              ? 'password.error.tooLong'
              : null,
        { min: PASSWORD_MIN_LENGTH, max: PASSWORD_MAX_LENGTH },
      ],
      ['repeat', repeat !== newPassword ? 'password.error.repeat' : null],
    ]);
    if (!valid) {
      return;
    }
    const wasRequired = this.required();
    this.busy.set(true);
    this.done.set(false);
    try {
      await this.#store.changePassword({ currentPassword, newPassword });
      this.form.reset();
      if (!wasRequired) {
        this.done.set(true);
        return;
      }
      this.#notifications.show('password.changed');
      const next = this.#store.isOperator() ? OPERATOR_HOME_PATH : this.#store.memberships().length > 1 ? CHOOSE_TENANT_PATH : '/';
      await this.#router.navigateByUrl(next);
    } catch (error: unknown) {
      this.form.controls.currentPassword.reset();
      this.errors.fail(error);
    } finally {
      this.busy.set(false);
    }
  }
}
