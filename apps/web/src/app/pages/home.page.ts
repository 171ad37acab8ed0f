import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { ROLE_LABELS, SessionStore, TranslatePipe } from '@wk/web/core';
import { PageHeadingComponent } from '@wk/web/shared/ui';
import { GettingStartedComponent } from './getting-started.component';

/** Landing page after sign-in: a short welcome and where to go next. */
@Component({
  selector: 'wk-home-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [GettingStartedComponent, PageHeadingComponent, RouterLink, TranslatePipe],
  template: `
    <wk-page-heading [heading]="'home.heading' | t: { name: firstName() }" [lead]="'home.lead' | t: { gemeente: tenantName() }" />

    <p class="utrecht-paragraph">
      {{ 'home.role' | t: { role: (roleLabel() | t) } }}
    </p>

    @if (isAdmin()) {
      <wk-getting-started />
    }

    <section class="wk-section" aria-labelledby="home-verder">
      <h2 class="utrecht-heading-2" id="home-verder">{{ 'home.next' | t }}</h2>
      <ul class="wk-card-list">
        @if (hasUnits()) {
          <li class="wk-card">
            <h3 class="utrecht-heading-3 wk-card__title">
              <a class="utrecht-link wk-card__link" routerLink="/mijn-acties">{{ 'home.myActions.link' | t }}</a>
            </h3>
            <p class="utrecht-paragraph">{{ 'home.myActions.text' | t }}</p>
          </li>
        }
        <li class="wk-card">
          <h3 class="utrecht-heading-3 wk-card__title">
            <a class="utrecht-link wk-card__link" routerLink="/voortgang">{{ 'home.progress.link' | t }}</a>
          </h3>
          <p class="utrecht-paragraph">{{ 'home.progress.text' | t }}</p>
        </li>
        <li class="wk-card">
          <h3 class="utrecht-heading-3 wk-card__title">
            <a class="utrecht-link wk-card__link" routerLink="/plannen">{{ 'home.plans.link' | t }}</a>
          </h3>
          <p class="utrecht-paragraph">{{ 'home.plans.text' | t }}</p>
        </li>
        <li class="wk-card">
          <h3 class="utrecht-heading-3 wk-card__title">
            <a class="utrecht-link wk-card__link" routerLink="/wijken">{{ 'home.wijken.link' | t }}</a>
          </h3>
          <p class="utrecht-paragraph">{{ 'home.wijken.text' | t }}</p>
        </li>
        @if (isAdmin()) {
          <li class="wk-card">
            <h3 class="utrecht-heading-3 wk-card__title">
              <a class="utrecht-link wk-card__link" routerLink="/beheer">{{ 'home.admin.link' | t }}</a>
            </h3>
            <p class="utrecht-paragraph">{{ 'home.admin.text' | t }}</p>
          </li>
        }
      </ul>
    </section>
  `,
})
export class HomePage {
  readonly #store = inject(SessionStore);
  readonly isAdmin = this.#store.isAdmin;
  readonly hasUnits = computed(() => (this.#store.user()?.orgUnitIds.length ?? 0) > 0);
  readonly firstName = computed(() => this.#store.user()?.name.split(' ')[0] ?? '');
  readonly tenantName = computed(() => this.#store.tenant()?.name ?? '');
  readonly roleLabel = computed(() => {
    const role = this.#store.role();
    return role ? ROLE_LABELS[role] : 'role.operator';
  });
}
