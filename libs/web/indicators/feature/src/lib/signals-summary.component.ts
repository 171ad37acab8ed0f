import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { IndicatorsApi } from '@wk/web/indicators/data-access';
import { createLoader, I18nService, TranslatePipe } from '@wk/web/core';
import { signalList } from './format';

/**
 * The early warning on the overview: the wijken (with a plan or not) whose position against the city worsened at
 * their latest measurement, each with the figures that raised the signal, and a link to all figures.
 */
@Component({
  selector: 'wk-signals-summary',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslatePipe],
  template: `
    @if (signals.value()) {
      <section class="wk-signals-summary" aria-labelledby="signalen-overzicht">
        <h2 class="utrecht-heading-2" id="signalen-overzicht">{{ 'signalsSummary.heading' | t }}</h2>
        @if (flagged().length) {
          <ul class="utrecht-unordered-list">
            @for (w of flagged(); track w.id) {
              <li class="utrecht-unordered-list__item">
                <a class="utrecht-link" [routerLink]="['/indicatoren/wijken', w.id]">{{ w.name }}</a
                >: {{ w.text }}
              </li>
            }
          </ul>
        } @else {
          <p class="utrecht-paragraph">{{ 'signalsSummary.none' | t }}</p>
        }
        <p class="utrecht-paragraph">
          <a class="utrecht-link" routerLink="/indicatoren">{{ 'signalsSummary.all' | t }}</a>
        </p>
      </section>
    }
  `,
})
export class SignalsSummaryComponent {
  readonly #api = inject(IndicatorsApi);
  readonly #i18n = inject(I18nService);
  readonly signals = createLoader(() => this.#api.signals());

  readonly flagged = computed(() => {
    const language = this.#i18n.language();
    return (this.signals.value()?.items ?? [])
      .map((w) => ({
        id: w.wijk.id,
        name: w.wijk.name,
        text: signalList(w, true, language),
      }))
      .filter((w) => w.text !== '')
      .sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  });
}
