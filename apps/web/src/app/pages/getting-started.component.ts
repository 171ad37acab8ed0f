import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { OrgUnitsApi, UsersApi, WijkenApi } from '@wk/web/admin/data-access';
import { PlansApi } from '@wk/web/plans/data-access';
import { type TranslationKey, TranslatePipe } from '@wk/web/core';
import { catchError, forkJoin, map, of } from 'rxjs';

interface Step {
  key: string;
  title: TranslationKey;
  text: TranslationKey;
  link: string;
  done: boolean;
}

/**
 * For the beheerder of a new gemeente: the four steps to a first plan (wijken, departments and partners,
 * colleagues, a first plan), each ticked off once it is done. Hidden when all four are done.
 */
@Component({
  selector: 'wk-getting-started',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslatePipe],
  template: `
    @if (steps(); as list) {
      @if (remaining() > 0) {
        <section class="wk-section wk-getting-started" aria-labelledby="aan-de-slag">
          <h2 class="utrecht-heading-2" id="aan-de-slag">{{ 'gettingStarted.heading' | t }}</h2>
          <p class="utrecht-paragraph">{{ 'gettingStarted.lead' | t: { done: list.length - remaining(), total: list.length } }}</p>
          <ol class="wk-steps">
            @for (step of list; track step.key) {
              <li class="wk-steps__item" [class.wk-steps__item--done]="step.done">
                <span class="wk-steps__mark" aria-hidden="true">{{ step.done ? '✓' : '' }}</span>
                <div>
                  @if (step.done) {
                    <p class="utrecht-paragraph wk-steps__title">
                      {{ step.title | t }} <span class="wk-steps__state">({{ 'gettingStarted.done' | t }})</span>
                    </p>
                  } @else {
                    <p class="utrecht-paragraph wk-steps__title">
                      <a class="utrecht-link" [routerLink]="step.link">{{ step.title | t }}</a>
                      <span class="wk-steps__state"> ({{ 'gettingStarted.todo' | t }})</span>
                    </p>
                  }
                  <p class="utrecht-paragraph wk-steps__text">{{ step.text | t }}</p>
                </div>
              </li>
            }
          </ol>
        </section>
      }
    }
  `,
})
export class GettingStartedComponent {
  readonly steps = toSignal(
    forkJoin({
      wijken: inject(WijkenApi)
        .list()
        .pipe(map((p) => p.total)),
      units: inject(OrgUnitsApi)
        .list()
        .pipe(map((p) => p.total)),
      users: inject(UsersApi)
        .list()
        .pipe(map((p) => p.total)),
      plans: inject(PlansApi)
        .list()
        .pipe(map((p) => p.total)),
    }).pipe(
      map((n): Step[] => [
        {
          key: 'wijken',
          title: 'gettingStarted.wijken',
          text: 'gettingStarted.wijken.text',
          link: '/beheer/wijken/nieuw',
          done: n.wijken > 0,
        },
        {
          key: 'units',
          title: 'gettingStarted.units',
          text: 'gettingStarted.units.text',
          link: '/beheer/organisatieonderdelen/nieuw',
          done: n.units > 0,
        },
        // The beheerder is the first user; a colleague makes two.
        {
          key: 'users',
          title: 'gettingStarted.users',
          text: 'gettingStarted.users.text',
          link: '/beheer/gebruikers/nieuw',
          done: n.users > 1,
        },
        {
          key: 'plan',
          title: 'gettingStarted.plan',
          text: 'gettingStarted.plan.text',
          link: n.wijken > 0 ? '/plannen/nieuw' : '/beheer/wijken/nieuw',
          done: n.plans > 0,
        },
      ]),
      // Not being able to count is no reason to show a broken home page: the list is left out.
      catchError(() => of(null)),
    ),
    { initialValue: null },
  );
  readonly remaining = computed(() => (this.steps() ?? []).filter((s) => !s.done).length);
}
