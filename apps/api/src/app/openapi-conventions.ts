import type { OpenAPIObject } from '@nestjs/swagger';
import { ERROR_CODES, PROBLEM_CONTENT_TYPE } from '@wk/contracts';

/** The response header that carries the API's full version on every answer (ADR API-57, /core/version-header). */
export const API_VERSION_HEADER = 'API-Version';

type Json = Record<string, unknown>;
interface Operation {
  parameters?: { in?: string }[];
  requestBody?: unknown;
  responses?: Record<string, Json>;
  tags?: string[];
  'x-access'?: { kind: string };
}

const ref = (to: string) => ({ $ref: to });
const WRITE_METHODS = new Set(['post', 'put', 'patch', 'delete']);

/**
 * What every operation of the API shares and the controllers do not declare one by one, added to the generated
 * document so that it says what the API does (and the ADR lint can check it):
 * - the `API-Version` header on every response (the request pipeline sends it on every answer under /api);
 * - the problem answers (RFC 9457, `application/problem+json`, schema `Problem`): 400 where an operation takes a
 *   body or query parameters (validation pipe), 401 and 403 where it is not public (AuthGuard: roles, CSRF on
 *   writes), 404 where its path names an object, and `default` for any other error (409, 429, 500);
 * - the list of tags the operations use.
 */
export function addApiConventions(document: OpenAPIObject, version: string): void {
  const components = (document.components ??= {});
  components.headers = {
    ...components.headers,
    [API_VERSION_HEADER]: {
      description: 'De volledige versie van de API (semver) / the full version of the API (ADR API-57).',
      schema: { type: 'string', example: version },
    },
  };
  components.schemas = { ...components.schemas, InvalidParam: INVALID_PARAM_SCHEMA, Problem: PROBLEM_SCHEMA };
  const problem = (description: string) => ({
    description,
    headers: { [API_VERSION_HEADER]: ref(`#/components/headers/${API_VERSION_HEADER}`) },
    content: { [PROBLEM_CONTENT_TYPE]: { schema: ref('#/components/schemas/Problem') } },
  });
  components.responses = {
    ...components.responses,
    BadRequest: problem('Ongeldige invoer: `invalidParams` noemt elk veld met de reden / invalid input, each field named.'),
    Unauthenticated: problem('Niet ingelogd / not signed in.'),
    Forbidden: problem('Geen toegang voor deze rol, of het CSRF-token ontbreekt / no access for this role, or no CSRF token.'),
    NotFound: problem('Niet gevonden (ook een id van een andere gemeente) / not found (also an id of another gemeente).'),
    Problem: problem('Elke andere fout (409 conflict, 429 te veel pogingen, 500) / any other error.'),
  };

  const tags = new Set<string>();
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, value] of Object.entries(item as Record<string, Operation>)) {
      for (const tag of value.tags ?? []) tags.add(tag);
      const responses = (value.responses ??= {});
      for (const response of Object.values(responses)) {
        if ('$ref' in response) continue;
        response['headers'] = {
          ...(response['headers'] as Json | undefined),
          [API_VERSION_HEADER]: ref(`#/components/headers/${API_VERSION_HEADER}`),
        };
      }
      const takesInput = value.requestBody !== undefined || (value.parameters ?? []).some((p) => p.in === 'query');
      const access = value['x-access']?.kind ?? 'public';
      if (takesInput) responses['400'] ??= ref('#/components/responses/BadRequest');
      if (access !== 'public') {
        responses['401'] ??= ref('#/components/responses/Unauthenticated');
        if (access !== 'authenticated' || WRITE_METHODS.has(method)) responses['403'] ??= ref('#/components/responses/Forbidden');
      }
      if (/\{[^}]+\}/.test(path)) responses['404'] ??= ref('#/components/responses/NotFound');
      responses['default'] ??= ref('#/components/responses/Problem');
    }
  }
  const known = new Set((document.tags ?? []).map((t) => t.name));
  document.tags = [
    ...(document.tags ?? []),
    ...[...tags]
      .filter((t) => !known.has(t))
      .sort()
      .map((name) => ({ name })),
  ];
}

const INVALID_PARAM_SCHEMA = {
  type: 'object',
  required: ['name', 'code', 'reason'],
  properties: {
    name: {
      type: 'string',
      description: 'Het veld, als pad in de body of de query / the field, as a dotted path.',
      example: 'cbsUnits.0.code',
    },
    code: { type: 'string', description: 'Vaste code van de controle / stable code of the check.', example: 'required' },
    reason: { type: 'string', description: 'Uitleg in de taal van Accept-Language / explanation in the language asked for.' },
    reasonCode: { type: 'string', description: 'Code van de uitleg in de berichtencatalogus / catalogue code of the reason.' },
    reasonParams: { type: 'object', additionalProperties: { oneOf: [{ type: 'string' }, { type: 'number' }] } },
  },
};

const PROBLEM_SCHEMA = {
  type: 'object',
  description: 'RFC 9457 problem details.',
  required: ['type', 'title', 'status', 'code'],
  properties: {
    type: { type: 'string', format: 'uri', example: 'https://wijkkompas.nl/problemen/validation_failed' },
    title: { type: 'string', example: 'Ongeldige invoer' },
    status: { type: 'integer', example: 400 },
    detail: { type: 'string' },
    detailCode: { type: 'string', description: 'Code van `detail` in de berichtencatalogus / catalogue code of `detail`.' },
    detailParams: { type: 'object', additionalProperties: { oneOf: [{ type: 'string' }, { type: 'number' }] } },
    instance: { type: 'string', example: '/api/v1/wijken' },
    code: { type: 'string', enum: [...ERROR_CODES], description: 'Vaste foutcode / stable error code.', example: 'validation_failed' },
    invalidParams: { type: 'array', items: ref('#/components/schemas/InvalidParam') },
    currentVersion: { type: 'integer', description: 'Bij 409 version_conflict: de huidige versie / the current version.' },
    plansInForce: { type: 'array', items: { type: 'object' }, description: 'Bij 409 plan_in_force / with 409 plan_in_force.' },
  },
};
