import { inject } from '@angular/core';
import { type CanActivateFn, Router } from '@angular/router';
import type { Role } from '@wk/contracts';
import { RETURN_URL_PARAM } from './return-url';
import { SessionStore } from './session.store';

export const SIGN_IN_PATH = '/inloggen';
export const NO_ACCESS_PATH = '/geen-toegang';
export const OPERATOR_HOME_PATH = '/platform/gemeenten';
export const CHANGE_PASSWORD_PATH = '/wachtwoord';
export const CHOOSE_TENANT_PATH = '/kies-gemeente';

/** Signed in (tenant user or operator); otherwise to /inloggen?terug=<url>. */
export const signedInGuard: CanActivateFn = async (_route, state) => {
  const store = inject(SessionStore);
  const router = inject(Router);
  const session = await store.load();
  return session ? true : router.createUrlTree([SIGN_IN_PATH], { queryParams: { [RETURN_URL_PARAM]: state.url } });
};

/** The sign-in page is for visitors who are not signed in yet. */
export const signedOutGuard: CanActivateFn = async () => {
  const store = inject(SessionStore);
  const router = inject(Router);
  const session = await store.load();
  if (!session) {
    return true;
  }
  return router.createUrlTree([session.operator ? OPERATOR_HOME_PATH : '/']);
};

/** Pages of a gemeente: the platform operator has no gemeente and goes to the operator pages. */
export const tenantGuard: CanActivateFn = async (_route, state) => {
  const store = inject(SessionStore);
  const router = inject(Router);
  const session = await store.load();
  if (!session) {
    return router.createUrlTree([SIGN_IN_PATH], { queryParams: { [RETURN_URL_PARAM]: state.url } });
  }
  if (session.passwordChangeRequired) {
    return router.createUrlTree([CHANGE_PASSWORD_PATH]);
  }
  return session.operator || !session.tenant ? router.createUrlTree([OPERATOR_HOME_PATH]) : true;
};

/** Only for the given roles within the gemeente; others see the "no access" page. */
export function roleGuard(...roles: readonly Role[]): CanActivateFn {
  return async (_route, state) => {
    const store = inject(SessionStore);
    const router = inject(Router);
    const session = await store.load();
    if (!session) {
      return router.createUrlTree([SIGN_IN_PATH], { queryParams: { [RETURN_URL_PARAM]: state.url } });
    }
    const role = session.user.role;
    return role !== null && roles.includes(role) ? true : router.createUrlTree([NO_ACCESS_PATH]);
  };
}

/** Only for the platform operator. */
export const operatorGuard: CanActivateFn = async (_route, state) => {
  const store = inject(SessionStore);
  const router = inject(Router);
  const session = await store.load();
  if (!session) {
    return router.createUrlTree([SIGN_IN_PATH], { queryParams: { [RETURN_URL_PARAM]: state.url } });
  }
  return session.operator ? true : router.createUrlTree([NO_ACCESS_PATH]);
};
