import { ChangeDetectionStrategy, Component, DOCUMENT, DestroyRef, ElementRef, computed, inject, signal, viewChild } from '@angular/core';
import {
  NavigationCancel,
  NavigationCancellationCode,
  NavigationEnd,
  NavigationError,
  NavigationSkipped,
  Router,
  RouterLink,
  RouterLinkActive,
  RouterOutlet,
} from '@angular/router';
import { I18nService, OPERATOR_HOME_PATH, ROLE_LABELS, SIGN_IN_PATH, SessionStore, TranslatePipe } from '@wk/web/core';

interface NavItem {
  path: string;
  label:
    | 'nav.home'
    | 'nav.myActions'
    | 'nav.plans'
    | 'nav.progress'
    | 'nav.indicators'
    | 'nav.wijken'
    | 'nav.admin'
    | 'nav.tenants'
    | 'nav.statistics';
  exact: boolean;
}

/** The page frame: skip link, header with gemeente and user, main navigation, content, footer. */
@Component({
  selector: 'wk-root',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterOutlet, RouterLink, RouterLinkActive, TranslatePipe],
  templateUrl: './app.html',
})
export class App {
  readonly #router = inject(Router);
  readonly #document = inject(DOCUMENT);
  readonly #store = inject(SessionStore);
  readonly i18n = inject(I18nService);

  readonly main = viewChild.required<ElementRef<HTMLElement>>('main');

  readonly user = this.#store.user;
  /** The router has shown the first page (or given up on it). */
  readonly #firstPage = signal(false);
  /**
   * Until the API has said who is signed in (asked once, at start) and the router has put the first page in place,
   * the shell is laid out but not shown: it would show the signed-out header first and then jump when the name,
   * gemeente and navigation arrive (a layout shift on every first page), and an empty frame before the page itself.
   * The first paint shows frame and page together; a phone draws once instead of twice.
   */
  readonly pending = computed(() => !this.#firstPage() || this.#store.status() === 'unknown' || this.#store.status() === 'loading');
  readonly tenant = this.#store.tenant;
  readonly isOperator = this.#store.isOperator;
  readonly roleLabel = computed(() => {
    const role = this.#store.role();
    return role ? ROLE_LABELS[role] : this.isOperator() ? 'role.operator' : null;
  });
  /** The gemeente's logo (a data URL it uploaded); its name is written beside it, so the image has no alt text. */
  readonly logo = computed(() => this.tenant()?.theme.logo ?? null);
  readonly brandName = computed(() => {
    const tenant = this.tenant();
    return tenant ? tenant.theme.logoText?.trim() || tenant.name : null;
  });
  readonly homeLink = computed(() => (this.isOperator() ? OPERATOR_HOME_PATH : '/'));
  /** A person who works for several gemeenten can switch (a new session for the other gemeente). */
  readonly canSwitch = computed(() => this.#store.memberships().length > 1 && !this.#store.passwordChangeRequired());
  /** Operators' passwords are managed outside Wijkkompas. */
  readonly canChangePassword = computed(() => this.user() !== null && !this.isOperator());
  /** Where one is signed in: for every signed-in person who is past the forced password change. */
  readonly canSeeSessions = computed(() => this.user() !== null && !this.#store.passwordChangeRequired());

  readonly navItems = computed<NavItem[]>(() => {
    if (!this.user() || this.#store.passwordChangeRequired()) {
      return [];
    }
    if (this.isOperator()) {
      return [
        { path: OPERATOR_HOME_PATH, label: 'nav.tenants', exact: false },
        { path: '/platform/cijfers', label: 'nav.statistics', exact: false },
      ];
    }
    const items: NavItem[] = [
      { path: '/', label: 'nav.home', exact: true },
      // Readers (raadsleden) have no actions of their own to report on.
      ...(this.#store.role() === 'viewer' ? [] : [{ path: '/mijn-acties', label: 'nav.myActions' as const, exact: false }]),
      { path: '/plannen', label: 'nav.plans', exact: false },
      { path: '/voortgang', label: 'nav.progress', exact: false },
      { path: '/indicatoren', label: 'nav.indicators', exact: false },
      { path: '/wijken', label: 'nav.wijken', exact: false },
    ];
    if (this.#store.isAdmin()) {
      items.push({ path: '/beheer', label: 'nav.admin', exact: false });
    }
    return items;
  });

  constructor() {
    void this.#store.load();
    // The frame is shown once the first page is settled. After an in-app navigation, move focus to the new page's
    // content so that keyboard and screen-reader users start at the top of it (the first load keeps the browser's own
    // focus).
    let first = true;
    const subscription = this.#router.events.subscribe((event) => {
      if (isFirstPageSettled(event)) {
        this.#firstPage.set(true);
      }
      if (!(event instanceof NavigationEnd)) {
        return;
      }
      if (first) {
        first = false;
      } else if (!this.#document.defaultView?.location.hash) {
        this.main().nativeElement.focus({ preventScroll: true });
      }
    });
    inject(DestroyRef).onDestroy(() => subscription.unsubscribe());
  }

  /** `href="#inhoud"` would be resolved against the base href; move focus ourselves. */
  skipToContent(event: Event): void {
    event.preventDefault();
    const main = this.main().nativeElement;
    main.focus();
    main.scrollIntoView();
  }

  async logout(): Promise<void> {
    const providerSignOut = await this.#store.logout();
    if (providerSignOut) {
      // Signed in through the gemeente's provider: end that session too; it sends the browser back to sign-in.
      window.location.assign(providerSignOut);
      return;
    }
    await this.#router.navigateByUrl(SIGN_IN_PATH);
  }
}

/** A navigation event after which a page (or the error) is on screen: not a redirect or a superseded navigation. */
function isFirstPageSettled(event: unknown): boolean {
  if (event instanceof NavigationEnd || event instanceof NavigationError || event instanceof NavigationSkipped) {
    return true;
  }
  return (
    event instanceof NavigationCancel &&
    event.code !== NavigationCancellationCode.Redirect &&
    event.code !== NavigationCancellationCode.SupersededByNewNavigation
  );
}
