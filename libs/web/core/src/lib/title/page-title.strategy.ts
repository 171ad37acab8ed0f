import { Injectable, effect, inject, signal } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { type RouterStateSnapshot, TitleStrategy } from '@angular/router';
import { I18nService, isTranslationKey } from '../i18n/i18n.service';

/**
 * Route `title`s are translation keys. The document title reads "<page> – Wijkkompas" and follows
 * the language switch.
 */
@Injectable({ providedIn: 'root' })
export class PageTitleStrategy extends TitleStrategy {
  readonly #title = inject(Title);
  readonly #i18n = inject(I18nService);
  readonly #page = signal<string | undefined>(undefined);

  constructor() {
    super();
    effect(() => {
      const page = this.#page();
      const product = this.#i18n.t('app.name');
      const text = page === undefined ? product : isTranslationKey(page) ? this.#i18n.t(page) : page;
      this.#title.setTitle(page === undefined ? product : `${text} – ${product}`);
    });
  }

  /** A page whose title comes with its data (a public plan page) names itself once the data is there. */
  showPage(text: string): void {
    this.#page.set(text);
  }

  override updateTitle(snapshot: RouterStateSnapshot): void {
    this.#page.set(this.buildTitle(snapshot));
  }
}
