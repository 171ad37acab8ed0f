import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { ItemToolbarComponent } from './item-toolbar.component';

@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ItemToolbarComponent],
  template: `
    <wk-item-toolbar
      label="Hulpmiddelen voor doel 1"
      name="Doel 1"
      idPrefix="doel-1"
      [first]="true"
      [last]="last()"
      [deleteTexts]="{ start: 'Verwijderen', question: 'Zeker?', confirm: 'Ja', cancel: 'Nee', busy: 'Bezig' }"
      (edit)="events.push('edit')"
      (move)="events.push('move ' + $event)"
    />
  `,
})
class HostComponent {
  readonly last = signal(false);
  readonly events: string[] = [];
}

describe('ItemToolbarComponent', () => {
  it('names the item on each button, keeps the ids, and says what was asked', async () => {
    const fixture = TestBed.createComponent(HostComponent);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    expect(element.querySelector('[role="group"]')?.getAttribute('aria-label')).toBe('Hulpmiddelen voor doel 1');
    const edit = element.querySelector<HTMLButtonElement>('#doel-1-wijzigen');
    const up = element.querySelector<HTMLButtonElement>('#doel-1-omhoog');
    const down = element.querySelector<HTMLButtonElement>('#doel-1-omlaag');
    expect(edit?.getAttribute('aria-label')).toBe('Wijzigen: Doel 1');
    expect(up?.disabled).toBe(true);
    expect(down?.disabled).toBe(false);

    edit?.click();
    down?.click();
    expect(fixture.componentInstance.events).toEqual(['edit', 'move 1']);

    fixture.componentInstance.last.set(true);
    await fixture.whenStable();
    expect(down?.disabled).toBe(true);
  });
});
