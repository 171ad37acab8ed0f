import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TranslatePipe } from '@wk/web/core';
import { PageHeadingComponent } from '@wk/web/shared/ui';

/**
 * `/toegankelijkheid`: the accessibility statement (toegankelijkheidsverklaring) in the layout of the model
 * Digitoegankelijk asks for: what it covers, the status, how it was tested, what is known not to work yet, how to
 * report a problem and where to go when the answer does not satisfy.
 */
@Component({
  selector: 'wk-accessibility-statement-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [PageHeadingComponent, TranslatePipe],
  template: `
    <wk-page-heading [heading]="'a11y.heading' | t" [lead]="'a11y.lead' | t" />
    <h2 class="utrecht-heading-2">{{ 'a11y.scope.heading' | t }}</h2>
    <p class="utrecht-paragraph">{{ 'a11y.scope' | t }}</p>
    <h2 class="utrecht-heading-2">{{ 'a11y.status.heading' | t }}</h2>
    <p class="utrecht-paragraph">{{ 'a11y.status' | t }}</p>
    <h2 class="utrecht-heading-2">{{ 'a11y.tested.heading' | t }}</h2>
    <ul class="wk-download-list">
      <li>{{ 'a11y.tested.axe' | t }}</li>
      <li>{{ 'a11y.tested.keyboard' | t }}</li>
      <li>{{ 'a11y.tested.pdf' | t }}</li>
    </ul>
    <h2 class="utrecht-heading-2">{{ 'a11y.known.heading' | t }}</h2>
    <ul class="wk-download-list">
      <li>{{ 'a11y.known.audit' | t }}</li>
      <li>{{ 'a11y.known.map' | t }}</li>
    </ul>
    <h2 class="utrecht-heading-2">{{ 'a11y.contact.heading' | t }}</h2>
    <p class="utrecht-paragraph">{{ 'a11y.contact' | t }}</p>
    <h2 class="utrecht-heading-2">{{ 'a11y.ombudsman.heading' | t }}</h2>
    <p class="utrecht-paragraph">{{ 'a11y.ombudsman' | t }}</p>
    <p class="utrecht-paragraph utrecht-paragraph--small wk-muted">{{ 'a11y.date' | t }}</p>
  `,
})
export class AccessibilityStatementPage {}
