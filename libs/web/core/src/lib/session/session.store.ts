import { HttpErrorResponse } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import type { ChangePasswordRequest, LoginRequest, Role, SessionInfo, SessionTenant } from '@wk/contracts';
import { firstValueFrom } from 'rxjs';
import { AppClock } from '../clock/clock';
import { ThemeService } from '../theme/theme.service';
import { AuthApi } from './auth-api';

export type SessionStatus = 'unknown' | 'loading' | 'signedIn' | 'signedOut';

/**
 * Who is signed in, for which gemeente. Private writable signals, public read-only ones.
 * The tenant theme follows the session: applied on sign-in, reset on sign-out.
 */
@Injectable({ providedIn: 'root' })
export class SessionStore {
  readonly #api = inject(AuthApi);
  readonly #theme = inject(ThemeService);
  readonly #clock = inject(AppClock);

  readonly #session = signal<SessionInfo | null>(null);
  readonly #status = signal<SessionStatus>('unknown');
  readonly #expired = signal(false);
  #pending: Promise<SessionInfo | null> | null = null;

  readonly session = this.#session.asReadonly();
  readonly status = this.#status.asReadonly();
  readonly user = computed(() => this.#session()?.user ?? null);
  readonly tenant = computed(() => this.#session()?.tenant ?? null);
  readonly role = computed<Role | null>(() => this.#session()?.user.role ?? null);
  readonly isOperator = computed(() => this.#session()?.operator === true);
  readonly isAdmin = computed(() => this.role() === 'admin');
  readonly signedIn = computed(() => this.#session() !== null);
  /** The person's gemeenten (the session holds one of them). */
  readonly memberships = computed(() => this.#session()?.memberships ?? []);
  /** A temporary password is in use: only the change-password page is open. */
  readonly passwordChangeRequired = computed(() => this.#session()?.passwordChangeRequired === true);
  /** True when the API ended the session (401 on an ordinary call), so the sign-in page can say why. */
  readonly expired = this.#expired.asReadonly();

  /**
   * Asks the API who is signed in, once; later calls answer from memory until sign-in or sign-out.
   * A 401 (or an unreachable API) means: not signed in.
   */
  load(): Promise<SessionInfo | null> {
    const status = this.#status();
    if (status === 'signedIn' || status === 'signedOut') {
      return Promise.resolve(this.#session());
    }
    if (this.#pending) {
      return this.#pending;
    }
    this.#status.set('loading');
    this.#pending = firstValueFrom(this.#api.session())
      .then(
        (session) => {
          this.#set(session);
          return session;
        },
        () => {
          this.clear();
          return null;
        },
      )
      .finally(() => {
        this.#pending = null;
      });
    return this.#pending;
  }

  /** Signs in; rejects with the HTTP error so the sign-in page can explain what went wrong. */
  async login(request: LoginRequest): Promise<SessionInfo> {
    const session = await firstValueFrom(this.#api.login(request));
    this.#set(session);
    return session;
  }

  /** Changes the own password; the session stays (and no longer needs a change). */
  async changePassword(request: ChangePasswordRequest): Promise<void> {
    await firstValueFrom(this.#api.changePassword(request));
    const session = this.#session();
    if (session) {
      this.#session.set({ ...session, passwordChangeRequired: false });
    }
  }

  /** A new session in another gemeente of the same person (also remembered as the next default). */
  async switchTenant(tenantId: string): Promise<SessionInfo> {
    const session = await firstValueFrom(this.#api.switchTenant({ tenantId }));
    this.#set(session);
    return session;
  }

  /** The API said a temporary password must be replaced first (403 password_change_required). */
  requirePasswordChange(): void {
    const session = this.#session();
    if (session && !session.passwordChangeRequired) {
      this.#session.set({ ...session, passwordChangeRequired: true });
    }
  }

  /**
   * Signs out at the API and forgets the session here, even when the API call fails. A session made through the
   * gemeente's provider gives the provider's sign-out address: the caller sends the browser there.
   */
  async logout(): Promise<string | null> {
    try {
      const answer = await firstValueFrom(this.#api.logout());
      return answer?.endSessionUrl ?? null;
    } catch (error: unknown) {
      // 401 means the session had already ended; anything else we cannot repair from here.
      if (!(error instanceof HttpErrorResponse)) {
        throw error;
      }
      return null;
    } finally {
      this.clear();
    }
  }

  /** Forgets the session locally; `expired` when the API answered 401 to an ordinary call. */
  clear(options: { expired?: boolean } = {}): void {
    this.#expired.set(options.expired === true && this.#session() !== null);
    this.#session.set(null);
    this.#status.set('signedOut');
    this.#theme.reset();
  }

  /** Keeps the header and theme in step after the admin changed the gemeente's name or theme. */
  updateTenant(tenant: Pick<SessionTenant, 'name' | 'theme'>): void {
    const session = this.#session();
    if (!session?.tenant) {
      return;
    }
    this.#session.set({ ...session, tenant: { ...session.tenant, name: tenant.name, theme: tenant.theme } });
    this.#theme.apply(tenant.theme);
  }

  hasRole(...roles: readonly Role[]): boolean {
    const role = this.role();
    return role !== null && roles.includes(role);
  }

  #set(session: SessionInfo): void {
    this.#expired.set(false);
    this.#session.set(session);
    this.#status.set('signedIn');
    this.#clock.follow(session.today);
    if (session.tenant) {
      this.#theme.apply(session.tenant.theme);
    } else {
      this.#theme.reset();
    }
  }
}
