import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, signal, type OnInit } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { ROLES, type IdentityProviderSettings, type OidcClientAuth, type Role } from '@wk/contracts';
import { IdentityProviderApi } from '@wk/web/admin/data-access';
import { createFormErrors, fieldsIn, I18nService, ROLE_LABELS, TranslatePipe } from '@wk/web/core';
import {
  AlertComponent,
  BreadcrumbComponent,
  ButtonDirective,
  ConfirmDeleteComponent,
  ErrorSummaryComponent,
  FormControlDirective,
  FormFieldComponent,
  LiveStatusComponent,
  PageHeadingComponent,
  controlId,
} from '@wk/web/shared/ui';
import { firstValueFrom } from 'rxjs';

const FIELDS = [
  'issuer',
  'clientId',
  'clientAuth',
  'clientSecret',
  'privateKeyJwk',
  'groupsClaim',
  'roleMappings',
  'emailDomains',
] as const;

/** Lines of a text area: trimmed, empty ones left out. */
const lines = (text: string): string[] =>
  text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);

/**
 * `/beheer/inloggen`: the gemeente's own identity provider (OpenID Connect): its address and client, which
 * groups give which role, the e-mail domains that lead to it, and whether staff may still use a password.
 */
@Component({
  selector: 'wk-sign-in-settings-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    AlertComponent,
    BreadcrumbComponent,
    ButtonDirective,
    ConfirmDeleteComponent,
    ErrorSummaryComponent,
    FormControlDirective,
    FormFieldComponent,
    LiveStatusComponent,
    PageHeadingComponent,
    ReactiveFormsModule,
    TranslatePipe,
  ],
  templateUrl: './sign-in-settings.page.html',
})
export class SignInSettingsPage implements OnInit {
  readonly #api = inject(IdentityProviderApi);
  readonly #i18n = inject(I18nService);

  readonly formId = 'inloggen-gemeente';
  readonly id = (field: string): string => controlId(this.formId, field);
  readonly roles = ROLES;
  readonly roleLabels = ROLE_LABELS;
  readonly errors = createFormErrors(fieldsIn(FIELDS));
  readonly breadcrumb = computed(() => [{ label: this.#i18n.t('admin.heading'), path: '/beheer' }]);
  readonly loaded = signal(false);
  readonly current = signal<IdentityProviderSettings | null>(null);
  readonly busy = signal(false);
  readonly status = signal<string | null>(null);

  readonly form = new FormGroup({
    issuer: new FormControl('', { nonNullable: true }),
    clientId: new FormControl('', { nonNullable: true }),
    clientAuth: new FormControl<OidcClientAuth>('client_secret_basic', { nonNullable: true }),
    clientSecret: new FormControl('', { nonNullable: true }),
    privateKeyJwk: new FormControl('', { nonNullable: true }),
    groupsClaim: new FormControl('groups', { nonNullable: true }),
    admin: new FormControl('', { nonNullable: true }),
    planner: new FormControl('', { nonNullable: true }),
    contributor: new FormControl('', { nonNullable: true }),
    viewer: new FormControl('', { nonNullable: true }),
    emailDomains: new FormControl('', { nonNullable: true }),
    passwordSignIn: new FormControl(true, { nonNullable: true }),
    enabled: new FormControl(true, { nonNullable: true }),
  });
  readonly clientAuth = signal<OidcClientAuth>('client_secret_basic');

  async ngOnInit(): Promise<void> {
    this.form.controls.clientAuth.valueChanges.subscribe((v) => this.clientAuth.set(v));
    try {
      this.#fill(await firstValueFrom(this.#api.get()));
    } catch (error: unknown) {
      if (!(error instanceof HttpErrorResponse && error.status === 404)) {
        this.errors.fail(error);
      }
    } finally {
      this.loaded.set(true);
    }
  }

  /** The form field of a role's groups (the first one carries the errors of the links). */
  roleControl(role: Role): FormControl<string> {
    return this.form.controls[role];
  }

  async save(): Promise<void> {
    if (this.busy()) {
      return;
    }
    const v = this.form.getRawValue();
    const roleMappings = ROLES.flatMap((role) => lines(v[role]).map((group) => ({ group, role })));
    const secretKept = this.current()?.hasClientSecret === true;
    const keyKept = this.current()?.publicKeyJwk != null;
    const valid = this.errors.check([
      ['issuer', v.issuer.trim() === '' ? 'signInSettings.error.issuer' : null],
      ['clientId', v.clientId.trim() === '' ? 'signInSettings.error.clientId' : null],
      [
        'clientSecret',
        v.clientAuth !== 'private_key_jwt' && v.clientSecret.trim() === '' && !secretKept ? 'signInSettings.error.clientSecret' : null,
      ],
      [
        'privateKeyJwk',
        v.clientAuth === 'private_key_jwt' && v.privateKeyJwk.trim() === '' && !keyKept ? 'signInSettings.error.privateKey' : null,
      ],
      ['roleMappings', roleMappings.length === 0 ? 'signInSettings.error.roleMappings' : null],
    ]);
    if (!valid) {
      return;
    }
    this.busy.set(true);
    this.status.set(null);
    try {
      const saved = await firstValueFrom(
        this.#api.save({
          issuer: v.issuer.trim(),
          clientId: v.clientId.trim(),
          clientAuth: v.clientAuth,
          ...(v.clientSecret.trim() && v.clientAuth !== 'private_key_jwt' ? { clientSecret: v.clientSecret.trim() } : {}),
          ...(v.privateKeyJwk.trim() && v.clientAuth === 'private_key_jwt' ? { privateKeyJwk: v.privateKeyJwk.trim() } : {}),
          groupsClaim: v.groupsClaim.trim() || 'groups',
          roleMappings,
          emailDomains: lines(v.emailDomains),
          passwordSignIn: v.passwordSignIn,
          enabled: v.enabled,
        }),
      );
      this.#fill(saved);
      this.status.set(this.#i18n.t('signInSettings.saved'));
    } catch (error: unknown) {
      this.errors.fail(error);
    } finally {
      this.busy.set(false);
    }
  }

  readonly deleteTexts = computed(() => ({
    start: this.#i18n.t('signInSettings.remove'),
    question: this.#i18n.t('signInSettings.removeConfirm'),
    confirm: this.#i18n.t('signInSettings.removeYes'),
    cancel: this.#i18n.t('common.delete.cancel'),
    busy: this.#i18n.t('common.deleting'),
  }));

  async remove(): Promise<void> {
    if (this.busy()) {
      return;
    }
    this.busy.set(true);
    try {
      await firstValueFrom(this.#api.remove());
      this.current.set(null);
      this.form.reset();
      this.status.set(this.#i18n.t('signInSettings.removed'));
    } catch (error: unknown) {
      this.errors.fail(error);
    } finally {
      this.busy.set(false);
    }
  }

  #fill(s: IdentityProviderSettings): void {
    this.current.set(s);
    const groups = (role: Role) =>
      s.roleMappings
        .filter((m) => m.role === role)
        .map((m) => m.group)
        .join('\n');
    this.form.setValue({
      issuer: s.issuer,
      clientId: s.clientId,
      clientAuth: s.clientAuth,
      clientSecret: '',
      privateKeyJwk: '',
      groupsClaim: s.groupsClaim,
      admin: groups('admin'),
      planner: groups('planner'),
      contributor: groups('contributor'),
      viewer: groups('viewer'),
      emailDomains: s.emailDomains.join('\n'),
      passwordSignIn: s.passwordSignIn,
      enabled: s.enabled,
    });
    this.clientAuth.set(s.clientAuth);
  }

  publicKey(s: IdentityProviderSettings): string {
    return JSON.stringify(s.publicKeyJwk, null, 2);
  }
}
