import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { Plan } from '@wk/contracts';
import { createPlanFixture, type TenantFixture } from '@wk/api/testing';
import { startTestApp, type TestApp } from './harness';

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** The bytes as sent (not decoded). */
  bytes: Buffer;
}

/** A GET over plain HTTP that leaves the body as sent (fetch would decode it and hide Content-Encoding). */
function rawGet(url: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, bytes: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

/** The body decoded as its Content-Encoding says. */
function decoded(res: RawResponse): string {
  const coding = res.headers['content-encoding'];
  if (coding === 'br') return brotliDecompressSync(res.bytes).toString('utf8');
  if (coding === 'gzip') return gunzipSync(res.bytes).toString('utf8');
  expect(coding).toBeUndefined();
  return res.bytes.toString('utf8');
}

const BR_GZIP = { 'accept-encoding': 'br, gzip' };
const GZIP = { 'accept-encoding': 'gzip' };

/**
 * Issue 16: every text answer compressed (Brotli when accepted, else gzip), hashed assets cached for a year,
 * index.html and API answers revalidated with their ETag. The web app is a small built folder made here, compressed
 * by the same build step as the real one (tools/precompress.mjs).
 */
describe('compression and cache headers', () => {
  let t: TestApp;
  let origin: string;
  let dist: string;
  let f: TenantFixture;
  let plan: Plan;
  const script = `/* app */\n${Array.from({ length: 400 }, (_, i) => `export const value${i} = 'waarde ${i} van de wijk';`).join('\n')}\n`;
  const indexHtml =
    '<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Wijkkompas</title>' +
    '<link rel="stylesheet" href="styles-ABCD2345.css"></head><body class="utrecht-theme"><wk-root></wk-root>' +
    `<script src="chunk-QWER7890.js" type="module"></script>${'<!-- opvulling -->'.repeat(60)}</body></html>`;

  beforeAll(async () => {
    dist = mkdtempSync(join(tmpdir(), 'wk-web-dist-'));
    mkdirSync(join(dist, 'media'));
    writeFileSync(join(dist, 'index.html'), indexHtml);
    writeFileSync(join(dist, 'chunk-QWER7890.js'), script);
    writeFileSync(join(dist, 'styles-ABCD2345.css'), `.wk-a{color:red}\n`.repeat(200));
    writeFileSync(join(dist, 'media', 'font-ZXCV4567.woff2'), Buffer.from([0x77, 0x4f, 0x46, 0x32, 1, 2, 3, 4]));
    execFileSync(process.execPath, [join(__dirname, '..', '..', '..', 'tools', 'precompress.mjs'), dist]);
    t = await startTestApp({ WK_WEB_DIST: dist });
    origin = t.baseUrl.replace(/\/api\/v1$/, '');
    f = await t.tenant();
    plan = await createPlanFixture(f, { title: 'Compressieplan' });
  });
  afterAll(async () => {
    await t.close();
    rmSync(dist, { recursive: true, force: true });
  });

  it('sends a hashed asset as Brotli, gzip or as it is by Accept-Encoding, cached for a year', async () => {
    const br = await rawGet(`${origin}/chunk-QWER7890.js`, BR_GZIP);
    expect(br.status).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toMatch(/^text\/javascript/);
    expect(br.headers['vary']).toMatch(/Accept-Encoding/i);
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(Number(br.headers['content-length'])).toBe(br.bytes.length);
    expect(br.bytes.length).toBeLessThan(Buffer.byteLength(script) / 5);
    expect(decoded(br)).toBe(script);

    const gz = await rawGet(`${origin}/chunk-QWER7890.js`, GZIP);
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gz.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(decoded(gz)).toBe(script);
    // Each coding is its own representation: its own ETag.
    expect(gz.headers['etag']).toBeDefined();
    expect(gz.headers['etag']).not.toBe(br.headers['etag']);

    const plain = await rawGet(`${origin}/chunk-QWER7890.js`);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers['vary']).toMatch(/Accept-Encoding/i);
    expect(plain.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(plain.bytes.toString('utf8')).toBe(script);

    const refused = await rawGet(`${origin}/chunk-QWER7890.js`, { 'accept-encoding': 'br;q=0, gzip' });
    expect(refused.headers['content-encoding']).toBe('gzip');

    const css = await rawGet(`${origin}/styles-ABCD2345.css`, BR_GZIP);
    expect(css.headers['content-encoding']).toBe('br');
    expect(css.headers['content-type']).toMatch(/^text\/css/);

    // A binary file (a font) has no compressed copy and goes out as it is, still cached for a year.
    const font = await rawGet(`${origin}/media/font-ZXCV4567.woff2`, BR_GZIP);
    expect(font.status).toBe(200);
    expect(font.headers['content-encoding']).toBeUndefined();
    expect(font.headers['content-type']).toBe('font/woff2');
    expect(font.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('sends index.html compressed, revalidated every time: ETag and 304', async () => {
    for (const path of ['/', '/plannen/123/voortgang', '/index.html']) {
      const page = await rawGet(`${origin}${path}`, BR_GZIP);
      expect(page.status).toBe(200);
      expect(page.headers['content-type']).toMatch(/^text\/html/);
      expect(page.headers['content-encoding']).toBe('br');
      expect(page.headers['cache-control']).toBe('no-cache');
      expect(page.headers['vary']).toMatch(/Accept-Encoding/i);
      expect(decoded(page)).toBe(indexHtml);
      const etag = String(page.headers['etag']);
      expect(etag).toMatch(/^(W\/)?".+"$/);
      const again = await rawGet(`${origin}${path}`, { ...BR_GZIP, 'if-none-match': etag });
      expect(again.status).toBe(304);
      expect(again.bytes.length).toBe(0);
      expect(again.headers['content-encoding']).toBeUndefined();
    }
    const gz = await rawGet(`${origin}/`, GZIP);
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(decoded(gz)).toBe(indexHtml);
    // The gzip copy's ETag does not match the Brotli copy: a client never gets a 304 for bytes it cannot read.
    const br = await rawGet(`${origin}/`, BR_GZIP);
    expect((await rawGet(`${origin}/`, { ...GZIP, 'if-none-match': String(br.headers['etag']) })).status).toBe(200);
    // Nothing outside the folder is served: a path that climbs out gets the app, not the file.
    const climb = await rawGet(`${origin}/..%2f..%2fpackage.json`, BR_GZIP);
    expect(decoded(climb)).toBe(indexHtml);
  });

  it('compresses a large API answer, with Vary, private and revalidated (ETag, 304)', async () => {
    const cookie = `wk_session=${f.as.planner.cookie('wk_session')}`;
    for (const path of [`/plans/${plan.id}`, `/plans/${plan.id}/dashboard?asOf=2026-07-20`]) {
      const identity = await rawGet(`${t.baseUrl}${path}`, { cookie });
      expect(identity.status).toBe(200);
      expect(identity.bytes.length).toBeGreaterThan(1024);
      expect(identity.headers['content-encoding']).toBeUndefined();
      expect(identity.headers['vary']).toMatch(/Accept-Encoding/i);

      const br = await rawGet(`${t.baseUrl}${path}`, { cookie, ...BR_GZIP });
      expect(br.status).toBe(200);
      expect(br.headers['content-encoding']).toBe('br');
      expect(br.headers['content-type']).toMatch(/^application\/json/);
      expect(br.headers['vary']).toMatch(/Accept-Encoding/i);
      expect(br.headers['cache-control']).toBe('private, no-cache');
      expect(Number(br.headers['content-length'])).toBe(br.bytes.length);
      expect(br.bytes.length).toBeLessThan(identity.bytes.length / 2);
      expect(JSON.parse(decoded(br))).toEqual(JSON.parse(identity.bytes.toString('utf8')));

      const gz = await rawGet(`${t.baseUrl}${path}`, { cookie, ...GZIP });
      expect(gz.headers['content-encoding']).toBe('gzip');
      expect(JSON.parse(decoded(gz))).toEqual(JSON.parse(identity.bytes.toString('utf8')));

      const etag = String(br.headers['etag']);
      expect(etag).toMatch(/^W\/".+"$/);
      const notModified = await rawGet(`${t.baseUrl}${path}`, { cookie, ...BR_GZIP, 'if-none-match': etag });
      expect(notModified.status).toBe(304);
      expect(notModified.bytes.length).toBe(0);
    }
  });

  it('keeps small answers, problems and CSV downloads readable and their own cache rules', async () => {
    const cookie = `wk_session=${f.as.planner.cookie('wk_session')}`;
    const small = await rawGet(`${t.baseUrl}/auth/session`, { cookie, ...BR_GZIP });
    expect(small.status).toBe(200);
    expect(small.bytes.length).toBeLessThan(1024);
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(small.headers['cache-control']).toBe('private, no-cache');

    const problem = await rawGet(`${t.baseUrl}/plans/not-an-id`, { cookie, ...BR_GZIP });
    expect(problem.status).toBe(404);
    expect(problem.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(JSON.parse(decoded(problem))).toMatchObject({ status: 404 });

    const csv = await rawGet(`${t.baseUrl}/csv-exports/actions?planId=${plan.id}`, { cookie, ...BR_GZIP });
    const csvPlain = await rawGet(`${t.baseUrl}/csv-exports/actions?planId=${plan.id}`, { cookie });
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.headers['cache-control']).toBe('no-store');
    expect(decoded(csv)).toBe(csvPlain.bytes.toString('utf8'));
    expect(decoded(csv)).toContain('Compressieplan');

    // The OpenAPI document (registered beside Nest's routes) is compressed too.
    const openapi = await rawGet(`${t.baseUrl}/openapi.json`, BR_GZIP);
    expect(openapi.headers['content-encoding']).toBe('br');
    expect(JSON.parse(decoded(openapi))).toMatchObject({ openapi: expect.stringMatching(/^3\./) });
  });
});
