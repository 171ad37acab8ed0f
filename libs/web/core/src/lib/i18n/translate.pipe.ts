import { Pipe, PipeTransform, inject } from '@angular/core';
import type { TranslationKey } from './dictionary.nl';
import { I18nService, type TranslationParams } from './i18n.service';

/**
 * `{{ 'nav.home' | t }}` or `{{ 'users.count' | t: { count: n } }}`.
 * Impure on purpose: the result changes when the language signal changes, not only when the key does.
 */
@Pipe({ name: 't', pure: false })
export class TranslatePipe implements PipeTransform {
  readonly #i18n = inject(I18nService);

  transform(key: TranslationKey, params?: TranslationParams): string {
    return this.#i18n.t(key, params);
  }
}
