import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  inject,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { ButtonDirective } from './button.directive';

export interface ConfirmDeleteTexts {
  /** Button that starts the deletion, e.g. "Wijk verwijderen". */
  start: string;
  /** The question, e.g. "Weet u zeker dat u Meijhorst wilt verwijderen? …". */
  question: string;
  confirm: string;
  cancel: string;
  busy: string;
}

/**
 * Two-step delete: the first button asks for confirmation in place (no dialog), focus moves to the
 * question and back to the first button when the user cancels.
 */
@Component({
  selector: 'wk-confirm-delete',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ButtonDirective],
  template: `
    @if (confirming()) {
      <div #question class="utrecht-alert utrecht-alert--warning wk-confirm" tabindex="-1" role="group" [attr.aria-label]="texts().start">
        <div class="utrecht-alert__content">
          <div class="utrecht-alert__message">
            <p class="utrecht-paragraph">{{ texts().question }}</p>
            <div class="wk-button-row">
              <button type="button" wkButton="primary" danger [attr.aria-disabled]="busy() ? 'true' : null" (click)="confirm()">
                {{ busy() ? texts().busy : texts().confirm }}
              </button>
              <button type="button" wkButton (click)="cancel()">
                {{ texts().cancel }}
              </button>
            </div>
          </div>
        </div>
      </div>
    } @else {
      <button #start type="button" wkButton danger (click)="ask()">
        {{ texts().start }}
      </button>
    }
  `,
})
export class ConfirmDeleteComponent {
  readonly #injector = inject(Injector);

  readonly texts = input.required<ConfirmDeleteTexts>();
  readonly busy = input(false);
  readonly confirmed = output<void>();

  readonly confirming = signal(false);
  readonly question = viewChild<ElementRef<HTMLElement>>('question');
  readonly start = viewChild<ElementRef<HTMLElement>>('start');

  ask(): void {
    this.confirming.set(true);
    afterNextRender(() => this.question()?.nativeElement.focus(), { injector: this.#injector });
  }

  cancel(): void {
    this.confirming.set(false);
    afterNextRender(() => this.start()?.nativeElement.focus(), { injector: this.#injector });
  }

  confirm(): void {
    if (!this.busy()) {
      this.confirmed.emit();
    }
  }
}
