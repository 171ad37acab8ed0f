import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import type { CreatedUser, Role } from '@wk/contracts';
import { OrgUnitsApi, UsersApi } from '@wk/web/admin/data-access';
import { I18nService, NotificationStore, TranslatePipe, createFormErrors, createLoader, fieldsIn, looksLikeEmail } from '@wk/web/core';
import {
  ButtonDirective,
  BreadcrumbComponent,
  ErrorSummaryComponent,
  FormControlDirective,
  FormFieldComponent,
  PageHeadingComponent,
  controlId,
} from '@wk/web/shared/ui';
import { firstValueFrom, map } from 'rxjs';
import { OrgUnitCheckboxesComponent } from './org-unit-checkboxes.component';
import { RoleFieldsetComponent } from './role-fieldset.component';
import { TemporaryPasswordComponent } from './temporary-password.component';

import { MIN_PASSWORD_LENGTH } from '../constants';
const FIELDS = ['name', 'email', 'role', 'password', 'orgUnitIds'] as const;

/** `/beheer/gebruikers/nieuw`. */
@Component({
  selector: 'wk-user-create-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ButtonDirective,
    BreadcrumbComponent,
    ErrorSummaryComponent,
    FormControlDirective,
    FormFieldComponent,
    OrgUnitCheckboxesComponent,
    PageHeadingComponent,
    ReactiveFormsModule,
    RoleFieldsetComponent,
    RouterLink,
    TemporaryPasswordComponent,
    TranslatePipe,
  ],
  templateUrl: './user-create.page.html',
})
export class UserCreatePage {
  readonly #i18n = inject(I18nService);
  readonly #users = inject(UsersApi);
  readonly #router = inject(Router);
  readonly #notifications = inject(NotificationStore);
  readonly #orgUnitsApi = inject(OrgUnitsApi);

  readonly formId = 'gebruiker';
  readonly id = (field: string): string => controlId(this.formId, field);
  readonly minPasswordLength = MIN_PASSWORD_LENGTH;
  readonly busy = signal(false);
  /** A new account with a temporary password: shown once on this page. */
  readonly created = signal<CreatedUser | null>(null);
  readonly errors = createFormErrors(fieldsIn(FIELDS));
  readonly breadcrumb = computed(() => [
    { label: this.#i18n.t('admin.heading'), path: '/beheer' },
    { label: this.#i18n.t('users.heading'), path: '/beheer/gebruikers' },
  ]);

  readonly orgUnits = createLoader(() => this.#orgUnitsApi.list().pipe(map((page) => page.items)));
  readonly role = signal<Role | null>(null);
  readonly orgUnitIds = signal<readonly string[]>([]);

  readonly form = new FormGroup({
    name: new FormControl('', { nonNullable: true }),
    email: new FormControl('', { nonNullable: true }),
    password: new FormControl('', { nonNullable: true }),
  });

  async submit(): Promise<void> {
    if (this.busy()) {
      return;
    }
    const { name, email, password } = this.form.getRawValue();
    const role = this.role();
    const valid = this.errors.check([
      ['name', name.trim() === '' ? 'users.error.nameRequired' : null],
      ['email', email.trim() === '' ? 'users.error.emailRequired' : looksLikeEmail(email) ? null : 'users.error.emailInvalid'],
      ['role', role === null ? 'users.error.roleRequired' : null],
      [
        'password',
        password !== '' && [...password].length < MIN_PASSWORD_LENGTH ? 'users.error.passwordTooShort' : null,
        { min: MIN_PASSWORD_LENGTH },
      ],
    ]);
    if (!valid || role === null) {
      return;
    }
    this.busy.set(true);
    try {
      const user = await firstValueFrom(
        this.#users.create({
          name: name.trim(),
          email: email.trim(),
          role,
          ...(password === '' ? {} : { password }),
          orgUnitIds: [...this.orgUnitIds()],
        }),
      );
      if (user.temporaryPassword) {
        this.created.set(user);
        return;
      }
      this.#notifications.show(user.existingAccount ? 'users.createdExisting' : 'users.created', { name: user.name });
      await this.#router.navigate(['/beheer/gebruikers']);
    } catch (error: unknown) {
      this.errors.fail(error);
    } finally {
      this.busy.set(false);
    }
  }
}
