import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import type { CbsUnitMatch, Problem } from '@wk/contracts';
import { WijkenApi } from '@wk/web/admin/data-access';
import { I18nService, TranslatePipe, problemFromError, problemMessage } from '@wk/web/core';
import { ButtonDirective } from '@wk/web/shared/ui';
import { firstValueFrom } from 'rxjs';

/** How the last search went; put into words in the current language. */
type SearchOutcome =
  | { kind: 'tooShort' }
  | { kind: 'none'; query: string }
  | { kind: 'found'; count: number }
  | { kind: 'failed'; problem: Problem };

/**
 * Finding a CBS wijk or buurt of the gemeente by name, so that nobody has to know its code: type part of the
 * name, press Zoeken (or Enter), and choose a result; the form then adds its code.
 */
@Component({
  selector: 'wk-cbs-search',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ButtonDirective, ReactiveFormsModule, TranslatePipe],
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
          [formControl]="query"
          (keydown.enter)="search($event)"
        />
        <button type="button" wkButton="secondary" (click)="search()">
          {{ 'cbsSearch.submit' | t }}
        </button>
      </div>
      <p class="utrecht-paragraph wk-cbs-search__status" role="status" aria-live="polite">{{ status() }}</p>
      @if (results().length > 0) {
        <ul class="wk-cbs-search__results">
          @for (m of results(); track m.code) {
            <li>
              <button type="button" wkButton="subtle" class="wk-cbs-search__pick" (click)="picked.emit(m)">
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

  readonly query = new FormControl('', { nonNullable: true });
  readonly results = signal<CbsUnitMatch[]>([]);
  readonly #outcome = signal<SearchOutcome | null>(null);
  readonly status = computed(() => {
    const outcome = this.#outcome();
    switch (outcome?.kind) {
      case undefined:
        return '';
      case 'tooShort':
        return this.#i18n.t('cbsSearch.tooShort');
      case 'none':
        return this.#i18n.t('cbsSearch.none', { query: outcome.query });
      case 'found':
        return this.#i18n.t('cbsSearch.count', { count: outcome.count });
      case 'failed':
        return problemMessage(outcome.problem, (key) => this.#i18n.t(key), this.#i18n.language());
    }
  });

  async search(event?: Event): Promise<void> {
    // Enter searches; it never submits the wijk form around it.
    event?.preventDefault();
    const query = this.query.value.trim();
    if (query.length < 2) {
      this.results.set([]);
      this.#outcome.set({ kind: 'tooShort' });
      return;
    }
    try {
      const page = await firstValueFrom(this.#api.searchCbs(query));
      this.results.set(page.items);
      this.#outcome.set(page.items.length === 0 ? { kind: 'none', query } : { kind: 'found', count: page.items.length });
    } catch (error: unknown) {
      this.results.set([]);
      this.#outcome.set({ kind: 'failed', problem: problemFromError(error) });
    }
  }
}
