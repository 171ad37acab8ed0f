import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { AlertComponent } from './alert.component';
import { SubNavComponent } from './sub-nav.component';

@Component({
  imports: [SubNavComponent],
  template: `<wk-sub-nav label="Onderdelen van het plan" [items]="items" />`,
})
class TabsHostComponent {
  readonly items = [
    { label: 'Plan', link: ['/plannen', 'p1'] },
    { label: 'Planning', link: ['/plannen', 'p1', 'planning'] },
  ];
}

describe('SubNavComponent', () => {
  it('is a named navigation landmark that marks the current part with aria-current, not with colour alone', async () => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          { path: 'plannen/:id', component: TabsHostComponent },
          { path: 'plannen/:id/planning', component: TabsHostComponent },
        ]),
      ],
    });
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/plannen/p1/planning');
    const element = harness.routeNativeElement as HTMLElement;
    expect(element.querySelector('nav')?.getAttribute('aria-label')).toBe('Onderdelen van het plan');
    const links = Array.from(element.querySelectorAll('a'));
    expect(links.map((a) => a.getAttribute('aria-current'))).toEqual([null, 'page']);
    expect(links[1]?.classList).toContain('wk-sub-nav__link--current');
    // "Plan" is not current on the planning page although its URL is a prefix of it.
    expect(links[0]?.classList).not.toContain('wk-sub-nav__link--current');
  });
});

@Component({
  imports: [AlertComponent],
  template: `<wk-alert type="warning" [polite]="polite">Kies 10 jaar of meer.</wk-alert>`,
})
class AlertHostComponent {
  polite = false;
}

describe('AlertComponent', () => {
  it('interrupts for a warning, unless asked to be polite', async () => {
    const fixture = TestBed.createComponent(AlertHostComponent);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    expect(element.querySelector('.utrecht-alert')?.getAttribute('role')).toBe('alert');
    fixture.componentInstance.polite = true;
    fixture.changeDetectorRef.markForCheck();
    await fixture.whenStable();
    expect(element.querySelector('.utrecht-alert')?.getAttribute('role')).toBe('status');
  });
});
