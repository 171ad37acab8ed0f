import { HttpErrorResponse, HttpHeaders } from '@angular/common/http';
import type { InvalidParam, Problem } from '@wk/contracts';
import type { TranslationKey } from '../i18n/dictionary.nl';
import {
  detailText,
  fieldsIn,
  formErrorsFromMessages,
  formErrorsFromProblem,
  loadMessageCatalogue,
  problemFromError,
  problemMessage,
  problemMessageKey,
  reasonText,
} from './problem';

const translate = (key: TranslationKey): string => `[${key}]`;

function httpError(status: number, body: unknown): HttpErrorResponse {
  return new HttpErrorResponse({
    status,
    statusText: 'x',
    error: body,
    headers: new HttpHeaders({ 'content-type': 'application/problem+json' }),
  });
}

const validation: Problem = {
  type: 'https://wijkkompas.nl/problemen/validation_failed',
  title: 'De invoer klopt niet',
  status: 400,
  code: 'validation_failed',
  detail: 'Controleer de velden.',
  invalidParams: [
    { name: 'name', code: 'required', reason: 'Vul de naam in.' },
    { name: 'cbsUnits.0.code', code: 'format', reason: 'Dit is geen CBS-code.' },
    { name: 'name', code: 'too_long', reason: 'Deze tekst is te lang.' },
    { name: 'unknownField', code: 'whitelistValidation', reason: 'Dit veld kennen we niet.' },
  ],
};

describe('problemFromError', () => {
  it('reads a problem+json body', () => {
    const problem = problemFromError(httpError(400, validation));
    expect(problem).toEqual(validation);
  });

  it('drops malformed invalid parameters', () => {
    const problem = problemFromError(httpError(400, { ...validation, invalidParams: [{ name: 'x' }, validation.invalidParams?.[0]] }));
    expect(problem.invalidParams).toEqual([validation.invalidParams?.[0]]);
  });

  it('makes a problem from the status when the body is not a problem (e.g. a proxy error page)', () => {
    expect(problemFromError(httpError(502, '<html>Bad gateway</html>'))).toMatchObject({ status: 502, code: 'internal' });
    expect(problemFromError(httpError(0, null))).toMatchObject({ status: 0, code: 'network' });
    expect(problemFromError(new Error('boom'))).toMatchObject({ status: 0, code: 'internal' });
  });

  it('keeps the current version of a 409', () => {
    const problem = problemFromError(
      httpError(409, { type: 't', title: 'Conflict', status: 409, code: 'version_conflict', currentVersion: 4 }),
    );
    expect(problem.currentVersion).toBe(4);
  });

  it('keeps the plans in force of a 409 plan_in_force', () => {
    const inForce = {
      id: 'p1',
      lineageId: 'l1',
      title: 'Wijkplan Moerwijk',
      theme: null,
      revision: 2,
      adoptedOn: '2025-06-30',
      wijken: [{ id: 'w1', name: 'Moerwijk' }],
    };
    const problem = problemFromError(
      httpError(409, { type: 't', title: 'In force', status: 409, code: 'plan_in_force', plansInForce: [inForce, { nonsense: true }] }),
    );
    expect(problem.plansInForce).toEqual([inForce]);
  });
});

describe('formErrorsFromProblem', () => {
  const fieldOf = (name: string): string | null => (name === 'name' || /^cbsUnits\.\d+\.code$/.test(name) ? name : null);

  it('puts each named field reason next to its field and in the summary, first reason per field wins', () => {
    const errors = formErrorsFromProblem(validation, { fieldOf, translate });
    expect(errors.fields).toEqual({ name: 'Vul de naam in.', 'cbsUnits.0.code': 'Dit is geen CBS-code.' });
    expect(errors.summary).toEqual([
      { field: 'name', message: 'Vul de naam in.' },
      { field: 'cbsUnits.0.code', message: 'Dit is geen CBS-code.' },
      { field: null, message: 'Dit veld kennen we niet.' },
    ]);
  });

  it('shows one general message when no field is named', () => {
    const problem: Problem = { type: 't', title: 'Conflict', status: 409, code: 'conflict', detail: 'Deze slug is al in gebruik.' };
    expect(formErrorsFromProblem(problem, { fieldOf, translate })).toEqual({
      summary: [{ field: null, message: 'Deze slug is al in gebruik.' }],
      fields: {},
    });
  });

  it('explains a stale write (409 version_conflict) in its own words', () => {
    const problem: Problem = { type: 't', title: 'Conflict', status: 409, code: 'version_conflict', currentVersion: 3 };
    expect(formErrorsFromProblem(problem, { fieldOf, translate }).summary).toEqual([{ field: null, message: '[error.versionConflict]' }]);
  });

  it('uses generic messages for 403, 404, 5xx and an unreachable API', () => {
    const base = { type: 't', title: 'x', code: 'x' };
    expect(problemMessageKey({ ...base, status: 403 })).toBe('error.forbidden');
    expect(problemMessageKey({ ...base, status: 404 })).toBe('error.notFound');
    expect(problemMessageKey({ ...base, status: 503 })).toBe('error.server');
    expect(problemMessageKey({ ...base, status: 0 })).toBe('error.network');
    expect(problemMessageKey({ ...base, status: 429, detail: 'Wacht 5 minuten.' })).toBeNull();
    expect(problemMessage({ ...base, status: 429, detail: 'Wacht 5 minuten.' }, translate)).toBe('Wacht 5 minuten.');
  });
});

describe('reasonText and detailText', () => {
  const param: InvalidParam = {
    name: 'endYear',
    code: 'min',
    reason: 'Vul een jaartal in tussen 2000 en 2100.',
    reasonCode: 'field.year',
    reasonParams: { min: 2000, max: 2100 },
  };

  it("shows the API's reason until the catalogue (its own chunk) is there, then the catalogue's text", async () => {
    await jest.isolateModulesAsync(async () => {
      const fresh = await import('./problem');
      expect(fresh.reasonText(param, 'en')).toBe(param.reason);
      await fresh.loadMessageCatalogue();
      expect(fresh.reasonText(param, 'en')).toBe('Enter a year between 2000 and 2100.');
    });
  });

  it('translates a reason by its code, else keeps the API reason', async () => {
    await loadMessageCatalogue();
    expect(reasonText(param, 'en')).toBe('Enter a year between 2000 and 2100.');
    expect(reasonText(param, 'nl')).toBe('Vul een jaartal in tussen 2000 en 2100.');
    expect(reasonText(param)).toBe(param.reason);
    expect(reasonText({ ...param, reasonCode: 'unknown.code' }, 'en')).toBe(param.reason);
    expect(reasonText({ name: 'x', code: 'y', reason: 'Zo.' }, 'en')).toBe('Zo.');
  });

  it('translates a detail by its code, and a problem message outside a form', async () => {
    await loadMessageCatalogue();
    const conflict: Problem = {
      type: 't',
      title: 'Conflict',
      status: 409,
      code: 'conflict',
      detail: 'Er is al een nieuwe versie in bewerking (versie 3). Werk die verder af.',
      detailCode: 'plan.revision_open',
      detailParams: { revision: 3 },
    };
    expect(detailText(conflict, 'en')).toBe('A new revision is already being edited (revision 3). Continue with that one.');
    expect(problemMessage(conflict, (key) => key, 'en')).toBe(
      'A new revision is already being edited (revision 3). Continue with that one.',
    );
    expect(problemMessage(conflict, (key) => key)).toBe(conflict.detail);
  });

  it('reads detailCode and detailParams from a problem+json body', () => {
    const problem = problemFromError(
      httpError(409, {
        type: 't',
        title: 'Conflict',
        status: 409,
        code: 'conflict',
        detail: 'D',
        detailCode: 'plan.revision_open',
        detailParams: { revision: 2 },
      }),
    );
    expect(problem.detailCode).toBe('plan.revision_open');
    expect(problem.detailParams).toEqual({ revision: 2 });
  });
});

describe('fieldsIn', () => {
  const fieldOf = fieldsIn(['name', 'orgUnitIds', 'admin', 'admin.email']);

  it('maps exact names and nested names to the most specific listed field', () => {
    expect(fieldOf('name')).toBe('name');
    expect(fieldOf('orgUnitIds.2')).toBe('orgUnitIds');
    expect(fieldOf('admin.email')).toBe('admin.email');
    expect(fieldOf('admin.password')).toBe('admin');
    expect(fieldOf('nameX')).toBeNull();
    expect(fieldOf('other')).toBeNull();
  });
});

describe('formErrorsFromMessages', () => {
  it('keeps the order of the fields and skips passed checks', () => {
    expect(
      formErrorsFromMessages([
        ['email', 'Vul uw e-mailadres in.'],
        ['password', null],
        ['email', 'tweede melding'],
      ]),
    ).toEqual({ summary: [{ field: 'email', message: 'Vul uw e-mailadres in.' }], fields: { email: 'Vul uw e-mailadres in.' } });
  });
});
