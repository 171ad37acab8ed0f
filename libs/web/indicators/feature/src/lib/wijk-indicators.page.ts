import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { BUILDING_BLOCKS, type BlockCode, type GapReason, type IndicatorTarget, type WijkIndicatorSeries } from '@wk/contracts';
import { IndicatorsApi } from '@wk/web/indicators/data-access';
import { createLoader, I18nService, LoadStateComponent, TranslatePipe } from '@wk/web/core';
import { PageHeadingComponent } from '@wk/web/shared/ui';
import { IndicatorCardComponent } from './indicator-card.component';
import { GAP_KEYS } from './format';

/** "2016", "2016, 2020" or "2002–2024". */
function yearsText(years: number[]): string {
  const sorted = [...years].sort((a, b) => a - b);
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  return sorted.length > 2 && first !== undefined && last !== undefined ? `${first}–${last}` : sorted.join(', ');
}

/**
 * `/indicatoren/wijken/:id` — "Hoe gaat het met de wijk?": per building block the indicators that inform it,
 * each with the wijk against its gemeente and the Netherlands over the years, objective and experienced side by
 * side. An indicator that informs several blocks is shown under the first.
 */
@Component({
  selector: 'wk-wijk-indicators-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [IndicatorCardComponent, LoadStateComponent, PageHeadingComponent, RouterLink, TranslatePipe],
  template: `
    <wk-load-state [loader]="data" [notFoundPage]="true" />
    @if (data.value(); as d) {
      <wk-page-heading
        [heading]="'indicators.heading' | t: { wijk: d.wijk.name }"
        [lead]="'indicators.lead' | t: { gemeente: d.gemeente.name }"
      >
        <a class="utrecht-link" routerLink="/indicatoren">{{ 'indicators.toSignals' | t }}</a>
        <a class="utrecht-link" [routerLink]="['/indicatoren/wijken', d.wijk.id, 'vergelijken']">{{ 'compare.link' | t }}</a>
      </wk-page-heading>
      <p class="utrecht-paragraph wk-indicators__caution">{{ 'indicators.caution' | t }}</p>
      @if (d.series.length === 0) {
        <div class="wk-empty">
          <p class="utrecht-paragraph">{{ 'indicators.empty' | t: { wijk: d.wijk.name } }}</p>
        </div>
      } @else {
        @if (groups().length) {
          <nav class="wk-indicators__toc" [attr.aria-label]="'indicators.toc' | t">
            <ul>
              @for (group of groups(); track group.block) {
                <li>
                  <a class="utrecht-link" [routerLink]="[]" [fragment]="'bouwsteen-' + group.block">{{ group.title }}</a>
                </li>
              }
            </ul>
          </nav>
        }
        @for (group of groups(); track group.block) {
          <section class="wk-indicators__block" [attr.aria-labelledby]="'bouwsteen-' + group.block">
            <h2 class="utrecht-heading-2" [id]="'bouwsteen-' + group.block">{{ group.title }}</h2>
            <div class="wk-indicators__grid">
              @for (s of group.series; track s.indicator.code) {
                <wk-indicator-card [series]="s" [targets]="targetsOf(s.indicator.code)" />
              }
            </div>
          </section>
        }
        @if (without().length) {
          <section class="wk-indicators__without" aria-labelledby="zonder-cijfers">
            <h2 class="utrecht-heading-2" id="zonder-cijfers">{{ 'indicators.without.heading' | t }}</h2>
            <p class="utrecht-paragraph">{{ 'indicators.without.lead' | t: { wijk: d.wijk.name } }}</p>
            <ul class="utrecht-unordered-list">
              @for (item of without(); track item.code) {
                <li class="utrecht-unordered-list__item">
                  <strong>{{ item.name }}</strong
                  >: {{ item.why }}
                </li>
              }
            </ul>
          </section>
        }
      }
    }
  `,
})
export class WijkIndicatorsPage {
  /** The wijk's id (route parameter). */
  readonly id = input.required<string>();
  readonly #api = inject(IndicatorsApi);
  readonly #i18n = inject(I18nService);

  readonly data = createLoader(() => this.#api.forWijk(this.id()));
  /** The targets the wijk's adopted plans set (shown beside the figures they are about). */
  readonly targets = createLoader(() => this.#api.targetsForWijk(this.id()));
  targetsOf(code: string): IndicatorTarget[] {
    return (this.targets.value()?.items ?? []).filter((t) => t.indicator.code === code);
  }

  readonly #hasFigure = (s: WijkIndicatorSeries) => s.wijk.points.some((p) => p.value !== null);

  /** The indicators the data holds no figure of this wijk for, each with why (per reason, the years). */
  readonly without = computed(() => {
    const language = this.#i18n.language();
    return (this.data.value()?.series ?? [])
      .filter((s) => !this.#hasFigure(s))
      .map((s) => {
        const years = new Map<GapReason, number[]>();
        for (const p of s.wijk.points) if (p.gap) years.set(p.gap, [...(years.get(p.gap) ?? []), p.year]);
        const why = [...years.entries()].map(([gap, list]) => `${this.#i18n.t(GAP_KEYS[gap])} (${yearsText(list)})`).join('; ');
        return { code: s.indicator.code, name: s.indicator.name[language], why };
      });
  });

  /** The series with a figure of the wijk, per building block, objective before experienced within a block. */
  readonly groups = computed(() => {
    const series = (this.data.value()?.series ?? []).filter(this.#hasFigure);
    const language = this.#i18n.language();
    const byBlock = new Map<BlockCode, WijkIndicatorSeries[]>();
    for (const s of series) {
      const block = s.indicator.blocks[0] ?? 'B1';
      byBlock.set(block, [...(byBlock.get(block) ?? []), s]);
    }
    return BUILDING_BLOCKS.filter((b) => byBlock.has(b.code)).map((b) => ({
      block: b.code,
      title: this.#i18n.t('plans.blockWithName', { number: Number(b.code.slice(1)), name: b.short[language] }),
      series: [...(byBlock.get(b.code) ?? [])].sort(
        (x, y) => Number(x.indicator.kind === 'experienced') - Number(y.indicator.kind === 'experienced'),
      ),
    }));
  });
}
