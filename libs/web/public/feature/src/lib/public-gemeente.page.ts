import { ChangeDetectionStrategy, Component, effect, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { createLoader, I18nService, LoadStateComponent, PageTitleStrategy, TranslatePipe } from '@wk/web/core';
import { PageHeadingComponent } from '@wk/web/shared/ui';
import { PublicApi } from './public-api';
import { usePublicTheme } from './public-theme';

/** `/openbaar/:gemeente`: the wijkplannen a gemeente published, with a link to each wijk's page. */
@Component({
  selector: 'wk-public-gemeente-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [LoadStateComponent, PageHeadingComponent, RouterLink, TranslatePipe],
  template: `
    <wk-load-state [loader]="data" [notFoundPage]="true" />
    @if (data.value(); as page) {
      <wk-page-heading [preHeading]="page.gemeente.name" [heading]="'public.gemeente.heading' | t" [lead]="'public.gemeente.lead' | t" />
      <ul class="wk-plain-list">
        @for (plan of page.plans; track plan.title) {
          <li class="wk-plain-list__item">
            <strong>{{ plan.title }}</strong> ({{ plan.startYear }}–{{ plan.endYear }})
            <ul class="wk-download-list">
              @for (w of plan.wijken; track w.slug) {
                <li>
                  <a class="utrecht-link" [routerLink]="['/openbaar', page.gemeente.slug, w.slug]">{{
                    'public.gemeente.wijkLink' | t: { wijk: w.name }
                  }}</a>
                </li>
              }
            </ul>
          </li>
        }
      </ul>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" routerLink="/toegankelijkheid">{{ 'public.a11yStatement' | t }}</a>
      </p>
    }
  `,
})
export class PublicGemeentePage {
  readonly gemeente = input.required<string>();
  readonly #api = inject(PublicApi);
  readonly #titles = inject(PageTitleStrategy);
  readonly #i18n = inject(I18nService);
  readonly data = createLoader(() => this.#api.gemeente(this.gemeente()));

  constructor() {
    const applyTheme = usePublicTheme();
    effect(() => {
      const page = this.data.value();
      if (!page) return;
      applyTheme(page.gemeente.theme);
      this.#titles.showPage(`${this.#i18n.t('public.gemeente.heading')} – ${page.gemeente.name}`);
    });
  }
}
