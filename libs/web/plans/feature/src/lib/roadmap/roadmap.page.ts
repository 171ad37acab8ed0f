import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import type { MilestoneState, PlanAction, PlanMilestones, Quarter } from '@wk/contracts';
import { PlanStore, PlansApi } from '@wk/web/plans/data-access';
import { AppClock, I18nService, MILESTONE_STATE_LABELS, TranslatePipe } from '@wk/web/core';
import { catchError, of, switchMap } from 'rxjs';
import { blockName, blockNumber, formatHorizon, formatPeriod, pillarName } from '../util/format';
import { type RoadmapCell, buildRoadmap } from '../util/roadmap';

/**
 * `/plannen/:id/planning`: every action against the years of the horizon, grouped by building block
 * (and pillar). The table itself is the accessible version: each bar also says its quarters.
 */
@Component({
  selector: 'wk-roadmap-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  template: `
    @if (store.plan(); as plan) {
      <h2 class="utrecht-heading-2 wk-tab-heading">{{ 'roadmap.heading' | t }}</h2>
      <p class="utrecht-paragraph">{{ 'roadmap.lead' | t }}</p>
      @if (actionCount() === 0) {
        <div class="wk-empty">
          <p class="utrecht-paragraph">{{ 'roadmap.empty' | t }}</p>
        </div>
      } @else {
        <div class="wk-roadmap" tabindex="0" role="region" aria-labelledby="planning-bijschrift">
          <table class="wk-roadmap__table">
            <caption class="wk-table__caption wk-roadmap__caption" id="planning-bijschrift">
              {{
                'roadmap.caption' | t: { horizon: horizon() }
              }}
            </caption>
            <thead>
              <tr>
                <th scope="col" class="wk-roadmap__sticky wk-roadmap__corner">{{ 'roadmap.col.action' | t }}</th>
                @for (year of roadmap().years; track year) {
                  <th scope="col" class="wk-roadmap__year">{{ year }}</th>
                }
              </tr>
            </thead>
            @for (group of groups(); track group.key) {
              <tbody>
                <tr class="wk-roadmap__group">
                  <th scope="rowgroup" class="wk-roadmap__sticky wk-roadmap__group-title" [attr.colspan]="roadmap().years.length + 1">
                    <span class="wk-roadmap__group-name">{{ group.title }}</span>
                  </th>
                </tr>
                @for (row of group.rows; track row.action.id) {
                  <tr class="wk-roadmap__row">
                    <th scope="row" class="wk-roadmap__sticky wk-roadmap__action">
                      <span class="wk-roadmap__action-title">{{ row.action.title }}</span>
                      <span class="wk-roadmap__meta"> {{ row.action.leadUnit?.name ?? ('action.noLead' | t) }} · {{ row.period }} </span>
                      @if (row.milestones.length > 0) {
                        <span class="wk-roadmap__milestones">
                          @for (m of row.milestones; track $index) {
                            <span [class]="'wk-roadmap__milestone-text wk-roadmap__milestone-text--' + m.state">
                              <span class="wk-roadmap__diamond" aria-hidden="true"></span>
                              {{ m.text }}
                            </span>
                          }
                        </span>
                      }
                      @if (row.outsideHorizon) {
                        <span class="wk-roadmap__meta wk-warning-text">{{ 'roadmap.outside' | t }}</span>
                      }
                    </th>
                    @for (cell of row.cells; track $index) {
                      <td class="wk-roadmap__cell">
                        @if (cell) {
                          <span class="wk-roadmap__track">
                            @if (!cell.empty) {
                              <span
                                class="wk-roadmap__bar"
                                [class.wk-roadmap__bar--before]="cell.continuesBefore"
                                [class.wk-roadmap__bar--after]="cell.continuesAfter"
                                [style.margin-inline-start.%]="barStart(cell)"
                                [style.width.%]="barWidth(cell)"
                                aria-hidden="true"
                              ></span>
                            }
                            @for (point of cell.points; track point.index) {
                              <span
                                [class]="'wk-roadmap__point wk-roadmap__point--' + stateOf(row.action, point.index)"
                                [style.left.%]="point.at"
                                aria-hidden="true"
                              ></span>
                            }
                          </span>
                          <span class="wk-roadmap__label">{{ cell.label }}</span>
                        }
                      </td>
                    }
                  </tr>
                } @empty {
                  <tr>
                    <td class="wk-roadmap__sticky wk-roadmap__none" [attr.colspan]="roadmap().years.length + 1">
                      {{ 'roadmap.groupEmpty' | t }}
                    </td>
                  </tr>
                }
              </tbody>
            }
          </table>
        </div>
        <p class="utrecht-paragraph utrecht-paragraph--small wk-muted">{{ 'roadmap.legend' | t }}</p>
      }
    }
  `,
})
export class RoadmapPage {
  readonly #i18n = inject(I18nService);
  readonly #api = inject(PlansApi);
  readonly #today = inject(AppClock).today();
  readonly store = inject(PlanStore);

  /** The milestones' states as reported on the adopted plan; until they are in (or if they fail), the plan's own. */
  readonly #reported = toSignal(
    toObservable(computed(() => this.store.plan()?.id ?? null)).pipe(
      switchMap((id) => (id ? this.#api.milestones(id).pipe(catchError(() => of(null))) : of(null))),
    ),
    { initialValue: null as PlanMilestones | null },
  );
  readonly #states = computed(() => new Map((this.#reported()?.items ?? []).map((m) => [`${m.actionId}/${m.key}`, m.state])));

  /** Done, late, soon or planned: as reported, else from the plan (done, or late once its date has passed). */
  stateOf(action: PlanAction, index: number): MilestoneState {
    const m = action.milestones[index];
    const reported = m?.key ? this.#states().get(`${action.id}/${m.key}`) : undefined;
    return reported ?? (m?.done ? 'done' : m && m.dueDate < this.#today ? 'late' : 'planned');
  }

  readonly roadmap = computed(() => {
    const plan = this.store.plan();
    const quarter = (q: Quarter): string => this.#i18n.t('plans.quarter', { quarter: q });
    return plan ? buildRoadmap(plan, quarter) : { years: [], groups: [] };
  });
  readonly actionCount = computed(() => this.roadmap().groups.reduce((n, g) => n + g.rows.length, 0));
  readonly horizon = computed(() => {
    const plan = this.store.plan();
    return plan ? formatHorizon(plan.startYear, plan.endYear) : '';
  });
  readonly groups = computed(() => {
    const language = this.#i18n.language();
    const t = this.#i18n.t.bind(this.#i18n);
    return this.roadmap().groups.map((group) => ({
      key: `${group.block}${group.pillar ?? ''}`,
      title: group.pillar
        ? t('roadmap.groupPillar', {
            number: blockNumber(group.block),
            name: blockName(group.block, language),
            pillar: pillarName(group.pillar, language),
          })
        : t('plans.blockWithName', { number: blockNumber(group.block), name: blockName(group.block, language) }),
      rows: group.rows.map((row) => ({
        ...row,
        period: formatPeriod(row.action.start, row.action.end, t),
        milestones: row.action.milestones.map((m, index) => {
          const state = this.stateOf(row.action, index);
          return {
            state,
            text: t('roadmap.milestone', {
              title: m.title,
              date: this.#i18n.formatDate(m.dueDate),
              state: t(MILESTONE_STATE_LABELS[state]),
            }),
          };
        }),
      })),
    }));
  });

  barStart(cell: RoadmapCell): number {
    return (cell.from - 1) * 25;
  }

  barWidth(cell: RoadmapCell): number {
    return (cell.to - cell.from + 1) * 25;
  }
}
