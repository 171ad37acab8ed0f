import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Problem } from '@wk/contracts';
import { ApiClient, type ApiResponse } from '@wk/api/testing';
import { startTestApp, type TestApp } from './harness';

/**
 * The Dutch API Design Rules (ADR 2.x, Logius) that municipal integrators check, over real HTTP: 405 with Allow,
 * no trailing-slash trouble, the API-Version header (API-57), the OpenAPI document readable from other origins with
 * a contact and a versioned server (API-51, API-20), and the Spectral ruleset (tools/api-rules) that lints the
 * document: it finds the faults of a bad document and none in ours.
 */
interface OpenApi {
  openapi: string;
  info: { version: string; contact?: { name?: string; url?: string; email?: string } };
  servers?: { url: string }[];
  paths: Record<string, Record<string, unknown>>;
}

const LINT = join(__dirname, '..', '..', '..', 'tools', 'api-rules', 'lint.mjs');

/** Runs `npm run api:lint` on a document file: its exit code and what it printed. */
function lint(document: object): Promise<{ code: number; output: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'wk-adr-'));
  const file = join(dir, 'openapi.json');
  writeFileSync(file, JSON.stringify(document));
  return new Promise((resolve) => {
    execFile(process.execPath, [LINT, file], { timeout: 120_000 }, (error, stdout, stderr) => {
      rmSync(dir, { recursive: true, force: true });
      resolve({ code: error ? Number(error.code ?? 1) : 0, output: `${stdout}${stderr}` });
    });
  });
}

/** A small document that breaks one ADR rule at a time (each rule's id must show in the lint's output). */
function badDocument(): object {
  const problem = { description: 'Fout', content: { 'application/problem+json': { schema: { type: 'object' } } } };
  const versioned = { description: 'OK', headers: { 'API-Version': { schema: { type: 'string' } } } };
  return {
    openapi: '3.0.0',
    info: { title: 'Slecht', version: '1.0', contact: {} },
    servers: [{ url: 'http://example.org/api' }],
    paths: {
      '/wijken/': {
        get: { operationId: 'trailing', responses: { '200': versioned, default: problem } },
      },
      '/Wijk_Lijst': {
        get: {
          operationId: 'casing',
          parameters: [{ name: 'Page_Size', in: 'query', schema: { type: 'integer' } }],
          responses: { '200': versioned, '400': problem },
        },
      },
      '/plannen': {
        post: {
          operationId: 'noErrors',
          requestBody: { content: { 'application/json': { schema: { type: 'object' } } } },
          responses: { '201': versioned },
        },
        get: {
          responses: { '200': { description: 'Zonder versie' }, '404': { description: 'JSON', content: { 'application/json': {} } } },
        },
      },
    },
  };
}

describe('Dutch API Design Rules (ADR) over real HTTP', () => {
  let t: TestApp;
  let anonymous: ApiClient;
  let doc: ApiResponse<OpenApi>;

  beforeAll(async () => {
    t = await startTestApp();
    anonymous = new ApiClient(t.baseUrl);
    doc = await anonymous.get<OpenApi>('/openapi.json');
  });
  afterAll(() => t.close());

  const expect405 = (res: ApiResponse, allow: string, method: string) => {
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe(allow);
    expect(res.contentType).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({ status: 405, code: 'method_not_allowed', detailParams: { method, allowed: allow } });
  };

  it('a known path asked with a method it lacks is 405 with Allow (HEAD wherever GET is), signed in or not', async () => {
    expect405(await anonymous.delete('/health'), 'GET, HEAD', 'DELETE');
    expect405(await anonymous.put('/wijken', {}), 'GET, HEAD, POST', 'PUT');
    expect405(await anonymous.request('PATCH', '/openapi.json'), 'GET, HEAD', 'PATCH');
    const operator = await t.operator();
    expect405(await operator.delete('/platform/tenants'), 'GET, HEAD, POST', 'DELETE');
    // A path with a parameter: /plans/{id} has GET, PATCH and DELETE, but no POST or PUT.
    expect405(await operator.put(`/plans/${randomUUID()}`, {}), 'GET, HEAD, PATCH, DELETE', 'PUT');
    // The problem is written in the language asked for, like every other.
    const english = await anonymous.request<Problem>('DELETE', '/health', undefined, { headers: { 'accept-language': 'en' } });
    expect(english.body.title).toBe('Method not allowed');
    expect((await anonymous.request('HEAD', '/health')).status).toBe(200);
  });

  it('an unknown path is 404 (not 405) for any method, without Allow', async () => {
    for (const method of ['GET', 'DELETE', 'POST']) {
      const res = await anonymous.request<Problem>(method, '/bestaat-niet/echt-niet');
      expect({ method, status: res.status, code: res.body.code, allow: res.headers.get('allow') }).toEqual({
        method,
        status: 404,
        code: 'not_found',
        allow: null,
      });
    }
  });

  it('a trailing slash finds the same resource (health answers 200)', async () => {
    const res = await anonymous.get<{ status: string }>('/health/');
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('ok');
    expect405(await anonymous.delete('/health/'), 'GET, HEAD', 'DELETE');
  });

  it('every answer carries API-Version with the full version of the document (API-57)', async () => {
    expect(doc.body.info.version).toMatch(/^\d+\.\d+\.\d+$/);
    const answers = {
      json: await anonymous.get('/health'),
      problem404: await anonymous.get('/bestaat-niet'),
      problem401: await anonymous.get('/auth/session'),
      problem405: await anonymous.delete('/health'),
      badJson: await anonymous.request('POST', '/auth/login', undefined, { rawBody: '{"email":' }),
      document: doc,
    };
    for (const [name, res] of Object.entries(answers)) {
      expect({ name, version: res.headers.get('api-version') }).toEqual({ name, version: doc.body.info.version });
    }
    expect(answers.problem401.status).toBe(401);
    expect(answers.badJson.status).toBe(400);
    expect(answers.problem401.contentType).toMatch(/^application\/problem\+json/);
  });

  it('the OpenAPI document is readable from other origins; the API itself is not (API-51)', async () => {
    const origin = { headers: { origin: 'https://integratie.example.org' } };
    const fromElsewhere = await anonymous.request<OpenApi>('GET', '/openapi.json', undefined, origin);
    expect(fromElsewhere.status).toBe(200);
    expect(fromElsewhere.headers.get('access-control-allow-origin')).toBe('*');
    expect(fromElsewhere.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    const api = await anonymous.request('GET', '/health', undefined, origin);
    expect(api.status).toBe(200);
    expect(api.headers.get('access-control-allow-origin')).toBeNull();
    expect(api.headers.get('cross-origin-resource-policy')).toBe('same-origin');
  });

  it('the document names a contact and one server with the major version; its paths work under that server (API-20)', async () => {
    const { info, servers, paths } = doc.body;
    expect(info.contact).toEqual({ name: expect.any(String), url: expect.any(String), email: expect.stringMatching(/^[^@\s]+@[^@\s]+$/) });
    expect(servers).toEqual([{ url: '/api/v1', description: expect.any(String) }]);
    expect(servers?.[0]?.url.endsWith(`/v${info.version.split('.')[0]}`)).toBe(true);
    expect(Object.keys(paths)).toContain('/health');
    expect(Object.keys(paths).filter((p) => p.startsWith('/api/'))).toEqual([]);
    const origin = new URL(t.baseUrl).origin;
    const health = await fetch(`${origin}${servers?.[0]?.url}/health`);
    expect(health.status).toBe(200);
  });

  it('the ADR ruleset finds every fault of a bad document and fails the lint', async () => {
    const { code, output } = await lint(badDocument());
    expect(code).toBe(1);
    const found = new Set([...output.matchAll(/^error\s+(\S+)/gm)].map((m) => m[1]));
    expect([...found].sort()).toEqual(
      expect.arrayContaining([
        'adr-api-20-uri-version',
        'adr-servers-https-or-relative',
        'adr-api-48-no-trailing-slash',
        'adr-paths-kebab-case',
        'adr-query-parameters-camel-case',
        'adr-problem-details',
        'adr-bad-request-for-input',
        'adr-doc-openapi-contact',
        'adr-api-56-semver',
        'adr-api-57-version-header',
        'adr-operation-id',
      ]),
    );
  });

  it('the ADR ruleset finds no error in the document the API serves', async () => {
    const { code, output } = await lint(doc.body);
    expect(output).toMatch(/\b0 errors\b/);
    expect(code).toBe(0);
  });
});
