import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { OIDC_REFUSALS, type OidcRefusal } from '@wk/contracts';
import { SIGN_IN_PATH, TranslatePipe, type TranslationKey } from '@wk/web/core';
import { AlertComponent, ButtonDirective, PageHeadingComponent } from '@wk/web/shared/ui';

const REASONS: Record<OidcRefusal, TranslationKey> = {
  no_group: 'refused.no_group',
  state: 'refused.state',
  token: 'refused.token',
  provider: 'refused.provider',
  inactive: 'refused.inactive',
  no_email: 'refused.no_email',
  unknown_gemeente: 'refused.unknown_gemeente',
};

/** `/inloggen/geweigerd?reden=…`: why signing in through the gemeente's own account did not work, and what to do. */
@Component({
  selector: 'wk-sign-in-refused-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [AlertComponent, ButtonDirective, PageHeadingComponent, RouterLink, TranslatePipe],
  template: `
    <div class="wk-narrow">
      <wk-page-heading [heading]="'refused.heading' | t" />
      <wk-alert type="warning" [announce]="false">
        <p class="utrecht-paragraph">{{ reason | t }}</p>
      </wk-alert>
      <p class="utrecht-paragraph">{{ 'refused.help' | t }}</p>
      <p class="utrecht-paragraph">
        <a wkButton="secondary" [routerLink]="signIn">{{ 'refused.back' | t }}</a>
      </p>
    </div>
  `,
})
export class SignInRefusedPage {
  readonly signIn = SIGN_IN_PATH;
  readonly reason: TranslationKey = reasonKey(inject(ActivatedRoute).snapshot.queryParamMap.get('reden'));
}

function reasonKey(raw: string | null): TranslationKey {
  return (OIDC_REFUSALS as readonly string[]).includes(raw ?? '') ? REASONS[raw as OidcRefusal] : 'refused.token';
}
