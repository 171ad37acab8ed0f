import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import type { AuditEvent } from '@wk/contracts';
import { AuditApi } from '@wk/web/admin/data-access';
import { createLoader, I18nService, LoadStateComponent, TranslatePipe, type TranslationKey } from '@wk/web/core';
import { DataTableCellDirective, type DataTableColumn, DataTableComponent } from '@wk/web/shared/ui';
import { map } from 'rxjs';

interface AuditRow {
  id: string;
  when: string;
  who: string | null;
  what: string;
  fields: string | null;
}

const ACTION_LABELS: Readonly<Record<string, TranslationKey>> = {
  created: 'audit.action.created',
  updated: 'audit.action.updated',
  deleted: 'audit.action.deleted',
  imported: 'audit.action.imported',
};

const WIJK_FIELD_LABELS: Readonly<Record<string, TranslationKey>> = {
  name: 'wijkForm.field.name',
  cbsUnits: 'wijkForm.cbsUnits.legend',
  population: 'wijkForm.field.population',
  populationYear: 'wijkForm.field.populationYear',
  populationSource: 'wijkForm.field.populationSource',
  roleInCity: 'wijkForm.field.roleInCity',
};

const IGNORED_FIELDS = new Set(['version', 'createdAt', 'updatedAt', 'id']);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The top-level fields that differ between `before` and `after` of an update. */
export function changedFields(event: Pick<AuditEvent, 'before' | 'after'>): string[] {
  if (!isRecord(event.before) || !isRecord(event.after)) {
    return [];
  }
  const before = event.before;
  const after = event.after;
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((key) => !IGNORED_FIELDS.has(key) && JSON.stringify(before[key]) !== JSON.stringify(after[key]));
}

/** "Who changed what, when" for one object, newest first. */
@Component({
  selector: 'wk-audit-history',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DataTableCellDirective, DataTableComponent, LoadStateComponent, TranslatePipe],
  template: `
    <section class="wk-section wk-section--separated" [attr.aria-labelledby]="headingId()">
      <h2 class="utrecht-heading-2" [id]="headingId()">{{ 'audit.heading' | t }}</h2>
      <wk-load-state [loader]="data" [errorHeading]="false" [retry]="false" />
      @if (data.state().status === 'ready') {
        @if (rows().length === 0) {
          <p class="utrecht-paragraph wk-muted">{{ 'audit.empty' | t }}</p>
        } @else {
          <wk-data-table [caption]="'audit.caption' | t: { name: name() }" [columns]="columns()" [rows]="rows()" [trackBy]="byId">
            <ng-template wkCell="who" [wkCellOf]="rows()" let-row>{{ row.who ?? ('audit.system' | t) }}</ng-template>
            <ng-template wkCell="what" [wkCellOf]="rows()" let-row>
              {{ row.what }}
              @if (row.fields) {
                <span class="wk-muted wk-block">{{ row.fields }}</span>
              }
            </ng-template>
          </wk-data-table>
        }
      }
    </section>
  `,
})
export class AuditHistoryComponent {
  readonly #i18n = inject(I18nService);
  readonly #api = inject(AuditApi);

  readonly objectType = input.required<string>();
  readonly objectId = input.required<string>();
  /** Name of the object, for the table caption. */
  readonly name = input.required<string>();
  /** Changes to reload the history (e.g. the object's version after a save). */
  readonly refresh = input<number>(0);

  readonly headingId = computed(() => `geschiedenis-${this.objectId()}`);
  readonly data = createLoader(() => {
    this.refresh();
    return this.#api
      .list({ objectType: this.objectType(), objectId: this.objectId(), limit: 50 })
      .pipe(map((page) => [...page.items].sort((a, b) => b.occurredAt.localeCompare(a.occurredAt))));
  });

  readonly rows = computed<AuditRow[]>(() =>
    (this.data.value() ?? []).map((event) => {
      const suffix = event.action.split('.').pop() ?? event.action;
      const label = ACTION_LABELS[suffix];
      const fields = suffix === 'updated' ? changedFields(event) : [];
      return {
        id: event.id,
        when: this.#i18n.formatDateTime(event.occurredAt),
        who: event.actorName,
        what: label ? this.#i18n.t(label) : event.action,
        fields: fields.length
          ? fields.map((field) => (WIJK_FIELD_LABELS[field] ? this.#i18n.t(WIJK_FIELD_LABELS[field]) : field)).join(', ')
          : null,
      };
    }),
  );
  readonly columns = computed<DataTableColumn<AuditRow>[]>(() => [
    { key: 'when', label: this.#i18n.t('audit.col.when'), rowHeader: false },
    { key: 'who', label: this.#i18n.t('audit.col.who') },
    { key: 'what', label: this.#i18n.t('audit.col.what') },
  ]);
  readonly byId = (row: AuditRow): string => row.id;
}
