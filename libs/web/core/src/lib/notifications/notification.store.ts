import { Injectable, signal } from '@angular/core';
import type { TranslationKey } from '../i18n/dictionary.nl';
import type { TranslationParams } from '../i18n/i18n.service';

/** A confirmation kept as a key, so that it follows the language switch. */
export interface FlashMessage {
  key: TranslationKey;
  params?: TranslationParams;
}

/**
 * A confirmation that outlives one navigation ("Wijk Meijhorst is toegevoegd"): set before
 * navigating away from a form, taken by the page that is shown next.
 */
@Injectable({ providedIn: 'root' })
export class NotificationStore {
  readonly #notification = signal<FlashMessage | null>(null);
  readonly notification = this.#notification.asReadonly();

  show(key: TranslationKey, params?: TranslationParams): void {
    this.#notification.set({ key, params });
  }

  /** Returns the waiting notification once, and forgets it. */
  take(): FlashMessage | null {
    const notification = this.#notification();
    this.#notification.set(null);
    return notification;
  }
}
