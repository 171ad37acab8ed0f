import { Logger, type ArgumentMetadata } from '@nestjs/common';
import { createValidationPipe, DomainError, localizeParam, notFound, ProblemFilter } from '@wk/api/core';
import { UpdateActionDto, UpdateGoalDto, UpdatePlanDto } from '@wk/api/plans';
import type { InvalidParam, Problem } from '@wk/contracts';
import { only } from '@wk/api/testing';

/** Runs the global validation pipe on a body; the invalid parameters it refuses with (empty when valid). */
async function refusals(type: ArgumentMetadata['metatype'], body: unknown): Promise<InvalidParam[]> {
  try {
    await createValidationPipe().transform(body, { type: 'body', metatype: type });
    return [];
  } catch (error) {
    if (error instanceof DomainError) return error.extra.invalidParams ?? [];
    throw error;
  }
}

/** What the problem filter answers for an error and an Accept-Language header. */
function answer(error: unknown, acceptLanguage?: string): { problem: Problem; headers: Record<string, string> } {
  const headers: Record<string, string> = {};
  let body = '';
  const res = {
    headersSent: false,
    setHeader: (name: string, value: string) => (headers[name.toLowerCase()] = value),
    vary: (name: string) => (headers['vary'] = name),
    status: () => res,
    type: () => res,
    send: (text: string) => (body = text),
  };
  const req = { originalUrl: '/api/v1/plans', headers: acceptLanguage ? { 'accept-language': acceptLanguage } : {} };
  const host = { switchToHttp: () => ({ getResponse: () => res, getRequest: () => req }) };
  new ProblemFilter().catch(error, host as never);
  return { problem: JSON.parse(body) as Problem, headers };
}

describe('update DTOs derived from the create DTOs', () => {
  it('every field may be left out, only the version is required', async () => {
    expect(await refusals(UpdatePlanDto, { version: 1 })).toEqual([]);
    expect(await refusals(UpdateGoalDto, { version: 1 })).toEqual([]);
    expect(await refusals(UpdateActionDto, { version: 1 })).toEqual([]);
    expect((await refusals(UpdatePlanDto, {})).map((p) => p.name)).toEqual(['version', 'version']);
  });

  it('null is refused where the create DTO requires a value, and allowed where it is nullable', async () => {
    const names = async (body: object) => [...new Set((await refusals(UpdatePlanDto, { version: 1, ...body })).map((p) => p.name))];
    expect(await names({ title: null })).toEqual(['title']);
    expect(await names({ startYear: null, cadence: null })).toEqual(['startYear', 'cadence']);
    expect(await names({ theme: null })).toEqual([]);
    expect(await names({ title: '   ' })).toEqual(['title']);
    const action = async (body: object) => [...new Set((await refusals(UpdateActionDto, { version: 1, ...body })).map((p) => p.name))];
    expect(await action({ leadUnitId: null, ownerId: null })).toEqual([]);
    expect(await action({ title: null, start: null })).toEqual(['title', 'start']);
    expect(await action({ start: { year: 1999, quarter: 5 } })).toEqual(['start.year', 'start.quarter']);
    expect(await action({ budget: [{ year: 2026, amountCents: -1 }] })).toEqual(['budget.0.amountCents']);
  });

  it('the create rules come along, with their catalogue codes', async () => {
    const year = only(await refusals(UpdatePlanDto, { version: 1, endYear: 2101 }));
    expect(year).toEqual({
      name: 'endYear',
      code: 'max',
      reason: 'Vul een jaartal in tussen 2000 en 2100.',
      reasonCode: 'field.year',
      reasonParams: { min: 2000, max: 2100 },
    });
    expect(localizeParam(year, 'en').reason).toBe('Enter a year between 2000 and 2100.');
    const [unknown] = await refusals(UpdateGoalDto, { version: 1, colour: 'rood' });
    expect(unknown).toMatchObject({ name: 'colour', code: 'whitelistValidation', reasonCode: 'field.unknown' });
  });
});

describe('ProblemFilter', () => {
  it('answers in Dutch by default and in English for en, with Content-Language', () => {
    const dutch = answer(notFound('goal'));
    expect(dutch.headers['content-language']).toBe('nl');
    expect(dutch.problem).toMatchObject({ title: 'Niet gevonden', detail: 'Dit doel bestaat niet of u heeft er geen toegang toe.' });
    const english = answer(notFound('goal'), 'en-US,en;q=0.9,nl;q=0.8');
    expect(english.headers['content-language']).toBe('en');
    expect(english.headers['vary']).toBe('Accept-Language');
    expect(english.problem).toMatchObject({
      title: 'Not found',
      detail: 'This goal does not exist or you have no access to it.',
      detailCode: 'not_found.goal',
    });
  });

  it('writes unexpected errors and database refusals in the language too', () => {
    const logged = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    expect(answer(new Error('boom'), 'en').problem).toMatchObject({ status: 500, title: 'Something went wrong' });
    const inUse = Object.assign(new Error('fk'), { driverError: { code: '23503' } });
    expect(answer(inUse, 'en').problem.detail).toBe('This item is still in use, for example in a plan. Remove that link first.');
    expect(answer(inUse).problem.detail).toBe('Dit onderdeel wordt nog gebruikt, bijvoorbeeld in een plan. Haal die koppeling eerst weg.');
    expect(logged).toHaveBeenCalled();
    logged.mockRestore();
  });
});
