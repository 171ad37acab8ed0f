import { ChangeDetectionStrategy, Component, inject, signal, type OnInit } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { ActivatedRoute, Router } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import type { Problem, SsoGemeente } from '@wk/contracts';
import {
  CHANGE_PASSWORD_PATH,
  CHOOSE_TENANT_PATH,
  OPERATOR_HOME_PATH,
  RETURN_URL_PARAM,
  AuthApi,
  SessionStore,
  type TranslationKey,
  TranslatePipe,
  createFormErrors,
  fieldsIn,
  looksLikeEmail,
  safeReturnUrl,
} from '@wk/web/core';
import {
  ButtonDirective,
  AlertComponent,
  ErrorSummaryComponent,
  FormControlDirective,
  FormFieldComponent,
  PageHeadingComponent,
  controlId,
} from '@wk/web/shared/ui';

const FIELDS = ['email', 'password'] as const;

/** Sign-in with e-mail address and password. */
@Component({
  selector: 'wk-login-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ButtonDirective,
    AlertComponent,
    ErrorSummaryComponent,
    FormControlDirective,
    FormFieldComponent,
    PageHeadingComponent,
    ReactiveFormsModule,
    TranslatePipe,
  ],
  templateUrl: './login.page.html',
})
export class LoginPage implements OnInit {
  readonly #store = inject(SessionStore);
  readonly #router = inject(Router);
  readonly #route = inject(ActivatedRoute);
  readonly #api = inject(AuthApi);

  readonly formId = 'inloggen';
  readonly id = (field: string): string => controlId(this.formId, field);
  readonly expired = this.#store.expired;
  readonly busy = signal(false);
  readonly errors = createFormErrors(fieldsIn(FIELDS));

  /** Back from the provider's sign-out. */
  readonly signedOut = this.#route.snapshot.queryParamMap.get('afgemeld') === '1';
  /** Gemeenten whose staff sign in with the gemeente's own account (empty: the section is not shown). */
  readonly sso = signal<SsoGemeente[]>([]);
  readonly ssoErrors = createFormErrors(fieldsIn(['ssoEmail'] as const));
  readonly ssoEmail = new FormControl('', { nonNullable: true });
  readonly ssoNone = signal(false);

  async ngOnInit(): Promise<void> {
    try {
      this.sso.set(await firstValueFrom(this.#api.sso()));
    } catch {
      // Without the list the page still signs in with a password.
    }
  }

  /** The provider's address for this gemeente, returning here afterwards. */
  startUrl(gemeente: SsoGemeente): string {
    const target = safeReturnUrl(this.#route.snapshot.queryParamMap.get(RETURN_URL_PARAM), '/');
    return `${gemeente.startUrl}?returnTo=${encodeURIComponent(target)}`;
  }

  /** Finds the gemeente by the domain of the work e-mail address and goes to its provider. */
  async findGemeente(event: Event): Promise<void> {
    event.preventDefault();
    const email = this.ssoEmail.value.trim();
    this.ssoNone.set(false);
    if (
      !this.ssoErrors.check([['ssoEmail', email === '' ? 'login.email.required' : looksLikeEmail(email) ? null : 'login.email.invalid']])
    ) {
      return;
    }
    const found = await firstValueFrom(this.#api.sso(email));
    const first = found[0];
    if (found.length === 1 && first) {
      window.location.assign(this.startUrl(first));
    } else {
      this.ssoNone.set(true);
    }
  }

  readonly form = new FormGroup({
    email: new FormControl('', { nonNullable: true }),
    password: new FormControl('', { nonNullable: true }),
  });

  async submit(): Promise<void> {
    if (this.busy()) {
      return;
    }
    const { email, password } = this.form.getRawValue();
    const valid = this.errors.check([
      ['email', email.trim() === '' ? 'login.email.required' : looksLikeEmail(email) ? null : 'login.email.invalid'],
      ['password', password === '' ? 'login.password.required' : null],
    ]);
    if (!valid) {
      return;
    }
    this.busy.set(true);
    try {
      const session = await this.#store.login({ email: email.trim(), password });
      const fallback = session.operator ? OPERATOR_HOME_PATH : '/';
      const target = safeReturnUrl(this.#route.snapshot.queryParamMap.get(RETURN_URL_PARAM), fallback);
      if (session.passwordChangeRequired) {
        // A temporary password: nothing else is open until it is replaced.
        await this.#router.navigateByUrl(CHANGE_PASSWORD_PATH);
      } else if (!session.operator && session.memberships.length > 1) {
        // Works for several gemeenten: choose one (the last one chosen is selected).
        await this.#router.navigate([CHOOSE_TENANT_PATH], { queryParams: { [RETURN_URL_PARAM]: target } });
      } else {
        await this.#router.navigateByUrl(target);
      }
    } catch (error: unknown) {
      this.form.controls.password.reset();
      this.errors.fail(error, loginFailureMessage);
    } finally {
      this.busy.set(false);
    }
  }
}

/**
 * Never say whether the address exists: a wrong address and a wrong password get the same message.
 * 429 keeps the API's own detail (it says how long to wait).
 */
function loginFailureMessage(problem: Problem): TranslationKey | null {
  if (problem.status === 429) {
    return problem.detail ? null : 'login.tooManyAttempts';
  }
  if (problem.code === 'tenant_inactive') {
    return 'login.tenantInactive';
  }
  if (problem.code === 'temporary_password_expired') {
    return 'login.temporaryExpired';
  }
  // The gemeente signs its staff in with its own account only: the API's detail says so (and names it).
  if (problem.detailCode === 'auth.password_sign_in_off') {
    return null;
  }
  if (problem.status === 400 || problem.status === 401 || problem.status === 403) {
    return 'login.failed';
  }
  return null;
}
