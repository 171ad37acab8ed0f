import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { ActivatedRoute, Router } from '@angular/router';
import { RETURN_URL_PARAM, SessionStore, TranslatePipe, createFormErrors, fieldsIn, ROLE_LABELS, safeReturnUrl } from '@wk/web/core';
import { ButtonDirective, ErrorSummaryComponent, FieldsetComponent, PageHeadingComponent, controlId } from '@wk/web/shared/ui';

/**
 * `/kies-gemeente`: a person who works for several gemeenten chooses one; the session holds one gemeente
 * at a time. The gemeente chosen last is selected already (and is where the next sign-in starts).
 */
@Component({
  selector: 'wk-choose-tenant-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ButtonDirective, ErrorSummaryComponent, FieldsetComponent, PageHeadingComponent, TranslatePipe],
  templateUrl: './choose-tenant.page.html',
})
export class ChooseTenantPage {
  readonly #store = inject(SessionStore);
  readonly #router = inject(Router);
  readonly #route = inject(ActivatedRoute);

  readonly formId = 'gemeente-kiezen';
  readonly firstId = controlId(this.formId, 'tenantId');
  readonly memberships = this.#store.memberships;
  readonly roleLabels = ROLE_LABELS;
  readonly chosen = signal<string | null>(this.#store.tenant()?.id ?? null);
  readonly busy = signal(false);
  readonly errors = createFormErrors(fieldsIn(['tenantId']));

  async submit(event: Event): Promise<void> {
    event.preventDefault();
    const tenantId = this.chosen();
    if (this.busy() || !this.errors.check([['tenantId', tenantId === null ? 'chooseTenant.error.required' : null]]) || tenantId === null) {
      return;
    }
    this.busy.set(true);
    try {
      await this.#store.switchTenant(tenantId);
      await this.#router.navigateByUrl(safeReturnUrl(this.#route.snapshot.queryParamMap.get(RETURN_URL_PARAM), '/'));
    } catch (error: unknown) {
      this.errors.fail(error);
    } finally {
      this.busy.set(false);
    }
  }
}
