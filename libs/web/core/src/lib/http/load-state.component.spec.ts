import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { LoadState } from './loader';
import { LoadStateComponent } from './load-state.component';

@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [LoadStateComponent],
  template: `<wk-load-state [loader]="loader" [empty]="empty()" [notFoundPage]="notFoundPage()" [retry]="retry()"
    >Nog niets</wk-load-state
  >`,
})
class HostComponent {
  readonly state = signal<LoadState<string[]>>({ status: 'loading' });
  readonly empty = signal(false);
  readonly notFoundPage = signal(false);
  readonly retry = signal(true);
  readonly reloads = signal(0);
  readonly loader = {
    state: this.state.asReadonly(),
    errorText: signal('De server is niet bereikbaar.').asReadonly(),
    reload: () => this.reloads.update((n) => n + 1),
  };
}

describe('LoadStateComponent', () => {
  async function render() {
    TestBed.configureTestingModule({ providers: [provideRouter([])] });
    const fixture = TestBed.createComponent(HostComponent);
    await fixture.whenStable();
    return { fixture, host: fixture.componentInstance, element: fixture.nativeElement as HTMLElement };
  }

  it('says it is loading, then shows nothing once there is data', async () => {
    const { fixture, host, element } = await render();
    expect(element.querySelector('.wk-loading')?.textContent).toContain('Bezig met laden');
    host.state.set({ status: 'ready', value: ['a'] });
    await fixture.whenStable();
    expect(element.textContent?.trim()).toBe('');
  });

  it('shows the empty message when loaded and empty', async () => {
    const { fixture, host, element } = await render();
    host.state.set({ status: 'ready', value: [] });
    host.empty.set(true);
    await fixture.whenStable();
    expect(element.querySelector('.wk-empty')?.textContent).toContain('Nog niets');
  });

  it('shows an error with its reason and a button that loads again', async () => {
    const { fixture, host, element } = await render();
    host.state.set({ status: 'error', problem: { type: 'about:blank', title: 'Server error', status: 500, code: 'internal' } as never });
    await fixture.whenStable();
    expect(element.querySelector('[role="alert"]')?.textContent).toContain('De server is niet bereikbaar.');
    element.querySelector<HTMLButtonElement>('button')?.click();
    expect(host.reloads()).toBe(1);

    host.retry.set(false);
    await fixture.whenStable();
    expect(element.querySelector('button')).toBeNull();
  });

  it('says "not found" for a 404 on a page about one thing', async () => {
    const { fixture, host, element } = await render();
    host.state.set({ status: 'error', problem: { type: 'about:blank', title: 'Not Found', status: 404, code: 'not_found' } as never });
    await fixture.whenStable();
    expect(element.textContent).not.toContain('Niet gevonden');
    host.notFoundPage.set(true);
    await fixture.whenStable();
    expect(element.textContent).toContain('Niet gevonden');
    expect(element.querySelector('a')?.getAttribute('href')).toBe('/');
  });
});
