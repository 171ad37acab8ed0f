import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  effect,
  inject,
  input,
  viewChild,
} from '@angular/core';

/** One line of the summary; `field` is the form field it is about (null: about the form as a whole). */
export interface ErrorSummaryItem {
  field: string | null;
  message: string;
}

/** `cbsUnits.0.code` in form `wijk` → `wijk-cbsUnits-0-code` (the same rule the forms use for ids). */
export function controlId(idPrefix: string, field: string): string {
  return `${idPrefix}-${field.replace(/[^A-Za-z0-9_-]+/g, '-')}`;
}

/**
 * Error summary at the top of a form (GOV.UK / NL Design System pattern): takes focus when errors
 * appear, and each line links to its field.
 */
@Component({
  selector: 'wk-error-summary',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (errors().length > 0) {
      <div #box class="utrecht-alert utrecht-alert--error wk-error-summary" tabindex="-1" [attr.aria-labelledby]="headingId()">
        <div class="utrecht-alert__content" role="alert">
          <div class="utrecht-alert__message">
            <h2 class="utrecht-heading-2 wk-error-summary__title" [id]="headingId()">{{ heading() }}</h2>
            <ul class="utrecht-unordered-list wk-error-summary__list">
              @for (error of items(); track $index) {
                <li class="utrecht-unordered-list__item">
                  @if (error.target) {
                    <a class="utrecht-link" [href]="'#' + error.target" (click)="focusField($event, error.target)">{{ error.message }}</a>
                  } @else {
                    {{ error.message }}
                  }
                </li>
              }
            </ul>
          </div>
        </div>
      </div>
    }
  `,
})
export class ErrorSummaryComponent {
  readonly #document = inject(DOCUMENT);
  readonly #injector = inject(Injector);

  readonly heading = input.required<string>();
  readonly errors = input.required<readonly ErrorSummaryItem[]>();
  /** Prefix of the ids of the form's controls (see {@link controlId}). */
  readonly idPrefix = input.required<string>();

  readonly box = viewChild<ElementRef<HTMLElement>>('box');
  readonly headingId = computed(() => `${this.idPrefix()}-fouten`);
  readonly items = computed(() =>
    this.errors().map((error) => ({
      message: error.message,
      target: error.field === null ? null : controlId(this.idPrefix(), error.field),
    })),
  );

  constructor() {
    effect(() => {
      if (this.errors().length > 0) {
        afterNextRender(() => this.box()?.nativeElement.focus(), { injector: this.#injector });
      }
    });
  }

  /** The base href would turn `#id` into a navigation to `/#id`; move focus to the field instead. */
  focusField(event: Event, id: string): void {
    event.preventDefault();
    const target = this.#document.getElementById(id);
    if (target) {
      target.scrollIntoView({ block: 'center' });
      target.focus();
    }
  }
}
