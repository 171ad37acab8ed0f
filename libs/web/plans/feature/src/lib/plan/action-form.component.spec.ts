import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { Plan, PlanGoal } from '@wk/contracts';
import { PlanStore } from '@wk/web/plans/data-access';
import { ActionFormComponent } from './action-form.component';
import { PlanOptions } from './plan-options';

const goal = {
  id: 'g1',
  key: 'g1',
  planId: 'p1',
  block: 'B1',
  pillar: null,
  statement: 'Schone straten',
  target: null,
  position: 0,
  actions: [],
  version: 2,
} as PlanGoal;
const plan = { id: 'p1', version: 5, startYear: 2026, endYear: 2040, goals: [goal] } as unknown as Plan;

@Component({
  imports: [ActionFormComponent],
  template: `<wk-action-form [plan]="plan" [goal]="goal" (saved)="saved.set($event.actionId)" />`,
})
class HostComponent {
  readonly plan = plan;
  readonly goal = goal;
  readonly saved = signal<string | null | undefined>(undefined);
}

function type(element: HTMLElement, selector: string, value: string): void {
  const input = element.querySelector<HTMLInputElement | HTMLSelectElement>(selector);
  if (!input) {
    throw new Error(`No ${selector}`);
  }
  input.value = value;
  input.dispatchEvent(new Event(input instanceof HTMLSelectElement ? 'change' : 'input'));
}

describe('ActionFormComponent', () => {
  let http: HttpTestingController;

  beforeAll(() => {
    Element.prototype.scrollIntoView = jest.fn();
  });

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), PlanStore, PlanOptions] });
    http = TestBed.inject(HttpTestingController);
    const store = TestBed.inject(PlanStore);
    store.select('p1');
    TestBed.tick();
    http.expectOne('/api/v1/plans/p1').flush(plan);
  });

  afterEach(() => http.verify());

  it('sends euros typed the Dutch way as cents, with the lead unit and period chosen', async () => {
    const fixture = TestBed.createComponent(HostComponent);
    // Not whenStable: the options load through Angular's resource API, which keeps the app unstable until they are answered.
    fixture.detectChanges();
    http.expectOne('/api/v1/org-units').flush({
      items: [
        { id: 'u-or', name: 'Openbare Ruimte', kind: 'department' },
        { id: 'u-pol', name: 'Politie', kind: 'partner' },
      ],
      total: 2,
    });
    http.expectOne('/api/v1/users').flush({ items: [{ id: 'x', name: 'Bram Willems', active: true }], total: 1 });
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const prefix = '#nieuwe-actie-g1';

    type(element, `${prefix}-title`, 'Vaker vegen');
    type(element, `${prefix}-leadUnitId`, 'u-or');
    type(element, `${prefix}-start-quarter`, '2');
    type(element, `${prefix}-end-year`, '2028');
    element.querySelector<HTMLButtonElement>(`${prefix}-budget`)?.click();
    await fixture.whenStable();
    type(element, `${prefix}-budget-0-amountCents`, '1.250.000');
    await fixture.whenStable();
    expect(element.textContent?.replace(/\u00a0/g, ' ')).toContain('Totaal: € 1.250.000');

    element.querySelector('form')?.dispatchEvent(new Event('submit'));
    const request = http.expectOne('/api/v1/goals/g1/actions');
    expect(request.request.body).toMatchObject({
      title: 'Vaker vegen',
      leadUnitId: 'u-or',
      start: { year: 2026, quarter: 2 },
      end: { year: 2028, quarter: 4 },
      budget: [{ year: 2026, amountCents: 125_000_000 }],
    });
    request.flush({ ...plan, goals: [{ ...goal, actions: [{ id: 'a-new', title: 'Vaker vegen' }] }] });
    await fixture.whenStable();
    expect(fixture.componentInstance.saved()).toBe('a-new');
  });

  it('shows an amount it cannot read at the field and in the summary, and sends nothing', async () => {
    const fixture = TestBed.createComponent(HostComponent);
    // Not whenStable: the options load through Angular's resource API, which keeps the app unstable until they are answered.
    fixture.detectChanges();
    http.expectOne('/api/v1/org-units').flush({ items: [], total: 0 });
    http.expectOne('/api/v1/users').flush({ items: [], total: 0 });
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const prefix = '#nieuwe-actie-g1';
    type(element, `${prefix}-title`, 'Vaker vegen');
    element.querySelector<HTMLButtonElement>(`${prefix}-budget`)?.click();
    await fixture.whenStable();
    type(element, `${prefix}-budget-0-amountCents`, '1,250.00');
    element.querySelector('form')?.dispatchEvent(new Event('submit'));
    await fixture.whenStable();

    const message = 'Vul een bedrag in euro in, zoals 1.250.000 of 1.250.000,50.';
    expect(element.querySelector('.wk-error-summary')?.textContent).toContain(message);
    expect(element.querySelector(`${prefix}-budget-0-amountCents-fout`)?.textContent).toContain(message);
    expect(element.querySelector(`${prefix}-budget-0-amountCents`)?.getAttribute('aria-invalid')).toBe('true');
  });
});
