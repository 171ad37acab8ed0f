import { HttpErrorResponse } from '@angular/common/http';
import { ApplicationRef, Injector, runInInjectionContext, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Subject, defer, of, throwError } from 'rxjs';
import { createLoader } from './loader';

describe('createLoader', () => {
  const settled = () => TestBed.inject(ApplicationRef).whenStable();
  const make = <T>(source: Parameters<typeof createLoader<T>>[0]) =>
    runInInjectionContext(TestBed.inject(Injector), () => createLoader(source));

  it('is loading until the answer comes, then ready with the value', async () => {
    const answer = new Subject<string>();
    const loader = make(() => answer);
    TestBed.tick();
    expect(loader.state()).toEqual({ status: 'loading' });
    expect(loader.value()).toBeUndefined();
    answer.next('wijkplan');
    await settled();
    expect(loader.state()).toEqual({ status: 'ready', value: 'wijkplan' });
    expect(loader.value()).toBe('wijkplan');
    expect(loader.errorText()).toBeNull();
  });

  it('turns an HTTP error into a problem and a text, and loads again (showing loading) on reload', async () => {
    let fail = true;
    const answers: Subject<number>[] = [];
    // Cold, like an HTTP request: a reload subscribes again.
    const loader = make(() =>
      defer(() => {
        if (fail) {
          return throwError(() => new HttpErrorResponse({ status: 404, error: { title: 'Not Found', status: 404, code: 'not_found' } }));
        }
        const answer = new Subject<number>();
        answers.push(answer);
        return answer;
      }),
    );
    TestBed.tick();
    await settled();
    const state = loader.state();
    expect(state.status).toBe('error');
    expect(state.status === 'error' && state.problem.status).toBe(404);
    expect(loader.errorText()).toEqual(expect.any(String));

    fail = false;
    loader.reload();
    TestBed.tick();
    expect(loader.state()).toEqual({ status: 'loading' });
    answers[0]?.next(7);
    await settled();
    expect(loader.value()).toBe(7);

    loader.reload();
    TestBed.tick();
    expect(loader.state()).toEqual({ status: 'loading' });
  });

  it('loads again when a signal the source reads changes, and takes a value set locally', async () => {
    const id = signal('a');
    const loader = make(() => of(`plan ${id()}`));
    TestBed.tick();
    await settled();
    expect(loader.value()).toBe('plan a');
    id.set('b');
    TestBed.tick();
    await settled();
    expect(loader.value()).toBe('plan b');
    loader.set('edited');
    expect(loader.state()).toEqual({ status: 'ready', value: 'edited' });
  });
});
