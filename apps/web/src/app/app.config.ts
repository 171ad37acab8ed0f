import { type ApplicationConfig, inject, provideAppInitializer, provideBrowserGlobalErrorListeners } from '@angular/core';
import { provideHttpClient, withFetch, withInterceptors, withXsrfConfiguration } from '@angular/common/http';
import { TitleStrategy, provideRouter, withComponentInputBinding, withInMemoryScrolling } from '@angular/router';
import { CSRF_COOKIE, CSRF_HEADER } from '@wk/contracts';
import { I18nService, PageTitleStrategy, languageInterceptor, unauthorizedInterceptor } from '@wk/web/core';
import { appRoutes } from './app.routes';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    // Only Dutch is in the first download: a visit that starts in English waits for its dictionary before the first page.
    provideAppInitializer(() => inject(I18nService).ready),
    provideRouter(appRoutes, withComponentInputBinding(), withInMemoryScrolling({ scrollPositionRestoration: 'enabled' })),
    provideHttpClient(
      withFetch(),
      // Angular reads the XSRF-TOKEN cookie and echoes it in X-XSRF-TOKEN on every write to a relative URL.
      withXsrfConfiguration({ cookieName: CSRF_COOKIE, headerName: CSRF_HEADER }),
      withInterceptors([languageInterceptor, unauthorizedInterceptor]),
    ),
    { provide: TitleStrategy, useClass: PageTitleStrategy },
  ],
};
