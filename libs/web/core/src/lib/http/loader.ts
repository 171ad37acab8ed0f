import { DestroyRef, type Signal, computed, inject, signal } from '@angular/core';
import type { Problem } from '@wk/contracts';
import type { Observable, Subscription } from 'rxjs';
import { problemFromError } from './problem';

export type LoadState<T> =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly value: T }
  | { readonly status: 'error'; readonly problem: Problem };

export interface Loader<T> {
  readonly state: Signal<LoadState<T>>;
  /** The loaded value, or undefined while loading or after an error. */
  readonly value: Signal<T | undefined>;
  /** Loads again; keeps showing the current value until the new one arrives. */
  reload(): void;
  /** Replaces the value locally (e.g. with the answer to a PATCH). */
  set(value: T): void;
}

/**
 * Loads data for a page into a signal: loading, ready or error. Must be created in an injection
 * context (a field initializer of a component); the request is cancelled when the page goes away.
 */
export function createLoader<T>(source: () => Observable<T>): Loader<T> {
  const state = signal<LoadState<T>>({ status: 'loading' });
  let subscription: Subscription | undefined;

  const load = (): void => {
    subscription?.unsubscribe();
    subscription = source().subscribe({
      next: (value) => state.set({ status: 'ready', value }),
      error: (error: unknown) => state.set({ status: 'error', problem: problemFromError(error) }),
    });
  };

  inject(DestroyRef).onDestroy(() => subscription?.unsubscribe());
  load();

  return {
    state: state.asReadonly(),
    value: computed(() => {
      const current = state();
      return current.status === 'ready' ? current.value : undefined;
    }),
    reload: load,
    set: (value: T) => state.set({ status: 'ready', value }),
  };
}
