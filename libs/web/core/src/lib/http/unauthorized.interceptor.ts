import { HttpErrorResponse, HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { catchError, throwError } from 'rxjs';
import { AUTH_URLS } from '../session/auth-api';
import { RETURN_URL_PARAM } from '../session/return-url';
import { CHANGE_PASSWORD_PATH, SIGN_IN_PATH } from '../session/guards';
import { SessionStore } from '../session/session.store';

/** Calls whose 401 is an answer, not an expired session: the caller handles it. */
const OWN_401: readonly string[] = [AUTH_URLS.login, AUTH_URLS.session, AUTH_URLS.logout];

/** A 401 anywhere else means the session ended: forget it and go to /inloggen?terug=<current page>. */
export const unauthorizedInterceptor: HttpInterceptorFn = (request, next) => {
  const store = inject(SessionStore);
  const router = inject(Router);
  return next(request).pipe(
    catchError((error: unknown) => {
      if (error instanceof HttpErrorResponse && error.status === 401 && !OWN_401.includes(request.url)) {
        store.clear({ expired: true });
        const current = router.url;
        if (!current.startsWith(SIGN_IN_PATH)) {
          void router.navigate([SIGN_IN_PATH], { queryParams: { [RETURN_URL_PARAM]: current } });
        }
      }
      // A temporary password is in use: everything but the password change answers 403 until it is replaced.
      if (error instanceof HttpErrorResponse && error.status === 403 && isPasswordChangeRequired(error.error)) {
        store.requirePasswordChange();
        if (!router.url.startsWith(CHANGE_PASSWORD_PATH)) {
          void router.navigateByUrl(CHANGE_PASSWORD_PATH);
        }
      }
      return throwError(() => error);
    }),
  );
};

function isPasswordChangeRequired(body: unknown): boolean {
  return typeof body === 'object' && body !== null && (body as { code?: unknown }).code === 'password_change_required';
}
