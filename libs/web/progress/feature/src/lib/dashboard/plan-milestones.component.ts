import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { MILESTONE_STATES } from '@wk/contracts';
import { ProgressApi } from '@wk/web/progress/data-access';
import { createLoader, I18nService, LoadStateComponent, MILESTONE_STATE_LABELS, TranslatePipe } from '@wk/web/core';
import { StatusBadgeComponent } from '@wk/web/shared/ui';
import { MILESTONE_STATE_VARIANTS } from '../action/milestones-section.component';

/**
 * The plan's milestones on its dashboard: how many are done, late, soon and planned, and a table of the late
 * ones and those due within 30 days, each with its action and trekker.
 */
@Component({
  selector: 'wk-plan-milestones',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [LoadStateComponent, RouterLink, StatusBadgeComponent, TranslatePipe],
  template: `
    <wk-load-state [loader]="data" [notFoundPage]="true" />
    @if (data.state().status === 'ready') {
      @if (data.value(); as m) {
        @if (m.items.length === 0) {
          <div class="wk-empty">
            <p class="utrecht-paragraph">{{ 'dashboard.milestones.none' | t }}</p>
          </div>
        } @else {
          <p class="utrecht-paragraph">{{ 'dashboard.milestones.lead' | t }}</p>
          <dl class="wk-stats">
            @for (state of states; track state) {
              <div class="wk-stat" [class.wk-stat--danger]="state === 'late' && m.counts.late > 0">
                <dt class="wk-stat__label">{{ countLabels[state] | t }}</dt>
                <dd class="wk-stat__value">
                  <span class="wk-stat__number">{{ m.counts[state] }}</span>
                </dd>
              </div>
            }
          </dl>
          @if (attention().length === 0) {
            <div class="wk-empty">
              <p class="utrecht-paragraph">{{ 'dashboard.milestones.empty' | t }}</p>
            </div>
          } @else {
            <div class="utrecht-table-container wk-table-container" tabindex="0" role="region" aria-labelledby="mijlpalen-bijschrift">
              <table class="utrecht-table utrecht-table--html-table wk-table">
                <caption class="utrecht-table__caption wk-table__caption" id="mijlpalen-bijschrift">
                  {{
                    'dashboard.milestones.caption' | t
                  }}
                </caption>
                <thead class="utrecht-table__header">
                  <tr class="utrecht-table__row">
                    <th class="utrecht-table__header-cell" scope="col">{{ 'dashboard.col.milestone' | t }}</th>
                    <th class="utrecht-table__header-cell" scope="col">{{ 'dashboard.col.status' | t }}</th>
                    <th class="utrecht-table__header-cell" scope="col">{{ 'dashboard.col.date' | t }}</th>
                    <th class="utrecht-table__header-cell" scope="col">{{ 'dashboard.col.action' | t }}</th>
                    <th class="utrecht-table__header-cell" scope="col">{{ 'action.lead' | t }}</th>
                  </tr>
                </thead>
                <tbody class="utrecht-table__body">
                  @for (row of attention(); track row.actionId + row.key) {
                    <tr class="utrecht-table__row">
                      <th class="utrecht-table__header-cell wk-table__row-header" scope="row">{{ row.title }}</th>
                      <td class="utrecht-table__cell">
                        <wk-status-badge [label]="stateLabels[row.state] | t" [variant]="stateVariants[row.state]" />
                      </td>
                      <td class="utrecht-table__cell wk-nowrap">{{ date(row.dueDate) }}</td>
                      <td class="utrecht-table__cell">
                        <a class="utrecht-link" [routerLink]="['/acties', row.actionId]">{{ row.actionTitle }}</a>
                      </td>
                      <td class="utrecht-table__cell">
                        @if (row.leadUnit; as lead) {
                          {{ lead.name }}
                        } @else {
                          <span class="wk-muted">{{ 'action.noLead' | t }}</span>
                        }
                      </td>
                    </tr>
                  }
                </tbody>
              </table>
            </div>
          }
        }
      }
    }
  `,
})
export class PlanMilestonesComponent {
  readonly #api = inject(ProgressApi);
  readonly #i18n = inject(I18nService);

  readonly planId = input.required<string>();

  readonly states = MILESTONE_STATES;
  readonly stateLabels = MILESTONE_STATE_LABELS;
  readonly stateVariants = MILESTONE_STATE_VARIANTS;
  readonly countLabels = {
    late: 'dashboard.milestones.count.late',
    soon: 'dashboard.milestones.count.soon',
    planned: 'dashboard.milestones.count.planned',
    done: 'dashboard.milestones.count.done',
  } as const;
  readonly data = createLoader(() => this.#api.planMilestones(this.planId()));
  /** Late first (oldest first), then those due soon. */
  readonly attention = computed(() => {
    const items = this.data.value()?.items ?? [];
    return [...items.filter((m) => m.state === 'late'), ...items.filter((m) => m.state === 'soon')];
  });

  date(iso: string): string {
    return this.#i18n.formatDate(iso);
  }
}
