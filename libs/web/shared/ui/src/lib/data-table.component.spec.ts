import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { DataTableCellDirective, type DataTableColumn, DataTableComponent } from './data-table.component';

interface Row {
  id: string;
  name: string;
  members: number | null;
}

@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DataTableComponent, DataTableCellDirective],
  template: `
    <wk-data-table caption="Eenheden" [columns]="columns" [rows]="rows()" [trackBy]="byId" [emptyText]="emptyText()">
      <ng-template wkCell="name" [wkCellOf]="rows()" let-row
        ><a href="#">{{ row.name }}</a></ng-template
      >
    </wk-data-table>
  `,
})
class HostComponent {
  readonly columns: DataTableColumn<Row>[] = [
    { key: 'name', label: 'Naam', sortValue: (row) => row.name },
    { key: 'members', label: 'Leden', numeric: true, sortValue: (row) => row.members },
  ];
  readonly rows = signal<Row[]>([
    { id: 'a', name: 'Wijkteam 10', members: 3 },
    { id: 'b', name: 'Wijkteam 2', members: null },
    { id: 'c', name: 'Afval', members: 12 },
  ]);
  readonly emptyText = signal<string | null>('Nog geen eenheden.');
  readonly byId = (row: Row): string => row.id;
}

describe('DataTableComponent', () => {
  async function render() {
    const fixture = TestBed.createComponent(HostComponent);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const names = () => Array.from(element.querySelectorAll('tbody th')).map((th) => th.textContent?.trim());
    const header = (name: string) =>
      Array.from(element.querySelectorAll<HTMLElement>('thead th')).find((th) => th.textContent?.includes(name));
    return { fixture, element, names, header };
  }

  it('has a caption that labels a focusable region, column headers with scope and the first cell as row header', async () => {
    const { element, names } = await render();
    const region = element.querySelector('[role="region"]');
    const caption = element.querySelector('caption');
    expect(caption?.textContent?.trim()).toBe('Eenheden');
    expect(region?.getAttribute('tabindex')).toBe('0');
    expect(region?.getAttribute('aria-labelledby')).toBe(caption?.id);
    expect(Array.from(element.querySelectorAll('thead th')).map((th) => th.getAttribute('scope'))).toEqual(['col', 'col']);
    expect(element.querySelector('tbody th')?.getAttribute('scope')).toBe('row');
    expect(element.querySelector('tbody th a')?.textContent).toBe('Wijkteam 10');
    // Without a template the value itself is shown; an empty value as nothing.
    expect(Array.from(element.querySelectorAll('tbody td')).map((td) => td.textContent?.trim())).toEqual(['3', '', '12']);
    expect(element.querySelector('tbody td')?.classList).toContain('utrecht-table__cell--numeric-data');
    expect(names()).toEqual(['Wijkteam 10', 'Wijkteam 2', 'Afval']);
  });

  it('sorts by a column, marks it with aria-sort, turns round on a second click and keeps empty values last', async () => {
    const { fixture, names, header } = await render();
    expect(header('Naam')?.hasAttribute('aria-sort')).toBe(false);

    header('Naam')?.querySelector('button')?.click();
    await fixture.whenStable();
    expect(names()).toEqual(['Afval', 'Wijkteam 2', 'Wijkteam 10']);
    expect(header('Naam')?.getAttribute('aria-sort')).toBe('ascending');

    header('Naam')?.querySelector('button')?.click();
    await fixture.whenStable();
    expect(names()).toEqual(['Wijkteam 10', 'Wijkteam 2', 'Afval']);
    expect(header('Naam')?.getAttribute('aria-sort')).toBe('descending');

    header('Leden')?.querySelector('button')?.click();
    await fixture.whenStable();
    expect(header('Naam')?.hasAttribute('aria-sort')).toBe(false);
    expect(header('Leden')?.getAttribute('aria-sort')).toBe('ascending');
    expect(names()).toEqual(['Wijkteam 10', 'Afval', 'Wijkteam 2']);
    header('Leden')?.querySelector('button')?.click();
    await fixture.whenStable();
    expect(names()).toEqual(['Afval', 'Wijkteam 10', 'Wijkteam 2']);
  });

  it('shows the empty text instead of a table without rows', async () => {
    const { fixture, element } = await render();
    fixture.componentInstance.rows.set([]);
    await fixture.whenStable();
    expect(element.querySelector('table')).toBeNull();
    expect(element.querySelector('.wk-empty')?.textContent).toContain('Nog geen eenheden.');

    fixture.componentInstance.emptyText.set(null);
    await fixture.whenStable();
    expect(element.querySelector('table')).not.toBeNull();
  });
});
