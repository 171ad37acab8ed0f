import {
  ChangeDetectionStrategy,
  Component,
  Directive,
  TemplateRef,
  computed,
  contentChildren,
  inject,
  input,
  signal,
} from '@angular/core';
import { NgTemplateOutlet } from '@angular/common';

/** One column of a {@link DataTableComponent}. */
export interface DataTableColumn<T> {
  /** Names the column; a `<ng-template wkCell="key">` gives its cells (otherwise `row[key]` is shown as text). */
  key: string;
  label: string;
  /** Right-aligned, tabular figures. */
  numeric?: boolean;
  /** The cell is the row's header (`<th scope="row">`); by default the first column is. */
  rowHeader?: boolean;
  /** Makes the column sortable: the value the rows are ordered by. */
  sortValue?: (row: T) => string | number | null;
}

export type SortDirection = 'ascending' | 'descending';

let nextId = 0;

/**
 * The cells of one column: `<ng-template wkCell="name" [wkCellOf]="users" let-user>{{ user.name }}</ng-template>`.
 * `wkCellOf` takes the table's rows only to type `let-user`.
 */
@Directive({ selector: 'ng-template[wkCell]' })
export class DataTableCellDirective<T> {
  /** The column's key. */
  readonly wkCell = input.required<string>();
  /** The table's rows, only to type the template's `let-` variable. */
  readonly wkCellOf = input<readonly T[]>([]);
  readonly template = inject<TemplateRef<{ $implicit: T }>>(TemplateRef);

  /** Types `let-row` in the template as one of `wkCellOf`. */
  static ngTemplateContextGuard<T>(directive: DataTableCellDirective<T>, context: unknown): context is { $implicit: T } {
    return directive instanceof DataTableCellDirective && context !== null;
  }
}

/**
 * The one data table: a caption, column headers with `scope`, row headers, optional sorting (a button in the header,
 * `aria-sort` on the sorted column) and an empty text. On a narrow screen the table scrolls sideways inside a region
 * that is labelled by the caption and can be reached and scrolled by keyboard.
 *
 * ```html
 * <wk-data-table [caption]="caption()" [columns]="columns()" [rows]="users" [trackBy]="byId">
 *   <ng-template wkCell="name" [wkCellOf]="users" let-user><a [routerLink]="user.id">{{ user.name }}</a></ng-template>
 * </wk-data-table>
 * ```
 */
@Component({
  selector: 'wk-data-table',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [NgTemplateOutlet],
  template: `
    @if (rows().length === 0 && emptyText()) {
      <div class="wk-empty">
        <p class="utrecht-paragraph">{{ emptyText() }}</p>
      </div>
    } @else {
      <div
        class="utrecht-table-container wk-table-container"
        [class.wk-table-container--narrow]="narrow()"
        tabindex="0"
        role="region"
        [attr.aria-labelledby]="captionId"
      >
        <table class="utrecht-table utrecht-table--html-table wk-table">
          <caption class="utrecht-table__caption wk-table__caption" [class.wk-visually-hidden]="captionHidden()" [id]="captionId">
            {{
              caption()
            }}
          </caption>
          <thead class="utrecht-table__header">
            <tr class="utrecht-table__row">
              @for (column of columns(); track column.key) {
                <th
                  class="utrecht-table__header-cell"
                  [class.utrecht-table__header-cell--numeric-column]="column.numeric"
                  scope="col"
                  [attr.aria-sort]="sort()?.key === column.key ? sort()?.direction : null"
                >
                  @if (column.sortValue) {
                    <button type="button" class="wk-table__sort" (click)="sortBy(column.key)">
                      {{ column.label }}
                      <span class="wk-table__sort-icon" aria-hidden="true">{{ sortIcon(column.key) }}</span>
                    </button>
                  } @else {
                    {{ column.label }}
                  }
                </th>
              }
            </tr>
          </thead>
          <tbody class="utrecht-table__body">
            @for (row of sortedRows(); track trackBy()(row)) {
              <tr class="utrecht-table__row">
                @for (column of columns(); track column.key; let first = $first) {
                  @if (column.rowHeader ?? first) {
                    <th
                      class="utrecht-table__header-cell wk-table__row-header"
                      [class.utrecht-table__cell--numeric-data]="column.numeric"
                      scope="row"
                    >
                      <ng-container [ngTemplateOutlet]="cells().get(column.key) ?? null" [ngTemplateOutletContext]="{ $implicit: row }" />
                      @if (!cells().has(column.key)) {
                        {{ text(row, column.key) }}
                      }
                    </th>
                  } @else {
                    <td class="utrecht-table__cell" [class.utrecht-table__cell--numeric-data]="column.numeric">
                      <ng-container [ngTemplateOutlet]="cells().get(column.key) ?? null" [ngTemplateOutletContext]="{ $implicit: row }" />
                      @if (!cells().has(column.key)) {
                        {{ text(row, column.key) }}
                      }
                    </td>
                  }
                }
              </tr>
            }
          </tbody>
        </table>
      </div>
    }
  `,
})
export class DataTableComponent<T> {
  readonly caption = input.required<string>();
  readonly columns = input.required<readonly DataTableColumn<T>[]>();
  readonly rows = input.required<readonly T[]>();
  /** Identifies a row (for Angular's `track`). */
  readonly trackBy = input<(row: T) => unknown>((row) => row);
  /** Shown instead of the table when there are no rows; without it an empty table is shown. */
  readonly emptyText = input<string | null>(null);
  /** In a narrower frame (a small table next to a chart). */
  readonly narrow = input(false);
  /** The caption is for assistive technology only (a heading above already says what the table is). */
  readonly captionHidden = input(false);

  readonly captionId = `wk-table-${nextId++}-bijschrift`;
  protected readonly cellDirectives = contentChildren(DataTableCellDirective);
  readonly cells = computed(
    () => new Map(this.cellDirectives().map((cell) => [cell.wkCell(), cell.template as TemplateRef<{ $implicit: unknown }>])),
  );
  readonly sort = signal<{ key: string; direction: SortDirection } | null>(null);
  readonly sortedRows = computed(() => {
    const sort = this.sort();
    const value = this.columns().find((column) => column.key === sort?.key)?.sortValue;
    if (!sort || !value) {
      return this.rows();
    }
    return [...this.rows()].sort((a, b) => compare(value(a), value(b), sort.direction));
  });

  /** Ascending first; a second click on the same column turns it round. */
  sortBy(key: string): void {
    const current = this.sort();
    this.sort.set({ key, direction: current?.key === key && current.direction === 'ascending' ? 'descending' : 'ascending' });
  }

  sortIcon(key: string): string {
    const sort = this.sort();
    return sort?.key !== key ? '↕' : sort.direction === 'ascending' ? '▲' : '▼';
  }

  text(row: T, key: string): string {
    const value = (row as Record<string, unknown>)[key];
    return value === null || value === undefined ? '' : String(value);
  }
}

/** Empty values last either way; numbers by size; text as a person reads it ("item 2" before "item 10"). */
function compare(a: string | number | null, b: string | number | null, direction: SortDirection): number {
  if (a === null || b === null) {
    return a === b ? 0 : a === null ? 1 : -1;
  }
  const order =
    typeof a === 'number' && typeof b === 'number'
      ? a - b
      : String(a).localeCompare(String(b), undefined, { numeric: true, sensitivity: 'base' });
  return direction === 'ascending' ? order : -order;
}
