import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { PlanDashboard } from '@wk/contracts';
import { I18nService, TranslatePipe } from '@wk/web/core';
import { DataTableCellDirective, type DataTableColumn, DataTableComponent } from '@wk/web/shared/ui';
import { periodLabel } from '../util/format';

interface OverdueRow {
  key: string;
  actionId: string;
  title: string;
  lead: PlanDashboard['overdue'][number]['leadUnit'];
  period: string;
  since: string;
}

/** The dashboard's overdue updates: per action its lead unit, the period and since when it is late. */
@Component({
  selector: 'wk-dashboard-overdue',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DataTableCellDirective, DataTableComponent, RouterLink, TranslatePipe],
  template: `
    @if (rows().length === 0) {
      <div class="wk-empty">
        <p class="utrecht-paragraph">{{ (preview() ? 'dashboard.overdue.preview' : 'dashboard.overdue.empty') | t }}</p>
      </div>
    } @else {
      <p class="utrecht-paragraph">{{ 'dashboard.overdue.lead' | t }}</p>
      <wk-data-table
        [caption]="'dashboard.overdue.caption' | t: { count: rows().length }"
        [captionHidden]="true"
        [columns]="columns()"
        [rows]="rows()"
        [trackBy]="byKey"
      >
        <ng-template wkCell="title" [wkCellOf]="rows()" let-row>
          <a class="utrecht-link" [routerLink]="['/acties', row.actionId]">{{ row.title }}</a>
        </ng-template>
        <ng-template wkCell="lead" [wkCellOf]="rows()" let-row>
          @if (row.lead; as lead) {
            <a class="utrecht-link" [routerLink]="['/organisatieonderdelen', lead.id, 'acties']">{{ lead.name }}</a>
          } @else {
            <span class="wk-muted">{{ 'action.noLead' | t }}</span>
          }
        </ng-template>
        <ng-template wkCell="since" [wkCellOf]="rows()" let-row
          ><span class="wk-nowrap">{{ row.since }}</span></ng-template
        >
      </wk-data-table>
    }
  `,
})
export class DashboardOverdueComponent {
  readonly #i18n = inject(I18nService);

  readonly overdue = input.required<PlanDashboard['overdue']>();
  /** A plan not yet adopted: nothing can be overdue. */
  readonly preview = input(false);

  readonly rows = computed<OverdueRow[]>(() => {
    const t = this.#i18n.t.bind(this.#i18n);
    return this.overdue().map((o) => ({
      key: `${o.actionId}-${o.period.year}-${o.period.quarter ?? ''}`,
      actionId: o.actionId,
      title: o.title,
      lead: o.leadUnit,
      period: periodLabel(o.period, t),
      since: this.#i18n.formatDate(o.deadline),
    }));
  });
  readonly columns = computed<DataTableColumn<OverdueRow>[]>(() => [
    { key: 'title', label: this.#i18n.t('dashboard.col.action') },
    { key: 'lead', label: this.#i18n.t('action.lead') },
    { key: 'period', label: this.#i18n.t('dashboard.col.period') },
    { key: 'since', label: this.#i18n.t('dashboard.col.lateSince') },
  ]);
  readonly byKey = (row: OverdueRow): string => row.key;
}
