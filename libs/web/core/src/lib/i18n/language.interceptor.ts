import { HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { I18nService } from './i18n.service';

/** Tells the API which language to write problem details in (`Accept-Language`). */
export const languageInterceptor: HttpInterceptorFn = (request, next) => {
  const language = inject(I18nService).language();
  return next(request.headers.has('Accept-Language') ? request : request.clone({ setHeaders: { 'Accept-Language': language } }));
};
