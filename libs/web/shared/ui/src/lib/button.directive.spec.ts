import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { type ButtonAppearance, ButtonDirective } from './button.directive';

@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ButtonDirective],
  template: `
    <button id="plain" type="button" wkButton>Opslaan</button>
    <button id="set" type="button" [wkButton]="appearance()" small danger class="wk-extra">Verwijderen</button>
    <a id="link" href="/plannen" wkButton="primary">Naar de plannen</a>
  `,
})
class HostComponent {
  readonly appearance = signal<ButtonAppearance>('primary');
}

describe('ButtonDirective', () => {
  it('puts the design system classes on a button or a link, keeping its own', async () => {
    const fixture = TestBed.createComponent(HostComponent);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const classes = (id: string) => [...(element.querySelector(`#${id}`)?.classList ?? [])].sort();

    expect(classes('plain')).toEqual(['utrecht-button', 'utrecht-button--secondary-action']);
    expect(classes('set')).toEqual([
      'utrecht-button',
      'utrecht-button--danger',
      'utrecht-button--primary-action',
      'wk-button--small',
      'wk-extra',
    ]);
    expect(classes('link')).toEqual(['utrecht-button-link', 'utrecht-button-link--html-a', 'utrecht-button-link--primary-action']);

    fixture.componentInstance.appearance.set('subtle');
    await fixture.whenStable();
    expect(classes('set')).toContain('utrecht-button--subtle');
    expect(classes('set')).not.toContain('utrecht-button--primary-action');
  });
});
