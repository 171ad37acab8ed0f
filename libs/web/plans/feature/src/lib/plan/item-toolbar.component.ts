import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { TranslatePipe } from '@wk/web/core';
import { ButtonDirective, ConfirmDeleteComponent, type ConfirmDeleteTexts } from '@wk/web/shared/ui';

/**
 * The row of buttons on a goal or an action of the plan: edit, move up, move down, delete (with its
 * confirmation). Each button says which item it is for (`name`), for a screen reader that lists buttons;
 * the ids (`<idPrefix>-wijzigen`, `-omhoog`, `-omlaag`) are where focus goes back after a move.
 */
@Component({
  selector: 'wk-item-toolbar',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ButtonDirective, ConfirmDeleteComponent, TranslatePipe],
  template: `
    <div class="wk-toolbar" role="group" [attr.aria-label]="label()">
      <button
        [attr.aria-label]="('common.edit' | t) + ': ' + name()"
        type="button"
        wkButton
        small
        [id]="idPrefix() + '-wijzigen'"
        (click)="edit.emit()"
      >
        {{ 'common.edit' | t }}
      </button>
      <button
        [attr.aria-label]="('common.moveUp' | t) + ': ' + name()"
        type="button"
        wkButton="subtle"
        small
        [id]="idPrefix() + '-omhoog'"
        [disabled]="first()"
        (click)="move.emit(-1)"
      >
        <span aria-hidden="true">↑</span> {{ 'common.moveUp' | t }}
      </button>
      <button
        [attr.aria-label]="('common.moveDown' | t) + ': ' + name()"
        type="button"
        wkButton="subtle"
        small
        [id]="idPrefix() + '-omlaag'"
        [disabled]="last()"
        (click)="move.emit(1)"
      >
        <span aria-hidden="true">↓</span> {{ 'common.moveDown' | t }}
      </button>
      <wk-confirm-delete [texts]="deleteTexts()" [busy]="busy()" (confirmed)="remove.emit()" />
    </div>
  `,
})
export class ItemToolbarComponent {
  /** The group's name, e.g. "Tools for goal 2". */
  readonly label = input.required<string>();
  /** The item, as each button names it after its own word: "Wijzigen: Doel 2". */
  readonly name = input.required<string>();
  readonly idPrefix = input.required<string>();
  readonly first = input(false);
  readonly last = input(false);
  readonly deleteTexts = input.required<ConfirmDeleteTexts>();
  readonly busy = input(false);
  readonly edit = output();
  readonly move = output<-1 | 1>();
  readonly remove = output();
}
