import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { IndicatorsApi } from '@wk/web/indicators/data-access';
import { createLoader, I18nService, LoadStateComponent, TranslatePipe } from '@wk/web/core';
import { PageHeadingComponent } from '@wk/web/shared/ui';

/**
 * `/indicatoren`: every wijk of the gemeente (with a plan or not) with the indicators whose early-warning rule
 * raised a signal, and a link to "Hoe gaat het met de wijk?".
 */
@Component({
  selector: 'wk-signals-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [LoadStateComponent, PageHeadingComponent, RouterLink, TranslatePipe],
  template: `
    <wk-page-heading [heading]="'signals.heading' | t" [lead]="'signals.lead' | t" />
    <wk-load-state [loader]="data" />
    @if (data.value(); as page) {
      <p class="utrecht-paragraph">{{ 'signals.rule' | t }}</p>
      <div class="wk-table-scroll" tabindex="0" role="region" [attr.aria-label]="'signals.caption' | t">
        <table class="utrecht-table utrecht-table--html-table wk-table">
          <caption class="utrecht-table__caption">
            {{
              'signals.caption' | t
            }}
          </caption>
          <thead class="utrecht-table__header">
            <tr class="utrecht-table__row">
              <th scope="col" class="utrecht-table__header-cell">{{ 'signals.col.wijk' | t }}</th>
              <th scope="col" class="utrecht-table__header-cell">{{ 'signals.col.now' | t }}</th>
              <th scope="col" class="utrecht-table__header-cell">{{ 'signals.col.earlier' | t }}</th>
            </tr>
          </thead>
          <tbody class="utrecht-table__body">
            @for (row of rows(); track row.id) {
              <tr class="utrecht-table__row">
                <th scope="row" class="utrecht-table__header-cell">
                  <a class="utrecht-link" [routerLink]="['/indicatoren/wijken', row.id]">{{ row.name }}</a>
                </th>
                <td class="utrecht-table__cell">{{ row.now || ('signals.none' | t) }}</td>
                <td class="utrecht-table__cell">{{ row.earlier || ('signals.none' | t) }}</td>
              </tr>
            }
          </tbody>
        </table>
      </div>
    }
  `,
})
export class SignalsPage {
  readonly #api = inject(IndicatorsApi);
  readonly #i18n = inject(I18nService);
  readonly data = createLoader(() => this.#api.signals());

  /** Wijken with a standing signal first, then those with an earlier one, then the rest; by name. */
  readonly rows = computed(() => {
    const language = this.#i18n.language();
    const items = this.data.value()?.items ?? [];
    return items
      .map((w) => {
        const text = (current: boolean) =>
          w.signals
            .filter((s) => s.current === current)
            .map((s) => `${s.indicator.name[language]} (${s.year})`)
            .join('; ');
        return { id: w.wijk.id, name: w.wijk.name, now: text(true), earlier: text(false) };
      })
      .sort((a, b) => Number(!a.now) - Number(!b.now) || Number(!a.earlier) - Number(!b.earlier) || a.name.localeCompare(b.name));
  });
}
