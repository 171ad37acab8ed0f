import { Injectable, computed, inject, signal } from '@angular/core';
import type { Plan } from '@wk/contracts';
import { type FlashMessage, type TranslationKey, type TranslationParams, createLoader, problemFromError } from '@wk/web/core';
import { NEVER, type Observable, firstValueFrom } from 'rxjs';
import { PlansApi } from './plans-api';

/**
 * The plan that the pages under `/plannen/:id` show. Provided by the page that hosts them, so the
 * tabs (plan, planning, comparison, history) share one copy. Writes answer with the whole plan,
 * which then replaces the one shown.
 */
@Injectable()
export class PlanStore {
  readonly #api = inject(PlansApi);
  readonly #id = signal<string | null>(null);
  readonly #busy = signal(false);
  readonly #announcement = signal('');
  readonly #conflict = signal(0);
  readonly #notice = signal<FlashMessage | null>(null);

  /** Loading state of the plan (loading, ready or error), with the error in plain language. */
  readonly data = createLoader(() => {
    const id = this.#id();
    return id ? this.#api.get(id) : NEVER;
  });
  readonly plan = computed(() => this.data.value() ?? null);
  /** True while a write is on its way. */
  readonly busy = this.#busy.asReadonly();
  /** The text of the page's polite live region (outcome of a move, a save, a delete). */
  readonly announcement = this.#announcement.asReadonly();
  /** Counts the 409 version conflicts answered so far (each one reloaded the plan). */
  readonly conflicts = this.#conflict.asReadonly();
  /** A confirmation shown under the plan's heading ("Het plan is vastgesteld."), as a key. */
  readonly notice = this.#notice.asReadonly();

  /** Shows the plan with this id (loads it when it is another one). */
  select(id: string): void {
    if (id !== this.#id()) {
      this.#notice.set(null);
      this.#id.set(id);
    }
  }

  /** Shows a confirmation under the plan's heading. */
  notify(key: TranslationKey, params?: TranslationParams): void {
    this.#notice.set({ key, params });
  }

  clearNotice(): void {
    this.#notice.set(null);
  }

  /** Loads the latest version again without hiding what is on the page meanwhile. */
  refresh(): Promise<Plan | null> {
    const id = this.#id();
    if (!id) {
      return Promise.resolve(null);
    }
    return firstValueFrom(this.#api.get(id)).then(
      (plan) => {
        this.data.set(plan);
        return plan;
      },
      () => {
        this.data.reload();
        return null;
      },
    );
  }

  /** Shows a plan the API answered with (e.g. after a lifecycle step). */
  replace(plan: Plan): void {
    if (plan.id === this.#id()) {
      this.data.set(plan);
    }
  }

  /**
   * Sends a write that answers with the whole plan and shows that plan. When someone else changed
   * the plan in the meantime (409 version_conflict) the latest version is loaded; the error is
   * passed on either way, so the form that asked can explain what happened.
   */
  async write(send: (plan: Plan, api: PlansApi) => Observable<Plan>): Promise<Plan> {
    const plan = this.plan();
    if (!plan) {
      throw new Error('No plan loaded');
    }
    this.#busy.set(true);
    try {
      const next = await firstValueFrom(send(plan, this.#api));
      this.replace(next);
      return next;
    } catch (error: unknown) {
      if (problemFromError(error).code === 'version_conflict') {
        this.#conflict.update((n) => n + 1);
        await this.refresh();
      }
      throw error;
    } finally {
      this.#busy.set(false);
    }
  }

  /** Says something through the live region; the same text twice is still read out. */
  announce(text: string): void {
    this.#announcement.update((current) => (current === text ? `${text}\u00a0` : text));
  }
}
