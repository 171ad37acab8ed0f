import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@wk/web/core';
import { PageHeadingComponent } from '@wk/web/shared/ui';

@Component({
  selector: 'wk-not-found-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [PageHeadingComponent, RouterLink, TranslatePipe],
  template: `
    <wk-page-heading [heading]="'notFound.heading' | t" [lead]="'notFound.lead' | t" />
    <p class="utrecht-paragraph">
      <a class="utrecht-link" routerLink="/">{{ 'notFound.home' | t }}</a>
    </p>
  `,
})
export class NotFoundPage {}
