import { RouterLink } from '@angular/router';
import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { BUILDING_BLOCKS } from '@wk/contracts';
import { PlanStore } from '@wk/web/plans/data-access';
import { SessionStore, TranslatePipe } from '@wk/web/core';
import { anchors } from '../util/format';
import { CompletenessPanelComponent } from './completeness-panel.component';
import { PlanBlockComponent } from './plan-block.component';
import { PlanOptions } from './plan-options';
import { PlanTextComponent } from './plan-text.component';
import { PlanTocComponent } from './plan-toc.component';

/** `/plannen/:id`: the completeness check (draft), the vision and the six building blocks. */
@Component({
  selector: 'wk-plan-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [PlanOptions],
  imports: [CompletenessPanelComponent, PlanBlockComponent, PlanTextComponent, PlanTocComponent, RouterLink, TranslatePipe],
  template: `
    @if (store.plan(); as plan) {
      @if (plan.status === 'draft') {
        <wk-completeness-panel [plan]="plan" [canSubmit]="editable()" />
      }
      @if (editable()) {
        <p class="utrecht-paragraph">
          <a class="utrecht-link" routerLink="importeren">{{ 'trackerImport.link' | t }}</a>
        </p>
      }
      <div class="wk-plan-with-toc">
        <wk-plan-toc class="wk-plan-with-toc__toc" [plan]="plan" />
        <div class="wk-plan-with-toc__body">
          <section class="wk-plan-vision" [attr.aria-labelledby]="visionAnchor">
            <h2 class="utrecht-heading-2" [id]="visionAnchor" tabindex="-1">{{ 'plans.vision' | t }}</h2>
            @if (editable()) {
              <p class="utrecht-paragraph wk-muted">{{ 'plans.vision.description' | t }}</p>
            }
            <wk-plan-text [plan]="plan" part="vision" [label]="'plans.vision' | t" [editable]="editable()" />
          </section>
          @for (block of blocks; track block.code) {
            <wk-plan-block [plan]="plan" [block]="block" [editable]="editable()" />
          }
        </div>
      </div>
    }
  `,
})
export class PlanPage {
  readonly #session = inject(SessionStore);
  readonly store = inject(PlanStore);

  readonly blocks = BUILDING_BLOCKS;
  readonly visionAnchor = anchors.vision;
  /** Planners and admins change a draft; everyone else, and every other status, reads. */
  readonly editable = computed(() => {
    const plan = this.store.plan();
    return !!plan && !plan.readOnly && plan.status === 'draft' && this.#session.hasRole('admin', 'planner');
  });
}
