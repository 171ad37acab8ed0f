import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { API_BASE, SessionStore, type TranslationKey, TranslatePipe } from '@wk/web/core';
import { PageHeadingComponent } from '@wk/web/shared/ui';

interface Section {
  path: string;
  title: TranslationKey;
  text: TranslationKey;
}

/** `/beheer`: the four things an admin manages. */
@Component({
  selector: 'wk-admin-index-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [PageHeadingComponent, RouterLink, TranslatePipe],
  template: `
    <wk-page-heading [heading]="'admin.heading' | t" [lead]="(isAdmin() ? 'admin.lead' : 'admin.leadReadOnly') | t" />
    <ul class="wk-card-list">
      @for (section of sections(); track section.path) {
        <li class="wk-card">
          <h2 class="utrecht-heading-3 wk-card__title">
            <a class="utrecht-link wk-card__link" [routerLink]="section.path">{{ section.title | t }}</a>
          </h2>
          <p class="utrecht-paragraph">{{ section.text | t }}</p>
        </li>
      }
    </ul>
    @if (isAdmin()) {
      <section class="wk-card" aria-labelledby="wk-admin-export">
        <h2 class="utrecht-heading-3 wk-card__title" id="wk-admin-export">
          <a class="utrecht-link wk-card__link" [href]="exportUrl" download data-testid="tenant-export">{{ 'admin.export.link' | t }}</a>
        </h2>
        <p class="utrecht-paragraph">{{ 'admin.export.text' | t }}</p>
      </section>
    }
  `,
})
export class AdminIndexPage {
  readonly isAdmin = inject(SessionStore).isAdmin;
  /** All data of the own gemeente as one file (the API's `GET /tenant-export`). */
  readonly exportUrl = `${API_BASE}/tenant-export`;
  readonly sections = computed<Section[]>(() => [
    { path: 'gebruikers', title: 'users.heading', text: 'admin.users.text' },
    { path: 'organisatieonderdelen', title: 'orgUnits.heading', text: 'admin.orgUnits.text' },
    { path: 'wijken', title: 'wijken.adminHeading', text: 'admin.wijken.text' },
    ...(this.isAdmin() ? [{ path: 'huisstijl', title: 'theme.heading', text: 'admin.theme.text' } as const] : []),
    ...(this.isAdmin() ? [{ path: '/e-mails', title: 'mail.heading', text: 'admin.mail.text' } as const] : []),
    ...(this.isAdmin() ? [{ path: 'inloggen', title: 'signInSettings.heading', text: 'admin.signIn.text' } as const] : []),
    ...(this.isAdmin() ? [{ path: 'inloggen/geschiedenis', title: 'signIns.heading', text: 'admin.signIns.text' } as const] : []),
  ]);
}
