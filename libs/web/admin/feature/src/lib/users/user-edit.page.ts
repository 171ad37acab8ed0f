import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import type { Role, TemporaryPassword, User } from '@wk/contracts';
import { OrgUnitsApi, UsersApi } from '@wk/web/admin/data-access';
import {
  createFormErrors,
  createLoader,
  fieldsIn,
  type FlashMessage,
  type FormErrorState,
  I18nService,
  LoadStateComponent,
  looksLikeEmail,
  problemFromError,
  ROLE_LABELS,
  SessionStore,
  TranslatePipe,
} from '@wk/web/core';
import {
  ButtonDirective,
  AlertComponent,
  BreadcrumbComponent,
  ErrorSummaryComponent,
  FormControlDirective,
  FormFieldComponent,
  LiveStatusComponent,
  PageHeadingComponent,
  StatusBadgeComponent,
  controlId,
} from '@wk/web/shared/ui';
import { firstValueFrom, forkJoin, map } from 'rxjs';
import { OrgUnitCheckboxesComponent } from './org-unit-checkboxes.component';
import { RoleFieldsetComponent } from './role-fieldset.component';
import { TemporaryPasswordComponent } from './temporary-password.component';

const FIELDS = ['name', 'email', 'role', 'orgUnitIds', 'active'] as const;

/** `/beheer/gebruikers/:id`: change name, role and organisation units; (de)activate. */
@Component({
  selector: 'wk-user-edit-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ButtonDirective,
    LoadStateComponent,
    AlertComponent,
    BreadcrumbComponent,
    ErrorSummaryComponent,
    FormControlDirective,
    FormFieldComponent,
    LiveStatusComponent,
    OrgUnitCheckboxesComponent,
    PageHeadingComponent,
    ReactiveFormsModule,
    RoleFieldsetComponent,
    RouterLink,
    StatusBadgeComponent,
    TemporaryPasswordComponent,
    TranslatePipe,
  ],
  templateUrl: './user-edit.page.html',
})
export class UserEditPage {
  readonly #i18n = inject(I18nService);
  readonly #users = inject(UsersApi);
  readonly #orgUnits = inject(OrgUnitsApi);
  readonly #session = inject(SessionStore);

  /** Route parameter. */
  readonly id = input.required<string>();

  readonly formId = 'gebruiker';
  readonly controlId = (field: string): string => controlId(this.formId, field);
  readonly roleLabels = ROLE_LABELS;
  readonly busy = signal(false);
  readonly saved = signal<FlashMessage | null>(null);
  readonly savedText = computed(() => {
    const saved = this.saved();
    return saved ? this.#i18n.t(saved.key, saved.params) : null;
  });
  readonly errors = createFormErrors(fieldsIn(FIELDS));
  readonly accessErrors = createFormErrors(() => null);
  readonly passwordErrors = createFormErrors(() => null);
  /** The temporary password just made: shown once, gone when the page is left. */
  readonly temporary = signal<TemporaryPassword | null>(null);
  readonly temporaryExpires = computed(() => {
    const at = this.user()?.temporaryPasswordExpiresAt;
    return at ? this.#i18n.formatDateTime(at) : null;
  });
  readonly breadcrumb = computed(() => [
    { label: this.#i18n.t('admin.heading'), path: '/beheer' },
    { label: this.#i18n.t('users.heading'), path: '/beheer/gebruikers' },
  ]);

  readonly data = createLoader(() =>
    forkJoin({
      user: this.#users.get(this.id()),
      orgUnits: this.#orgUnits.list().pipe(map((page) => page.items)),
    }),
  );
  readonly user = computed(() => this.data.value()?.user);
  readonly isSelf = computed(() => this.user()?.id === this.#session.user()?.id);
  readonly versionConflict = computed(
    () => this.errors.problem()?.code === 'version_conflict' || this.accessErrors.problem()?.code === 'version_conflict',
  );

  readonly role = signal<Role | null>(null);
  readonly orgUnitIds = signal<readonly string[]>([]);
  readonly form = new FormGroup({
    name: new FormControl('', { nonNullable: true }),
    email: new FormControl('', { nonNullable: true }),
  });

  constructor() {
    // Fill the form whenever a (new version of the) user arrives.
    effect(() => {
      const user = this.user();
      if (user) {
        this.#fill(user);
      }
    });
  }

  reload(): void {
    this.errors.clear();
    this.accessErrors.clear();
    this.saved.set(null);
    this.data.reload();
  }

  async save(): Promise<void> {
    const current = this.data.value();
    if (this.busy() || !current) {
      return;
    }
    const name = this.form.controls.name.value.trim();
    const email = this.form.controls.email.value.trim();
    const role = this.role();
    const shared = current.user.sharedAccount;
    if (
      !this.errors.check([
        ['name', name === '' ? 'users.error.nameRequired' : null],
        ['email', shared ? null : email === '' ? 'users.error.emailRequired' : looksLikeEmail(email) ? null : 'users.error.emailInvalid'],
        ['role', role === null ? 'users.error.roleRequired' : null],
      ]) ||
      role === null
    ) {
      return;
    }
    this.saved.set(null);
    const emailChange = !shared && email.toLowerCase() !== current.user.email ? { email } : {};
    await this.#update(
      current.user,
      { name, ...emailChange, role: this.isSelf() ? undefined : role, orgUnitIds: [...this.orgUnitIds()] },
      'users.saved',
      this.errors,
    );
  }

  /** A temporary password for this member (their sessions end; they choose a new password at sign-in). */
  async issueTemporaryPassword(): Promise<void> {
    const current = this.data.value();
    if (this.busy() || !current || this.isSelf() || current.user.sharedAccount) {
      return;
    }
    this.passwordErrors.clear();
    this.saved.set(null);
    this.busy.set(true);
    try {
      const temporary = await firstValueFrom(this.#users.temporaryPassword(current.user.id));
      this.temporary.set(temporary);
      const latest = this.data.value();
      if (latest) {
        this.data.set({ ...latest, user: { ...latest.user, temporaryPasswordExpiresAt: temporary.expiresAt } });
      }
    } catch (error: unknown) {
      this.passwordErrors.fail(error);
    } finally {
      this.busy.set(false);
    }
  }

  async setActive(active: boolean): Promise<void> {
    const current = this.data.value();
    if (this.busy() || !current || this.isSelf()) {
      return;
    }
    this.accessErrors.clear();
    this.saved.set(null);
    await this.#update(current.user, { active }, active ? 'users.activated' : 'users.deactivated', this.accessErrors);
  }

  async #update(
    user: User,
    changes: { name?: string; email?: string; role?: Role; orgUnitIds?: string[]; active?: boolean },
    message: 'users.saved' | 'users.activated' | 'users.deactivated',
    errors: FormErrorState,
  ): Promise<void> {
    this.busy.set(true);
    try {
      const updated = await firstValueFrom(this.#users.update(user.id, { ...changes, version: user.version }));
      const current = this.data.value();
      if (current) {
        this.data.set({ ...current, user: updated });
      }
      this.saved.set({ key: message, params: { name: updated.name } });
    } catch (error: unknown) {
      errors.fail(error);
      if (problemFromError(error).code === 'version_conflict') {
        this.saved.set(null);
      }
    } finally {
      this.busy.set(false);
    }
  }

  #fill(user: User): void {
    this.form.setValue({ name: user.name, email: user.email });
    this.role.set(user.role);
    this.orgUnitIds.set(user.orgUnitIds);
  }
}
