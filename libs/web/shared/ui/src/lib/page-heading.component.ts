import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/**
 * The one `<h1>` of a page, with an optional lead paragraph and actions (projected) beside it.
 */
@Component({
  selector: 'wk-page-heading',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="wk-page-heading">
      <div class="wk-page-heading__text">
        @if (preHeading()) {
          <p class="wk-page-heading__pre">{{ preHeading() }}</p>
        }
        <h1 class="utrecht-heading-1 wk-page-heading__title">{{ heading() }}</h1>
        @if (lead()) {
          <p class="utrecht-paragraph utrecht-paragraph--lead wk-page-heading__lead">{{ lead() }}</p>
        }
      </div>
      <div class="wk-page-heading__actions">
        <ng-content />
      </div>
    </div>
  `,
})
export class PageHeadingComponent {
  readonly heading = input.required<string>();
  readonly lead = input<string | null>(null);
  /** Small text above the heading, e.g. the section ("Beheer"). */
  readonly preHeading = input<string | null>(null);
}
