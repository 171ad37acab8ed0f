import { type Signal, computed, effect, inject, signal, untracked } from '@angular/core';
import type { Problem } from '@wk/contracts';
import type { Observable } from 'rxjs';
import { I18nService } from '../i18n/i18n.service';
import { problemFromError, problemMessage } from './problem';

export type LoadState<T> =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly value: T }
  | { readonly status: 'error'; readonly problem: Problem };

export interface Loader<T> {
  readonly state: Signal<LoadState<T>>;
  /** The loaded value, or undefined while loading or after an error. */
  readonly value: Signal<T | undefined>;
  /** The error in plain language (current interface language), or null when there is none. */
  readonly errorText: Signal<string | null>;
  /** Loads again. */
  reload(): void;
  /** Replaces the value locally (e.g. with the answer to a PATCH). */
  set(value: T): void;
}

/**
 * Loads data for a page into a signal: loading, ready or error. Create it in an injection context
 * (a component field). `source` may read signals, such as a route parameter input: when they
 * change, the data is loaded again. A request still running is cancelled when a new one starts or
 * the page goes away.
 */
export function createLoader<T>(source: () => Observable<T>): Loader<T> {
  const i18n = inject(I18nService);
  const state = signal<LoadState<T>>({ status: 'loading' });
  const trigger = signal(0);

  effect((onCleanup) => {
    trigger();
    const request = source();
    untracked(() => {
      state.set({ status: 'loading' });
      const subscription = request.subscribe({
        next: (value) => state.set({ status: 'ready', value }),
        error: (error: unknown) => state.set({ status: 'error', problem: problemFromError(error) }),
      });
      onCleanup(() => subscription.unsubscribe());
    });
  });

  return {
    state: state.asReadonly(),
    value: computed(() => {
      const current = state();
      return current.status === 'ready' ? current.value : undefined;
    }),
    errorText: computed(() => {
      const current = state();
      return current.status === 'error' ? problemMessage(current.problem, (key) => i18n.t(key), i18n.language()) : null;
    }),
    reload: () => trigger.update((n) => n + 1),
    set: (value: T) => state.set({ status: 'ready', value }),
  };
}
