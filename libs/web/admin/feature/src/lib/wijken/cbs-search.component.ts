import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import type { CbsUnitMatch } from '@wk/contracts';
import { WijkenApi } from '@wk/web/admin/data-access';
import { I18nService, TranslatePipe, problemFromError, problemMessage } from '@wk/web/core';
import { firstValueFrom } from 'rxjs';

/**
 * Finding a CBS wijk or buurt of the gemeente by name, so that nobody has to know its code: type part of the
 * name, press Zoeken (or Enter), and choose a result; the form then adds its code.
 */
@Component({
  selector: 'wk-cbs-search',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  template: `
    <div class="wk-cbs-search">
      <label class="utrecht-form-label wk-cbs-search__label" [for]="idPrefix() + '-zoek'">{{ 'cbsSearch.label' | t }}</label>
      <div class="utrecht-form-field-description wk-form-field__description" [id]="idPrefix() + '-zoek-uitleg'">
        {{ 'cbsSearch.description' | t }}
      </div>
      <div class="wk-cbs-search__row">
        <input
          class="utrecht-textbox utrecht-textbox--html-input wk-cbs-search__input"
          type="search"
          autocomplete="off"
          [id]="idPrefix() + '-zoek'"
          [attr.aria-describedby]="idPrefix() + '-zoek-uitleg'"
          [value]="query()"
          (input)="typed($event)"
          (keydown.enter)="search($event)"
        />
        <button type="button" class="utrecht-button utrecht-button--secondary-action" (click)="search()">
          {{ 'cbsSearch.submit' | t }}
        </button>
      </div>
      <p class="utrecht-paragraph wk-cbs-search__status" role="status" aria-live="polite">{{ status() }}</p>
      @if (results().length > 0) {
        <ul class="wk-cbs-search__results">
          @for (m of results(); track m.code) {
            <li>
              <button type="button" class="utrecht-button utrecht-button--subtle wk-cbs-search__pick" (click)="picked.emit(m)">
                {{ 'cbsSearch.pick' | t: { name: m.name, code: m.code } }}
                <span class="wk-muted">{{
                  m.level === 'wijk' ? ('cbsSearch.wijk' | t) : ('cbsSearch.buurt' | t: { wijk: m.wijkName ?? '' })
                }}</span>
              </button>
            </li>
          }
        </ul>
      }
    </div>
  `,
})
export class CbsSearchComponent {
  readonly #api = inject(WijkenApi);
  readonly #i18n = inject(I18nService);

  readonly idPrefix = input.required<string>();
  readonly picked = output<CbsUnitMatch>();

  readonly query = signal('');
  readonly results = signal<CbsUnitMatch[]>([]);
  readonly status = signal('');

  typed(event: Event): void {
    if (event.target instanceof HTMLInputElement) {
      this.query.set(event.target.value);
    }
  }

  async search(event?: Event): Promise<void> {
    // Enter searches; it never submits the wijk form around it.
    event?.preventDefault();
    const query = this.query().trim();
    if (query.length < 2) {
      this.results.set([]);
      this.status.set(this.#i18n.t('cbsSearch.tooShort'));
      return;
    }
    try {
      const page = await firstValueFrom(this.#api.searchCbs(query));
      this.results.set(page.items);
      this.status.set(
        page.items.length === 0 ? this.#i18n.t('cbsSearch.none', { query }) : this.#i18n.t('cbsSearch.count', { count: page.items.length }),
      );
    } catch (error: unknown) {
      this.results.set([]);
      this.status.set(problemMessage(problemFromError(error), (key) => this.#i18n.t(key)));
    }
  }
}
