import { TestBed } from '@angular/core/testing';
import { BarChartComponent } from './bar-chart.component';
import { ColumnChartComponent } from './column-chart.component';
import { LineChartComponent } from './line-chart.component';

describe('BarChartComponent', () => {
  it('is one image whose label names every bar with its value, and scales bars to the given maximum', async () => {
    const fixture = TestBed.createComponent(BarChartComponent);
    fixture.componentRef.setInput('label', 'Voortgang per bouwsteen');
    fixture.componentRef.setInput('max', 100);
    fixture.componentRef.setInput('items', [
      { label: 'Bouwsteen 1', value: 20, valueText: '20% · Risico', tone: 'warning' },
      { label: 'Bouwsteen 2', value: 50, valueText: '50% · Op schema', tone: 'success' },
    ]);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const image = element.querySelector('[role="img"]');
    expect(image?.getAttribute('aria-label')).toBe('Voortgang per bouwsteen: Bouwsteen 1: 20% · Risico; Bouwsteen 2: 50% · Op schema.');
    const bars = Array.from(element.querySelectorAll<HTMLElement>('.wk-bar-chart__bar'));
    expect(bars.map((bar) => bar.style.width)).toEqual(['20%', '50%']);
    expect(bars[0]?.classList).toContain('wk-chart-tone--warning');
    // The words are on screen too, not only the colour.
    expect(element.textContent).toContain('20% · Risico');
  });

  it('without a maximum, scales to the largest value rounded up', async () => {
    const fixture = TestBed.createComponent(BarChartComponent);
    fixture.componentRef.setInput('label', 'Acties per status');
    fixture.componentRef.setInput('items', [
      { label: 'Op schema', value: 12, valueText: '12' },
      { label: 'Risico', value: 3, valueText: '3' },
    ]);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const bars = Array.from(element.querySelectorAll<HTMLElement>('.wk-bar-chart__bar'));
    expect(bars.map((bar) => bar.style.width)).toEqual(['80%', '20%']);
    // The axis follows the scale: 0, 5, 10, 15.
    expect(Array.from(element.querySelectorAll('.wk-bar-chart__tick')).map((t) => t.textContent?.trim())).toEqual(['0', '5', '10', '15']);
  });

  it('draws no bar at all for zero (a sliver would suggest a value)', async () => {
    const fixture = TestBed.createComponent(BarChartComponent);
    fixture.componentRef.setInput('label', 'Acties per status');
    fixture.componentRef.setInput('items', [
      { label: 'Vertraagd', value: 0, valueText: '0' },
      { label: 'Op schema', value: 4, valueText: '4' },
    ]);
    await fixture.whenStable();
    const tracks = Array.from((fixture.nativeElement as HTMLElement).querySelectorAll('.wk-bar-chart__track'));
    expect(tracks[0]?.querySelector('.wk-bar-chart__bar')).toBeNull();
    expect(tracks[1]?.querySelector('.wk-bar-chart__bar')).not.toBeNull();
  });
});

describe('ColumnChartComponent', () => {
  it('draws a column per series and group, hatches a hatched series, and labels the image with every figure', async () => {
    const fixture = TestBed.createComponent(ColumnChartComponent);
    fixture.componentRef.setInput('label', 'Budget per jaar');
    fixture.componentRef.setInput('series', [
      { name: 'Gepland', tone: 'primary' },
      { name: 'Uitgegeven', tone: 'info', hatched: true },
    ]);
    fixture.componentRef.setInput('groups', [
      { label: '2025', values: [200, 100] },
      { label: '2026', values: [400, 0] },
    ]);
    fixture.componentRef.setInput('format', (value: number) => `€ ${value}`);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    expect(element.querySelector('svg[role="img"]')?.getAttribute('aria-label')).toBe(
      'Budget per jaar: 2025: Gepland € 200, Uitgegeven € 100; 2026: Gepland € 400, Uitgegeven € 0.',
    );
    // Wider than the screen: the region around it can be scrolled by keyboard.
    expect(element.querySelector('[role="region"]')?.getAttribute('tabindex')).toBe('0');
    const bars = Array.from(element.querySelectorAll('rect.wk-column-chart__bar'));
    expect(bars).toHaveLength(4);
    // 400 is the top of the axis: the full plot height of 180.
    expect(bars[2]?.getAttribute('height')).toBe('180');
    expect(bars[0]?.getAttribute('height')).toBe('90');
    expect(bars[1]?.getAttribute('fill')).toMatch(/^url\(#wk-chart-\d+-arcering-1\)$/);
    expect(bars[0]?.getAttribute('fill')).toBeNull();
    expect(Array.from(element.querySelectorAll('.wk-column-chart__tick')).map((t) => t.textContent?.trim())).toEqual([
      '€ 0',
      '€ 100',
      '€ 200',
      '€ 300',
      '€ 400',
    ]);
  });
});

describe('LineChartComponent', () => {
  it('draws a line through the points, is labelled as one image, and shows the first and last year', async () => {
    const fixture = TestBed.createComponent(LineChartComponent);
    fixture.componentRef.setInput('label', 'Bouwsteen 1: 9% in 2025, 20% in 2026');
    fixture.componentRef.setInput('points', [
      { x: 2025, y: 9 },
      { x: 2026, y: 20 },
    ]);
    fixture.componentRef.setInput('xMin', 2025);
    fixture.componentRef.setInput('xMax', 2040);
    await fixture.whenStable();
    const svg = (fixture.nativeElement as HTMLElement).querySelector('svg');
    expect(svg?.getAttribute('role')).toBe('img');
    expect(svg?.getAttribute('aria-label')).toBe('Bouwsteen 1: 9% in 2025, 20% in 2026');
    expect(svg?.querySelectorAll('circle')).toHaveLength(2);
    expect(svg?.querySelector('polyline')?.getAttribute('points')).toBe('8,63.32 25.6,57.6');
    expect(Array.from(svg?.querySelectorAll('text') ?? []).map((t) => t.textContent?.trim())).toEqual(['2025', '2040']);
  });
});
