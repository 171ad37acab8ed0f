import { Injectable, signal } from '@angular/core';

/**
 * A confirmation that outlives one navigation ("Wijk Meijhorst is toegevoegd"): set before
 * navigating away from a form, taken by the page that is shown next.
 */
@Injectable({ providedIn: 'root' })
export class NotificationStore {
  readonly #message = signal<string | null>(null);
  readonly message = this.#message.asReadonly();

  show(message: string): void {
    this.#message.set(message);
  }

  /** Returns the waiting message once, and forgets it. */
  take(): string | null {
    const message = this.#message();
    this.#message.set(null);
    return message;
  }
}
