import { ChangeDetectionStrategy, Component, computed, effect, inject, input } from '@angular/core';
import { Meta } from '@angular/platform-browser';
import { RouterLink } from '@angular/router';
import { BLOCK_CODES, blockOf, pillarOf, type BlockCode, type PublicPlan } from '@wk/contracts';
import {
  ACTION_STATUS_LABELS,
  createLoader,
  I18nService,
  LoadStateComponent,
  PageTitleStrategy,
  ROLLUP_STATUS_LABELS,
  TranslatePipe,
} from '@wk/web/core';
import { PageHeadingComponent } from '@wk/web/shared/ui';
import { PublicApi } from './public-api';
import { usePublicTheme } from './public-theme';

/**
 * `/openbaar/:gemeente/:wijk`: the plan(s) a gemeente published for a wijk, for residents and anyone else, without
 * signing in: the vision, progress per building block, the goals per block with their actions and lead units, the
 * date of the last update. The same content as open data (JSON, CSV).
 */
@Component({
  selector: 'wk-public-wijk-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [LoadStateComponent, PageHeadingComponent, RouterLink, TranslatePipe],
  template: `
    <wk-load-state [loader]="data" [notFoundPage]="true" />
    @if (data.value(); as page) {
      <wk-page-heading
        [preHeading]="page.gemeente.name"
        [heading]="'public.wijk.heading' | t: { wijk: page.wijk.name }"
        [lead]="'public.wijk.lead' | t"
      />
      @for (plan of page.plans; track plan.title) {
        <article class="wk-public-plan" [attr.aria-labelledby]="'plan-' + $index">
          <h2 class="utrecht-heading-2" [id]="'plan-' + $index">{{ plan.title }}</h2>
          <dl class="wk-facts">
            <div class="wk-facts__row">
              <dt class="wk-facts__key">{{ 'public.period' | t }}</dt>
              <dd class="wk-facts__value">{{ plan.startYear }}–{{ plan.endYear }}</dd>
            </div>
            @if (plan.adoptedOn) {
              <div class="wk-facts__row">
                <dt class="wk-facts__key">{{ 'public.adopted' | t }}</dt>
                <dd class="wk-facts__value">
                  {{ date(plan.adoptedOn) }}{{ plan.decisionReference ? ' (' + plan.decisionReference + ')' : '' }}
                </dd>
              </div>
            }
            <div class="wk-facts__row">
              <dt class="wk-facts__key">{{ 'public.lastUpdate' | t }}</dt>
              <dd class="wk-facts__value">{{ plan.lastUpdate ? date(plan.lastUpdate) : ('public.noUpdate' | t) }}</dd>
            </div>
          </dl>

          <h3 class="utrecht-heading-3">{{ 'public.vision' | t }}</h3>
          <p class="utrecht-paragraph wk-public-vision">{{ plan.vision || ('public.noVision' | t) }}</p>

          <h3 class="utrecht-heading-3">{{ 'public.progress' | t }}</h3>
          <p class="utrecht-paragraph">{{ 'public.progress.lead' | t }}</p>
          <div class="wk-table-scroll" tabindex="0" role="region" [attr.aria-label]="'public.progress' | t">
            <table class="utrecht-table wk-table">
              <caption class="utrecht-table__caption">
                {{
                  'public.progress.caption' | t: { plan: plan.title }
                }}
              </caption>
              <thead class="utrecht-table__header">
                <tr class="utrecht-table__row">
                  <th class="utrecht-table__header-cell" scope="col">{{ 'public.block' | t }}</th>
                  <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col">{{ 'public.done' | t }}</th>
                  <th class="utrecht-table__header-cell" scope="col">{{ 'public.status' | t }}</th>
                  <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col">{{ 'public.actions' | t }}</th>
                </tr>
              </thead>
              <tbody class="utrecht-table__body">
                @for (row of plan.progress; track row.block + (row.pillar ?? '')) {
                  <tr class="utrecht-table__row">
                    <th class="utrecht-table__header-cell" scope="row">{{ groupName(row.block, row.pillar) }}</th>
                    <td class="utrecht-table__cell utrecht-table__cell--numeric">{{ percent(row.progress) }}</td>
                    <td class="utrecht-table__cell">{{ rollupLabels[row.status] | t }}</td>
                    <td class="utrecht-table__cell utrecht-table__cell--numeric">{{ row.actions }}</td>
                  </tr>
                }
              </tbody>
            </table>
          </div>

          <h3 class="utrecht-heading-3">{{ 'public.goals' | t }}</h3>
          @for (block of blocksOf(plan); track block.code) {
            <h4 class="utrecht-heading-4">{{ block.name }}</h4>
            @for (goal of block.goals; track $index) {
              <div class="wk-public-goal">
                <p class="utrecht-paragraph">
                  <strong>{{ goal.statement }}</strong>
                </p>
                @if (goal.target) {
                  <p class="utrecht-paragraph">{{ 'public.target' | t: { target: goal.target } }}</p>
                }
                @if (goal.actions.length) {
                  <ul class="wk-plain-list">
                    @for (action of goal.actions; track $index) {
                      <li class="wk-plain-list__item">
                        {{ action.title }} –
                        {{
                          'public.action'
                            | t
                              : {
                                  lead: action.leadUnit ?? ('public.noLead' | t),
                                  status: (actionLabels[action.status] | t),
                                  percent: action.percentComplete,
                                }
                        }}
                      </li>
                    }
                  </ul>
                }
              </div>
            }
          }
        </article>
      }
      <h2 class="utrecht-heading-2">{{ 'public.openData' | t }}</h2>
      <p class="utrecht-paragraph">{{ 'public.openData.lead' | t }}</p>
      <ul class="wk-download-list">
        <li>
          <a class="utrecht-link" [href]="jsonUrl()">{{ 'public.openData.json' | t }}</a>
        </li>
        <li>
          <a class="utrecht-link" [href]="jsonUrl() + '/actions'" download>{{ 'public.openData.csv' | t }}</a>
        </li>
      </ul>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" [routerLink]="['/openbaar', page.gemeente.slug]">{{
          'public.allPlans' | t: { gemeente: page.gemeente.name }
        }}</a>
        ·
        <a class="utrecht-link" routerLink="/toegankelijkheid">{{ 'public.a11yStatement' | t }}</a>
      </p>
    }
  `,
})
export class PublicWijkPage {
  readonly gemeente = input.required<string>();
  readonly wijk = input.required<string>();

  readonly #api = inject(PublicApi);
  readonly #i18n = inject(I18nService);
  readonly #titles = inject(PageTitleStrategy);
  readonly #meta = inject(Meta);
  readonly actionLabels = ACTION_STATUS_LABELS;
  readonly rollupLabels = ROLLUP_STATUS_LABELS;

  readonly data = createLoader(() => this.#api.wijk(this.gemeente(), this.wijk()));
  readonly jsonUrl = computed(() => this.#api.wijkUrl(this.gemeente(), this.wijk()));

  constructor() {
    const applyTheme = usePublicTheme();
    effect(() => {
      const page = this.data.value();
      if (!page) return;
      applyTheme(page.gemeente.theme);
      const first = page.plans[0];
      this.#titles.showPage(`${first?.title ?? page.wijk.name} – ${page.gemeente.name}`);
      const description = (first?.vision || this.#i18n.t('public.wijk.lead')).replace(/\s+/g, ' ').slice(0, 155);
      this.#meta.updateTag({ name: 'description', content: description });
    });
  }

  date(day: string): string {
    return this.#i18n.formatDate(day);
  }

  percent(value: number): string {
    return `${value.toLocaleString(this.#i18n.language() === 'nl' ? 'nl-NL' : 'en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 })}%`;
  }

  groupName(block: BlockCode, pillar: PublicPlan['progress'][number]['pillar']): string {
    const language = this.#i18n.language();
    return pillar
      ? this.#i18n.t('public.pillar', { name: pillarOf(pillar).label[language] })
      : `${block} ${blockOf(block).short[language]}`;
  }

  /** The goals under their block (pillar goals under B4), in the order of the six blocks. */
  blocksOf(plan: PublicPlan): { code: string; name: string; goals: PublicPlan['goals'] }[] {
    const language = this.#i18n.language();
    return BLOCK_CODES.map((code) => ({
      code,
      name: `${code} ${blockOf(code).short[language]}`,
      goals: plan.goals.filter((g) => g.block === code),
    })).filter((b) => b.goals.length);
  }
}
