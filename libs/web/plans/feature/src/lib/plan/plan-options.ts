import { Injectable, computed, inject, signal } from '@angular/core';
import type { OrgUnit, User } from '@wk/contracts';
import { OrgUnitsApi, UsersApi } from '@wk/web/admin/data-access';
import { createLoader } from '@wk/web/core';
import { NEVER, forkJoin, map } from 'rxjs';

export interface PlanOptionLists {
  departments: OrgUnit[];
  partners: OrgUnit[];
  units: OrgUnit[];
  users: User[];
}

const byName = <T extends { name: string }>(a: T, b: T): number => a.name.localeCompare(b.name, 'nl');

/**
 * The organisation units and users an action can be assigned to. Provided by the plan page and
 * loaded once, the first time an action form asks for them.
 */
@Injectable()
export class PlanOptions {
  readonly #orgUnits = inject(OrgUnitsApi);
  readonly #users = inject(UsersApi);
  readonly #wanted = signal(false);

  readonly data = createLoader(() =>
    this.#wanted()
      ? forkJoin([this.#orgUnits.list(), this.#users.list()]).pipe(
          map(([units, users]): PlanOptionLists => {
            const sorted = [...units.items].sort(byName);
            return {
              units: sorted,
              departments: sorted.filter((u) => u.kind === 'department'),
              partners: sorted.filter((u) => u.kind === 'partner'),
              users: users.items.filter((u) => u.active).sort(byName),
            };
          }),
        )
      : NEVER,
  );
  readonly lists = computed(() => this.data.value() ?? null);

  /** Starts loading (once). */
  want(): void {
    this.#wanted.set(true);
  }
}
