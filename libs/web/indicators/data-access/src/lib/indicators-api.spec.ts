import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { Page, WijkSignals } from '@wk/contracts';
import { firstValueFrom } from 'rxjs';
import { IndicatorsApi } from './indicators-api';

describe('IndicatorsApi', () => {
  let api: IndicatorsApi;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    api = TestBed.inject(IndicatorsApi);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('reads a wijk’s indicators under the wijk, with its id escaped', () => {
    api.forWijk('w/1').subscribe();
    expect(http.expectOne('/api/v1/wijken/w%2F1/indicators').request.method).toBe('GET');
  });

  it('reads the catalogue and the signals of every wijk', async () => {
    api.catalogue().subscribe();
    http.expectOne('/api/v1/indicators').flush({ total: 0, items: [] });
    const signals = firstValueFrom(api.signals());
    const page: Page<WijkSignals> = { total: 1, items: [{ wijk: { id: 'w1', name: 'Moerwijk' }, signals: [] }] };
    http.expectOne('/api/v1/indicators/signals').flush(page);
    expect(await signals).toEqual(page);
  });
});
