import { randomUUID } from 'node:crypto';
import type { Problem } from '@wk/contracts';
import { ApiClient, createPlanFixture, firstGoal, problem, type ApiResponse, type TenantFixture } from '@wk/api/testing';
import { startTestApp, type TestApp } from './harness';

/**
 * Problem details in the request's language: Dutch by default, English for `Accept-Language: en`
 * (`en-GB`, `en-US`, q-values respected) — title, detail and every invalid parameter's reason, with
 * `Content-Language` saying which. The codes (`code`, `invalidParams[].code`, `reasonCode`) are the same
 * in both languages, so a client can translate by code.
 */
describe('problem details in the language of Accept-Language', () => {
  let t: TestApp;
  let f: TenantFixture;

  beforeAll(async () => {
    t = await startTestApp();
    f = await t.tenant();
  });
  afterAll(() => t.close());

  const DUTCH = { 'accept-language': 'nl-NL,nl;q=0.9' };
  const ENGLISH = { 'accept-language': 'en-GB,en;q=0.9' };

  function send(
    client: ApiClient,
    method: string,
    path: string,
    body: unknown,
    headers: Record<string, string> = {},
  ): Promise<ApiResponse> {
    return client.request(method, path, body, { headers });
  }

  function expectLanguage(res: ApiResponse, language: 'nl' | 'en'): Problem {
    expect(res.contentType).toContain('application/problem+json');
    expect(res.headers.get('content-language')).toBe(language);
    expect(res.headers.get('vary') ?? '').toMatch(/Accept-Language/i);
    return problem(res);
  }

  it('a plan field with a year limit: Dutch by default and on request, English on request', async () => {
    const body = { title: 'Wijkplan', wijkIds: [f.wijken[0].id], startYear: 1999, endYear: 2026 };
    const byDefault = await send(f.as.planner, 'POST', '/plans', body);
    const dutch = await send(f.as.planner, 'POST', '/plans', body, DUTCH);
    const english = await send(f.as.planner, 'POST', '/plans', body, ENGLISH);
    for (const res of [byDefault, dutch, english]) expect(res.status).toBe(400);

    for (const res of [byDefault, dutch]) {
      const p = expectLanguage(res, 'nl');
      expect(p).toMatchObject({ code: 'validation_failed', title: 'Ongeldige invoer', detail: 'Niet alle velden zijn goed ingevuld.' });
      expect(p.invalidParams).toContainEqual({
        name: 'startYear',
        code: 'min',
        reason: 'Vul een jaartal in tussen 2000 en 2100.',
        reasonCode: 'field.year',
        reasonParams: { min: 2000, max: 2100 },
      });
    }
    const p = expectLanguage(english, 'en');
    expect(p).toMatchObject({
      code: 'validation_failed',
      title: 'Invalid input',
      detail: 'Not all fields are filled in correctly.',
      detailCode: 'problem.invalid',
    });
    expect(p.invalidParams).toContainEqual({
      name: 'startYear',
      code: 'min',
      reason: 'Enter a year between 2000 and 2100.',
      reasonCode: 'field.year',
      reasonParams: { min: 2000, max: 2100 },
    });
  });

  it('a check of the service (an action outside the plan) and an unknown field, in both languages', async () => {
    const plan = await createPlanFixture(f);
    const goal = firstGoal(plan);
    const body = {
      title: 'Actie',
      start: { year: plan.startYear - 1, quarter: 1 },
      end: { year: plan.startYear, quarter: 2 },
      colour: 'rood',
    };
    const dutch = problem(await send(f.as.planner, 'POST', `/goals/${goal.id}/actions`, body));
    const english = problem(await send(f.as.planner, 'POST', `/goals/${goal.id}/actions`, body, ENGLISH));
    expect(dutch.invalidParams).toContainEqual(
      expect.objectContaining({ name: 'colour', reason: 'Dit veld kennen we niet. Laat het weg.' }),
    );
    expect(english.invalidParams).toContainEqual(
      expect.objectContaining({ name: 'colour', reason: 'We do not know this field. Leave it out.' }),
    );

    const valid = { title: 'Actie', start: { year: plan.startYear - 1, quarter: 1 }, end: { year: plan.startYear, quarter: 2 } };
    const outside = (headers: Record<string, string>) => send(f.as.planner, 'POST', `/goals/${goal.id}/actions`, valid, headers);
    expect(problem(await outside({})).invalidParams).toContainEqual(
      expect.objectContaining({
        name: 'start.year',
        code: 'outside_horizon',
        reason: `De actie begint vóór het plan (${plan.startYear}–${plan.endYear}).`,
      }),
    );
    expect(problem(await outside(ENGLISH)).invalidParams).toContainEqual(
      expect.objectContaining({
        name: 'start.year',
        code: 'outside_horizon',
        reason: `The action starts before the plan (${plan.startYear}–${plan.endYear}).`,
      }),
    );
  });

  it('a version conflict', async () => {
    const plan = await createPlanFixture(f);
    const stale = { title: 'Nieuwe titel', version: plan.version + 7 };
    const dutch = await send(f.as.planner, 'PATCH', `/plans/${plan.id}`, stale);
    const english = await send(f.as.planner, 'PATCH', `/plans/${plan.id}`, stale, { 'accept-language': 'en-US' });
    expect([dutch.status, english.status]).toEqual([409, 409]);
    expect(expectLanguage(dutch, 'nl')).toMatchObject({
      code: 'version_conflict',
      title: 'Intussen gewijzigd',
      detail: 'Iemand anders heeft dit intussen gewijzigd. Laad de pagina opnieuw en voer uw wijziging nog eens in.',
      currentVersion: plan.version,
    });
    expect(expectLanguage(english, 'en')).toMatchObject({
      code: 'version_conflict',
      title: 'Changed in the meantime',
      detail: 'Someone else has changed this in the meantime. Reload the page and enter your change again.',
      detailCode: 'problem.version_conflict',
      currentVersion: plan.version,
    });
  });

  it('not found', async () => {
    const path = `/plans/${randomUUID()}`;
    const dutch = await send(f.as.viewer, 'GET', path, undefined);
    const english = await send(f.as.viewer, 'GET', path, undefined, { 'accept-language': 'en' });
    expect([dutch.status, english.status]).toEqual([404, 404]);
    expect(expectLanguage(dutch, 'nl')).toMatchObject({
      title: 'Niet gevonden',
      detail: 'Dit plan bestaat niet of u heeft er geen toegang toe.',
    });
    expect(expectLanguage(english, 'en')).toMatchObject({
      title: 'Not found',
      detail: 'This plan does not exist or you have no access to it.',
      detailCode: 'not_found.plan',
    });
  });

  it('forbidden', async () => {
    const body = { title: 'Wijkplan', wijkIds: [f.wijken[0].id], startYear: 2026, endYear: 2040 };
    const dutch = await send(f.as.viewer, 'POST', '/plans', body);
    const english = await send(f.as.viewer, 'POST', '/plans', body, ENGLISH);
    expect([dutch.status, english.status]).toEqual([403, 403]);
    expect(expectLanguage(dutch, 'nl')).toMatchObject({ title: 'Geen toegang', detail: 'U heeft geen rechten voor deze actie.' });
    expect(expectLanguage(english, 'en')).toMatchObject({ title: 'No access', detail: 'You do not have permission for this action.' });
  });

  it('a failed sign-in, and an empty one', async () => {
    const stranger = new ApiClient(t.baseUrl);
    const wrong = { email: `niemand-${randomUUID()}@example.nl`, password: 'verkeerd-wachtwoord-123' };
    const dutch = await send(stranger, 'POST', '/auth/login', wrong);
    const english = await send(stranger, 'POST', '/auth/login', wrong, ENGLISH);
    expect([dutch.status, english.status]).toEqual([401, 401]);
    expect(expectLanguage(dutch, 'nl')).toMatchObject({ title: 'Niet ingelogd', detail: 'E-mailadres of wachtwoord klopt niet.' });
    expect(expectLanguage(english, 'en')).toMatchObject({ title: 'Not signed in', detail: 'E-mail address or password is not correct.' });

    const empty = problem(await send(stranger, 'POST', '/auth/login', { email: ' ', password: '' }, ENGLISH));
    expect(empty).toMatchObject({ detail: 'Enter your e-mail address and password.' });
    expect(empty.invalidParams).toEqual([
      expect.objectContaining({ name: 'email', code: 'required', reason: 'Enter your e-mail address.' }),
      expect.objectContaining({ name: 'password', code: 'required', reason: 'Enter your password.' }),
    ]);
  });

  it.each([
    ['nl;q=0.5, en;q=0.9', 'en'],
    ['en;q=0.3, nl', 'nl'],
    ['de-DE, fr;q=0.8', 'nl'],
    ['de-DE, en-US;q=0.2', 'en'],
    ['en;q=0', 'nl'],
  ] as const)('Accept-Language %s answers in %s', async (header, language) => {
    const res = await send(f.as.viewer, 'GET', `/plans/${randomUUID()}`, undefined, { 'accept-language': header });
    expect(expectLanguage(res, language).title).toBe(language === 'en' ? 'Not found' : 'Niet gevonden');
  });

  it('a route that does not exist and a body that is not JSON', async () => {
    const missing = await send(f.as.viewer, 'GET', '/bestaat-niet', undefined, ENGLISH);
    expect(expectLanguage(missing, 'en')).toMatchObject({ status: 404, detail: 'This page or item does not exist.' });
    const broken = await f.as.planner.request('POST', '/plans', undefined, { rawBody: '{"title":', headers: ENGLISH });
    expect(broken.status).toBe(400);
    expect(expectLanguage(broken, 'en')).toMatchObject({ detail: 'The request body is not valid JSON.' });
  });
});
