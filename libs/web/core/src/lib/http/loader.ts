import { type Signal, computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
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

/** The resource API wraps an error that is not an Error (or error-like) in one with that error as its cause. */
function unwrap(error: unknown): unknown {
  return error instanceof Error && error.cause !== undefined ? error.cause : error;
}

/**
 * Loads data for a page into a signal: loading, ready or error. A thin layer on Angular's
 * `rxResource`: create it in an injection context (a component field). `source` may read signals,
 * such as a route parameter input: when they change, the data is loaded again. A request still
 * running is cancelled when a new one starts or the page goes away. Unlike the resource itself, a
 * reload shows "loading" again rather than the old value, and an error is a {@link Problem}.
 */
export function createLoader<T>(source: () => Observable<T>): Loader<T> {
  const i18n = inject(I18nService);
  const resource = rxResource<T, { readonly request: Observable<T> }>({
    params: () => ({ request: source() }),
    stream: ({ params }) => params.request,
  });

  const state = computed<LoadState<T>>(() => {
    switch (resource.status()) {
      case 'resolved':
      case 'local':
        return { status: 'ready', value: resource.value() as T };
      case 'error':
        return { status: 'error', problem: problemFromError(unwrap(resource.error())) };
      default:
        return { status: 'loading' };
    }
  });

  return {
    state,
    value: computed(() => {
      const current = state();
      return current.status === 'ready' ? current.value : undefined;
    }),
    errorText: computed(() => {
      const current = state();
      return current.status === 'error' ? problemMessage(current.problem, (key) => i18n.t(key), i18n.language()) : null;
    }),
    reload: () => {
      resource.reload();
    },
    set: (value: T) => resource.set(value),
  };
}
