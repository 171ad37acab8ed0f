import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';

export interface BreadcrumbItem {
  label: string;
  path: string;
}

/** Where this page sits: links to the pages above it (the current page itself is not listed). */
@Component({
  selector: 'wk-breadcrumb',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink],
  template: `
    <nav class="wk-breadcrumb" [attr.aria-label]="label()">
      <ol class="wk-breadcrumb__list">
        @for (item of items(); track item.path) {
          <li class="wk-breadcrumb__item">
            <a class="utrecht-link wk-breadcrumb__link" [routerLink]="item.path">{{ item.label }}</a>
          </li>
        }
      </ol>
    </nav>
  `,
})
export class BreadcrumbComponent {
  /** Name of the navigation landmark, e.g. "Kruimelpad". */
  readonly label = input.required<string>();
  readonly items = input.required<readonly BreadcrumbItem[]>();
}
