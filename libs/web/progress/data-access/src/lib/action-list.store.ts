import { Injectable, computed, inject, signal } from '@angular/core';
import type { ActionProgressList } from '@wk/contracts';
import { createLoader } from '@wk/web/core';
import { NEVER, type Observable, firstValueFrom } from 'rxjs';
import { ProgressApi } from './progress-api';

/** Whose actions a list shows: the signed-in user's units, or one organisation unit. */
export type ActionListSource = { kind: 'mine' } | { kind: 'unit'; unitId: string };

function sameSource(a: ActionListSource | null, b: ActionListSource): boolean {
  return a !== null && a.kind === b.kind && (a.kind === 'mine' || (b.kind === 'unit' && a.unitId === b.unitId));
}

/**
 * A list of actions with their progress ("Mijn acties", the actions of one unit). Provided by the
 * page that shows it. After an update is posted the list is fetched again without hiding what is
 * on the page, so that focus and scroll position stay where they are.
 */
@Injectable()
export class ActionListStore {
  readonly #api = inject(ProgressApi);
  readonly #source = signal<ActionListSource | null>(null);

  /** Loading state of the list (loading, ready or error), with the error in plain language. */
  readonly data = createLoader(() => {
    const source = this.#source();
    return source ? this.#fetch(source) : NEVER;
  });
  readonly list = computed(() => this.data.value() ?? null);

  /** Shows the actions of this source (loads them when it is another one). */
  show(source: ActionListSource): void {
    if (!sameSource(this.#source(), source)) {
      this.#source.set(source);
    }
  }

  /** Loads the list again, keeping the current one on the page meanwhile; on failure it reloads visibly. */
  async refresh(): Promise<ActionProgressList | null> {
    const source = this.#source();
    if (!source) {
      return null;
    }
    try {
      const list = await firstValueFrom(this.#fetch(source));
      this.data.set(list);
      return list;
    } catch {
      this.data.reload();
      return null;
    }
  }

  #fetch(source: ActionListSource): Observable<ActionProgressList> {
    return source.kind === 'mine' ? this.#api.myActions('all') : this.#api.unitActions(source.unitId);
  }
}
