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

  it('asks for a ranking with the indicator and, when chosen, the year to compare with', () => {
    api.ranking('lbm_score', 2012).subscribe();
    expect(http.expectOne('/api/v1/indicators/ranking?indicator=lbm_score&since=2012').request.method).toBe('GET');
    api.ranking('laag_inkomen', null).subscribe();
    http.expectOne('/api/v1/indicators/ranking?indicator=laag_inkomen');
  });

  it('writes the early-warning thresholds with PUT and finds wijken elsewhere by name', () => {
    api.setWarningSettings({ consecutive: 3, minStepPercent: 0.5 }).subscribe();
    const put = http.expectOne('/api/v1/indicators/early-warning');
    expect([put.request.method, put.request.body]).toEqual(['PUT', { consecutive: 3, minStepPercent: 0.5 }]);
    api.searchAreas('Tarwe wijk').subscribe();
    http.expectOne('/api/v1/indicators/areas?q=Tarwe%20wijk');
    api.areaFigures('WK059915').subscribe();
    http.expectOne('/api/v1/indicators/area-figures?code=WK059915');
  });
});
