import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ApplicationRef } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { ActionProgress, ActionProgressList } from '@wk/contracts';
import { firstValueFrom } from 'rxjs';
import { ActionListStore } from './action-list.store';
import { ProgressApi } from './progress-api';

function list(...ids: string[]): ActionProgressList {
  return { items: ids.map((actionId) => ({ actionId }) as ActionProgress), total: ids.length, due: 0, overdue: 0 };
}

describe('ProgressApi', () => {
  let api: ProgressApi;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    api = TestBed.inject(ProgressApi);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('asks for my actions by state, and sends asOf only when given', () => {
    api.myActions('overdue').subscribe();
    const req = http.expectOne((r) => r.url === '/api/v1/my-actions');
    expect(req.request.params.get('state')).toBe('overdue');
    expect(req.request.params.has('asOf')).toBe(false);

    api.dashboard('p/1', '2026-06-30').subscribe();
    const dashboard = http.expectOne((r) => r.url === '/api/v1/plans/p%2F1/dashboard');
    expect(dashboard.request.params.get('asOf')).toBe('2026-06-30');
  });

  it('posts an update and closes a period with the request as body', () => {
    api
      .addUpdate('a1', { year: 2026, quarter: 3, status: 'completed', percentComplete: 100, narrative: 'Klaar.', spentCents: 0 })
      .subscribe();
    const update = http.expectOne('/api/v1/actions/a1/updates');
    expect(update.request.method).toBe('POST');
    expect(update.request.body).toMatchObject({ year: 2026, quarter: 3, percentComplete: 100 });

    api.closePeriod('p1', { year: 2025 }).subscribe();
    const close = http.expectOne('/api/v1/plans/p1/closed-periods');
    expect(close.request.method).toBe('POST');
    expect(close.request.body).toEqual({ year: 2025 });
  });

  it('reads how one action stands from its own route, on the day asked', async () => {
    const one = firstValueFrom(api.actionProgress('a2', '2026-05-01'));
    http
      .expectOne((r) => r.url === '/api/v1/actions/a2/progress' && r.params.get('asOf') === '2026-05-01')
      .flush(list('a2').items[0] ?? null);
    expect((await one).actionId).toBe('a2');
  });
});

describe('ActionListStore', () => {
  let store: ActionListStore;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), ActionListStore] });
    store = TestBed.inject(ActionListStore);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  /** The loader (Angular's resource) hands over an answer a microtask after it arrives. */
  const settled = () => TestBed.inject(ApplicationRef).whenStable();

  it('loads my actions, and the actions of a unit when asked for another source', async () => {
    store.show({ kind: 'mine' });
    TestBed.tick();
    http.expectOne((r) => r.url === '/api/v1/my-actions').flush(list('a1'));
    await settled();
    expect(store.list()?.items.map((a) => a.actionId)).toEqual(['a1']);

    // The same source again does not load again.
    store.show({ kind: 'mine' });
    TestBed.tick();
    http.expectNone((r) => r.url === '/api/v1/my-actions');

    store.show({ kind: 'unit', unitId: 'u1' });
    TestBed.tick();
    http.expectOne('/api/v1/org-units/u1/actions').flush(list('a3'));
    await settled();
    expect(store.list()?.items.map((a) => a.actionId)).toEqual(['a3']);
  });

  it('keeps the list on the page while it refreshes, then shows the new one', async () => {
    store.show({ kind: 'mine' });
    TestBed.tick();
    http.expectOne((r) => r.url === '/api/v1/my-actions').flush(list('a1'));
    await settled();

    const done = store.refresh();
    expect(store.data.state().status).toBe('ready');
    expect(store.list()?.items).toHaveLength(1);
    http.expectOne((r) => r.url === '/api/v1/my-actions').flush(list('a1', 'a2'));
    await done;
    expect(store.list()?.items).toHaveLength(2);
  });
});
