import { TestBed } from '@angular/core/testing';
import type { IndicatorPoint } from '@wk/contracts';
import { IndicatorChartComponent } from './indicator-chart.component';

const point = (year: number, value: number | null): IndicatorPoint => ({
  year,
  value,
  gap: value === null ? 'not_measured' : null,
  areaCode: null,
  areaYear: null,
  source: null,
});

describe('IndicatorChartComponent', () => {
  it('breaks the line where a year has no figure, and leaves out a line without figures', () => {
    const fixture = TestBed.createComponent(IndicatorChartComponent);
    fixture.componentRef.setInput('label', 'Leefbaarometer in Moerwijk');
    fixture.componentRef.setInput('lines', [
      {
        key: 'wijk',
        label: 'Moerwijk',
        points: [point(2002, 3.89), point(2008, 3.8), point(2012, null), point(2014, 3.81), point(2016, 3.8)],
      },
      { key: 'gemeente', label: 'Den Haag', points: [] },
      { key: 'nederland', label: 'Nederland', points: [point(2002, 4.1), point(2016, 4.1)] },
    ]);
    fixture.detectChanges();
    const svg: SVGElement = fixture.nativeElement.querySelector('svg[role="img"]');
    expect(svg.getAttribute('aria-label')).toBe('Leefbaarometer in Moerwijk');
    expect(svg.querySelectorAll('.wk-indicator-chart__line--wijk')).toHaveLength(2);
    expect(svg.querySelectorAll('.wk-indicator-chart__dot--wijk')).toHaveLength(4);
    expect(svg.querySelectorAll('.wk-indicator-chart__line--gemeente')).toHaveLength(0);
    const legend = [...fixture.nativeElement.querySelectorAll('.wk-indicator-chart__legend li')].map((li: Element) =>
      li.textContent?.trim(),
    );
    expect(legend).toEqual(['Moerwijk', 'Nederland']);
  });
});
