import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import type { ActionProgress, ProgressUpdate } from '@wk/contracts';
import { UpdateFormComponent } from './update-form.component';

const action = {
  actionId: 'a1',
  title: 'Buurtsport op de velden',
  cadence: 'quarterly',
  start: { year: 2025, quarter: 3 },
  end: { year: 2031, quarter: 4 },
  status: 'on_track',
  percentComplete: 40,
  lastUpdate: { period: { year: 2026, quarter: 2 }, createdAt: '2026-07-10T10:00:00Z' },
  periods: [{ year: 2026, quarter: 3, state: 'overdue', deadline: '2026-10-31', closed: false }],
  closedPeriods: [],
  canUpdate: true,
} as unknown as ActionProgress;

describe('UpdateFormComponent', () => {
  let fixture: ComponentFixture<UpdateFormComponent>;
  let element: HTMLElement;
  let http: HttpTestingController;

  beforeAll(() => {
    // jsdom does not lay out, so it has no scrollIntoView.
    Element.prototype.scrollIntoView = jest.fn();
  });

  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(UpdateFormComponent);
    fixture.componentRef.setInput('action', action);
    fixture.componentRef.setInput('idPrefix', 'melding');
    fixture.componentRef.setInput('heading', 'Voortgang melden');
    fixture.componentRef.setInput('today', '2026-11-29');
    element = fixture.nativeElement as HTMLElement;
    document.body.appendChild(element);
    await fixture.whenStable();
  });

  afterEach(() => {
    element.remove();
    http.verify();
  });

  function fill(selector: string, text: string): void {
    const control = element.querySelector<HTMLInputElement | HTMLTextAreaElement>(selector);
    if (!control) {
      throw new Error(`No ${selector}`);
    }
    control.value = text;
    control.dispatchEvent(new Event('input'));
  }

  it('offers the overdue quarter with its deadline, then the current one, then earlier quarters to report again', () => {
    const groups = Array.from(element.querySelectorAll<HTMLOptGroupElement>('#melding-period optgroup')).map((g) => ({
      label: g.label,
      options: Array.from(g.querySelectorAll('option')).map((o) => o.textContent?.trim()),
    }));
    expect(groups[0]).toEqual({
      label: 'Te melden',
      options: [expect.stringMatching(/^Kwartaal 3 van 2026 — te laat sinds 31 oktober 2026$/), 'Kwartaal 4 van 2026 — de huidige periode'],
    });
    expect(groups[1]?.label).toBe('Eerder gemeld: opnieuw melden');
    expect(groups[1]?.options[0]).toBe('Kwartaal 2 van 2026 — al gemeld (opnieuw melden)');
  });

  it('fills in 100% when the user chooses completed, and posts the update', async () => {
    element.querySelector<HTMLInputElement>('#melding-status-completed')?.dispatchEvent(new Event('change'));
    await fixture.whenStable();
    expect(element.querySelector<HTMLInputElement>('#melding-percent')?.value).toBe('100');

    fill('#melding-narrative', 'Afgerond.');
    fill('#melding-spent', '2.500');
    let saved: ProgressUpdate | null = null;
    fixture.componentInstance.saved.subscribe((update) => (saved = update));
    element.querySelector('form')?.dispatchEvent(new Event('submit'));

    const req = http.expectOne('/api/v1/actions/a1/updates');
    expect(req.request.body).toEqual({
      year: 2026,
      quarter: 3,
      status: 'completed',
      percentComplete: 100,
      narrative: 'Afgerond.',
      spentCents: 250000,
    });
    req.flush({ id: 'u1', period: { year: 2026, quarter: 3 } });
    await fixture.whenStable();
    expect(saved).toMatchObject({ id: 'u1' });
  });

  it('shows the checks at the fields and in a summary, without posting', async () => {
    fill('#melding-percent', 'veel');
    element.querySelector('form')?.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
    const summary = element.querySelector('.wk-error-summary');
    expect(summary?.textContent).toContain('Vul een heel getal in van 0 tot en met 100');
    expect(summary?.textContent).toContain('Schrijf kort wat er is gedaan.');
    expect(element.querySelector('#melding-percent')?.getAttribute('aria-invalid')).toBe('true');
    expect(element.querySelector('#melding-spent-fout')?.textContent).toContain('Vul het bedrag in');
  });

  it('puts the API answer at the field it names, and explains a 403 in its own words', async () => {
    fill('#melding-narrative', 'Bijna klaar.');
    fill('#melding-spent', '0');
    element.querySelector('form')?.dispatchEvent(new Event('submit'));
    http.expectOne('/api/v1/actions/a1/updates').flush(
      {
        type: 't',
        title: 'Bad request',
        status: 400,
        code: 'validation_failed',
        invalidParams: [{ name: 'year', code: 'future', reason: 'Deze periode is nog niet begonnen.' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await fixture.whenStable();
    expect(element.querySelector('#melding-period-fout')?.textContent).toContain('Deze periode is nog niet begonnen.');

    element.querySelector('form')?.dispatchEvent(new Event('submit'));
    http
      .expectOne('/api/v1/actions/a1/updates')
      .flush({ type: 't', title: 'Forbidden', status: 403, code: 'forbidden', detail: 'Nee.' }, { status: 403, statusText: 'Forbidden' });
    await fixture.whenStable();
    expect(element.querySelector('.wk-error-summary')?.textContent).toContain(
      'U kunt alleen voortgang melden voor acties van uw eigen afdeling',
    );
  });
});
