import { HttpErrorResponse, provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { Plan } from '@wk/contracts';
import { PlanStore } from './plan.store';
import { PlansApi } from './plans-api';

function plan(version: number, title = 'Willemskwartier 2026–2040'): Plan {
  return { id: 'p1', version, title } as unknown as Plan;
}

describe('PlansApi', () => {
  let api: PlansApi;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    api = TestBed.inject(PlansApi);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('filters the list by wijk only when one is given', () => {
    api.list('w 1').subscribe();
    expect(http.expectOne((r) => r.url === '/api/v1/plans').request.params.get('wijkId')).toBe('w 1');
    api.list(null).subscribe();
    expect(http.expectOne((r) => r.url === '/api/v1/plans').request.params.has('wijkId')).toBe(false);
  });

  it('sends the version with deletes as a query parameter and with lifecycle steps in the body', () => {
    api.deleteAction('a/1', 7).subscribe();
    const del = http.expectOne((r) => r.url === '/api/v1/actions/a%2F1');
    expect(del.request.method).toBe('DELETE');
    expect(del.request.params.get('version')).toBe('7');

    api.transition('p1', 'submit', 3).subscribe();
    const submit = http.expectOne('/api/v1/plans/p1/submit');
    expect(submit.request.method).toBe('POST');
    expect(submit.request.body).toEqual({ version: 3 });
  });

  it('reorders goals on the plan and actions on the goal', () => {
    api.reorderGoals('p1', { block: 'B4', pillar: 'P2', goalIds: ['g2', 'g1'], version: 4 }).subscribe();
    expect(http.expectOne('/api/v1/plans/p1/goal-order').request.method).toBe('PUT');
    api.reorderActions('g1', { actionIds: ['a2', 'a1'], version: 2 }).subscribe();
    expect(http.expectOne('/api/v1/goals/g1/action-order').request.method).toBe('PUT');
  });

  it('asks for a comparison against a base revision', () => {
    api.compare('p2', 'p1').subscribe();
    const req = http.expectOne((r) => r.url === '/api/v1/plans/p2/comparison');
    expect(req.request.params.get('baseId')).toBe('p1');
  });
});

describe('PlanStore', () => {
  let store: PlanStore;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), PlanStore] });
    store = TestBed.inject(PlanStore);
    http = TestBed.inject(HttpTestingController);
    store.select('p1');
    TestBed.tick();
    http.expectOne('/api/v1/plans/p1').flush(plan(1));
  });

  afterEach(() => http.verify());

  it('shows the plan a write answers with', async () => {
    expect(store.plan()?.version).toBe(1);
    const done = store.write((p, api) => api.update(p.id, { title: 'Nieuw', version: p.version }));
    const req = http.expectOne('/api/v1/plans/p1');
    expect(req.request.body).toEqual({ title: 'Nieuw', version: 1 });
    req.flush(plan(2, 'Nieuw'));
    await done;
    expect(store.plan()?.title).toBe('Nieuw');
    expect(store.busy()).toBe(false);
  });

  it('reloads the latest plan after a version conflict, keeps showing the old one meanwhile, and passes the error on', async () => {
    const done = store.write((p, api) => api.update(p.id, { title: 'Nieuw', version: p.version }));
    http
      .expectOne((r) => r.method === 'PATCH')
      .flush(
        { type: 't', title: 'Conflict', status: 409, code: 'version_conflict', currentVersion: 5 },
        { status: 409, statusText: 'Conflict' },
      );
    await new Promise((resolve) => setTimeout(resolve));
    expect(store.plan()?.version).toBe(1);
    expect(store.data.state().status).toBe('ready');
    http.expectOne((r) => r.method === 'GET').flush(plan(5, 'Van een collega'));
    await expect(done).rejects.toBeInstanceOf(HttpErrorResponse);
    expect(store.plan()?.title).toBe('Van een collega');
    expect(store.conflicts()).toBe(1);
  });

  it('does not reload after other errors', async () => {
    const done = store.write((p, api) => api.deleteGoal('g1', p.version));
    http
      .expectOne((r) => r.method === 'DELETE')
      .flush({ type: 't', title: 'x', status: 409, code: 'plan_read_only' }, { status: 409, statusText: 'Conflict' });
    await expect(done).rejects.toBeInstanceOf(HttpErrorResponse);
    expect(store.conflicts()).toBe(0);
  });

  it('reads the same announcement out twice', () => {
    store.announce('Doel is omhoog verplaatst.');
    const first = store.announcement();
    store.announce('Doel is omhoog verplaatst.');
    expect(store.announcement()).not.toBe(first);
    expect(store.announcement().trim()).toBe('Doel is omhoog verplaatst.');
  });
});
