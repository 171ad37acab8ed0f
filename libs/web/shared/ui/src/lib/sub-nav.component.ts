import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink, RouterLinkActive } from '@angular/router';

export interface SubNavItem {
  label: string;
  /** Router commands, e.g. `['/plannen', id, 'planning']`. */
  link: readonly string[];
}

/**
 * Tab-like navigation between the parts of one object (e.g. Plan | Planning | Vergelijken): plain
 * links, the current one marked with `aria-current="page"` and a thick underline (not colour only).
 */
@Component({
  selector: 'wk-sub-nav',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, RouterLinkActive],
  template: `
    <nav class="wk-sub-nav" [attr.aria-label]="label()">
      <ul class="wk-sub-nav__list">
        @for (item of items(); track item.label) {
          <li class="wk-sub-nav__item">
            <a
              class="wk-sub-nav__link"
              [routerLink]="item.link"
              routerLinkActive="wk-sub-nav__link--current"
              [routerLinkActiveOptions]="{ exact: true }"
              ariaCurrentWhenActive="page"
              >{{ item.label }}</a
            >
          </li>
        }
      </ul>
    </nav>
  `,
})
export class SubNavComponent {
  /** Name of the navigation landmark, e.g. "Onderdelen van het plan". */
  readonly label = input.required<string>();
  readonly items = input.required<readonly SubNavItem[]>();
}
