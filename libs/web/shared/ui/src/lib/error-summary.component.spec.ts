import { ComponentRef } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { ErrorSummaryComponent, controlId } from './error-summary.component';

describe('ErrorSummaryComponent', () => {
  let fixture: ComponentFixture<ErrorSummaryComponent>;
  let ref: ComponentRef<ErrorSummaryComponent>;
  let element: HTMLElement;

  beforeAll(() => {
    // jsdom does not lay out, so it has no scrollIntoView.
    Element.prototype.scrollIntoView = jest.fn();
  });

  beforeEach(() => {
    fixture = TestBed.createComponent(ErrorSummaryComponent);
    ref = fixture.componentRef;
    element = fixture.nativeElement as HTMLElement;
    ref.setInput('heading', 'Er is een probleem');
    ref.setInput('idPrefix', 'wijk');
    ref.setInput('errors', []);
    document.body.appendChild(element);
  });

  afterEach(() => element.remove());

  it('renders nothing without errors', async () => {
    await fixture.whenStable();
    expect(element.querySelector('.wk-error-summary')).toBeNull();
  });

  it('links each field error to its control, takes focus, and moves focus to the field on click', async () => {
    const input = document.createElement('input');
    input.id = 'wijk-cbsUnits-0-code';
    document.body.appendChild(input);

    ref.setInput('errors', [
      { field: 'cbsUnits.0.code', message: 'Vul de CBS-code in.' },
      { field: null, message: 'Iets algemeens.' },
    ]);
    await fixture.whenStable();

    const box = element.querySelector<HTMLElement>('.wk-error-summary');
    expect(box?.getAttribute('aria-labelledby')).toBe('wijk-fouten');
    expect(element.querySelector('h2')?.textContent).toContain('Er is een probleem');
    expect(document.activeElement).toBe(box);

    const links = element.querySelectorAll<HTMLAnchorElement>('a');
    expect(links).toHaveLength(1);
    expect(links[0]?.getAttribute('href')).toBe('#wijk-cbsUnits-0-code');
    expect(element.textContent).toContain('Iets algemeens.');

    links[0]?.click();
    expect(document.activeElement).toBe(input);
    input.remove();
  });

  it('derives control ids from dotted field names', () => {
    expect(controlId('gemeente', 'admin.email')).toBe('gemeente-admin-email');
  });
});
