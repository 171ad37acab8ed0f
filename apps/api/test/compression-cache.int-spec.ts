import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { SESSION_COOKIE, type Plan } from '@wk/contracts';
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

/**
 * Issue 16: the pages people open first get a copy of index.html that names their lazy chunks
 * (<link rel="modulepreload">) and the Latin web font (<link rel="preload">), written at build time by
 * tools/route-preloads.mjs from the esbuild metafile; the API picks the copy by path. Made here from a small
 * build with the same shape as Angular's (stats.json, index.html, a stylesheet naming two font subsets).
 */
describe('page copies of index.html with preloads', () => {
  let t: TestApp;
  let origin: string;
  let dist: string;
  const html =
    '<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Wijkkompas</title>' +
    '<link rel="stylesheet" href="styles-ABCD2345.css"></head><body><wk-root></wk-root>' +
    '<link rel="modulepreload" href="chunk-FRAM1111.js"><script src="main-MAIN1111.js" type="module"></script></body></html>';
  const entry = (entryPoint: string, ...imports: string[]) => ({
    entryPoint,
    imports: imports.map((path) => ({ path, kind: 'import-statement' })),
  });
  const stats = {
    outputs: {
      'main-MAIN1111.js': {
        entryPoint: 'apps/web/src/main.ts',
        imports: [
          { path: 'chunk-FRAM1111.js', kind: 'import-statement' },
          { path: 'chunk-PLAN1111.js', kind: 'dynamic-import' },
          { path: 'chunk-LOGN1111.js', kind: 'dynamic-import' },
        ],
      },
      'chunk-FRAM1111.js': { imports: [] },
      'chunk-SHAR1111.js': { imports: [{ path: 'chunk-FRAM1111.js', kind: 'import-statement' }] },
      'chunk-UTIL1111.js': { imports: [] },
      'chunk-PLAN1111.js': entry('libs/web/plans/feature/src/index.ts', 'chunk-FRAM1111.js', 'chunk-SHAR1111.js'),
      'chunk-LAYO1111.js': entry('libs/web/plans/feature/src/lib/plan/plan-layout.page.ts', 'chunk-SHAR1111.js'),
      'chunk-CREA1111.js': entry('libs/web/plans/feature/src/lib/create/plan-create.page.ts', 'chunk-SHAR1111.js'),
      'chunk-DASH1111.js': entry('libs/web/progress/feature/src/index.ts', 'chunk-SHAR1111.js', 'chunk-UTIL1111.js'),
      'chunk-LOGN1111.js': entry('libs/web/auth/feature/src/index.ts', 'chunk-FRAM1111.js'),
      'styles-ABCD2345.css': { imports: [] },
    },
  };
  const routes = [
    { path: '/inloggen', modules: ['libs/web/auth/feature/src/index.ts'], publicData: ['/api/v1/auth/sso'] },
    {
      path: '/plannen/nieuw',
      modules: ['libs/web/plans/feature/src/index.ts', 'libs/web/plans/feature/src/lib/create/plan-create.page.ts'],
    },
    { path: '/plannen/:plan', modules: ['libs/web/plans/feature/src/index.ts', 'libs/web/plans/feature/src/lib/plan/plan-layout.page.ts'] },
    {
      path: '/plannen/:plan/voortgang',
      modules: [
        'libs/web/plans/feature/src/index.ts',
        'libs/web/plans/feature/src/lib/plan/plan-layout.page.ts',
        'libs/web/progress/feature/src/index.ts',
      ],
      data: ['/api/v1/plans/:plan', '/api/v1/plans/:plan/dashboard'],
    },
  ];
  const tool = join(__dirname, '..', '..', '..', 'tools', 'route-preloads.mjs');
  const FONT = '<link rel="preload" href="./media/noto-sans-latin-wght-normal-LATN1111.woff2" as="font" type="font/woff2" crossorigin>';
  const preloads = (page: string) => [...page.matchAll(/<link rel="modulepreload" href="([^"]+)">/g)].map((m) => m[1]);

  beforeAll(async () => {
    const root = mkdtempSync(join(tmpdir(), 'wk-web-preloads-'));
    dist = join(root, 'browser');
    mkdirSync(dist);
    writeFileSync(join(root, 'stats.json'), JSON.stringify(stats));
    writeFileSync(join(root, 'routes.json'), JSON.stringify({ routes }));
    writeFileSync(join(dist, 'index.html'), html);
    writeFileSync(
      join(dist, 'styles-ABCD2345.css'),
      '@font-face{src:url("./media/noto-sans-latin-ext-wght-normal-LEXT1111.woff2")}' +
        '@font-face{src:url("./media/noto-sans-latin-wght-normal-LATN1111.woff2")}',
    );
    for (const file of Object.keys(stats.outputs))
      if (file.endsWith('.js')) writeFileSync(join(dist, file), `export const f = '${file}';\n`);
    execFileSync(process.execPath, [tool, root, join(root, 'routes.json')]);
    execFileSync(process.execPath, [join(__dirname, '..', '..', '..', 'tools', 'precompress.mjs'), dist]);
    t = await startTestApp({ WK_WEB_DIST: dist });
    origin = t.baseUrl.replace(/\/api\/v1$/, '');
  });
  afterAll(async () => {
    await t.close();
    rmSync(dirname(dist), { recursive: true, force: true });
  });

  it('sends a page its own copy: its chunks and those they import (not what index.html loads already), and the Latin font', async () => {
    for (const path of ['/plannen/3f0c/voortgang', '/plannen/3f0c/voortgang/']) {
      const page = await rawGet(`${origin}${path}`, BR_GZIP);
      expect(page.status).toBe(200);
      expect(page.headers['content-type']).toMatch(/^text\/html/);
      expect(page.headers['content-encoding']).toBe('br');
      expect(page.headers['cache-control']).toBe('no-cache');
      const body = decoded(page);
      expect(preloads(body)).toEqual([
        'chunk-DASH1111.js',
        'chunk-LAYO1111.js',
        'chunk-PLAN1111.js',
        'chunk-SHAR1111.js',
        'chunk-UTIL1111.js',
        'chunk-FRAM1111.js',
      ]);
      // The hints stand in <head>; the rest of the page is index.html unchanged.
      expect(body.indexOf('chunk-DASH1111.js')).toBeLessThan(body.indexOf('</head>'));
      expect(body).toContain(FONT);
      expect(body).not.toContain('latin-ext');
      expect(body.replace(/<link rel="(?:modulepreload|preload)" href="[^"]+"[^>]*>(?=.*<\/head>)/g, '')).toBe(html);
      const etag = String(page.headers['etag']);
      expect((await rawGet(`${origin}${path}`, { ...BR_GZIP, 'if-none-match': etag })).status).toBe(304);
    }
    // The first matching route wins: /plannen/nieuw is not a plan called "nieuw".
    const create = decoded(await rawGet(`${origin}/plannen/nieuw`, GZIP));
    expect(preloads(create)).toEqual(['chunk-CREA1111.js', 'chunk-PLAN1111.js', 'chunk-SHAR1111.js', 'chunk-FRAM1111.js']);
    const plan = decoded(await rawGet(`${origin}/plannen/3f0c`));
    expect(preloads(plan)).toEqual(['chunk-LAYO1111.js', 'chunk-PLAN1111.js', 'chunk-SHAR1111.js', 'chunk-FRAM1111.js']);
    const login = await rawGet(`${origin}/inloggen`, BR_GZIP);
    expect(preloads(decoded(login))).toEqual(['chunk-LOGN1111.js', 'chunk-FRAM1111.js']);
    // An answer that needs no session is named in the page itself, for every visitor (no cookie here), in <head>.
    const sso = '<link rel="preload" href="/api/v1/auth/sso" as="fetch" crossorigin="anonymous">';
    expect(decoded(login)).toContain(sso);
    expect(decoded(login).indexOf(sso)).toBeLessThan(decoded(login).indexOf('</head>'));
    expect(login.headers['link']).toBeUndefined();
    expect(decoded(await rawGet(`${origin}/plannen/3f0c`))).not.toContain('/api/v1/auth/sso');
  });

  it('sends every other page the copy with only the font, and a file as itself', async () => {
    for (const path of ['/wijken/5', '/plannen/3f0c/voortgang/extra', '/onbekend']) {
      const body = decoded(await rawGet(`${origin}${path}`, BR_GZIP));
      expect(preloads(body)).toEqual(['chunk-FRAM1111.js']);
      expect(body).toContain(FONT);
    }
    expect(decoded(await rawGet(`${origin}/index.html`, BR_GZIP))).toBe(html);
    expect(decoded(await rawGet(`${origin}/chunk-DASH1111.js`, BR_GZIP))).toBe("export const f = 'chunk-DASH1111.js';\n");
  });

  it("names the page's first API answers in Link preload headers, with its segments filled in, to a visitor with a session", async () => {
    const session = { ...BR_GZIP, cookie: `theme=dark; ${SESSION_COOKIE}=abc` };
    const page = await rawGet(`${origin}/plannen/3f0c/voortgang`, session);
    expect(page.status).toBe(200);
    expect(page.headers['link']).toBe(
      '</api/v1/plans/3f0c>; rel=preload; as=fetch; crossorigin=anonymous, ' +
        '</api/v1/plans/3f0c/dashboard>; rel=preload; as=fetch; crossorigin=anonymous',
    );
    // The same body and ETag as without the header: a revalidation still answers 304.
    const etag = String(page.headers['etag']);
    expect((await rawGet(`${origin}/plannen/3f0c/voortgang`, { ...session, 'if-none-match': etag })).status).toBe(304);
    // A segment cannot break out of the URL or the header.
    const odd = await rawGet(`${origin}/plannen/a%3E%3B%20rel%3Dx%2C%3C/voortgang`, session);
    expect(odd.headers['link']).toContain('</api/v1/plans/a%3E%3B%20rel%3Dx%2C%3C>; rel=preload');
    expect(String(odd.headers['link']).split(', ')).toHaveLength(2);
    // No session cookie (a visitor who will be sent to sign-in), another page, or a file: no preloads.
    expect((await rawGet(`${origin}/plannen/3f0c/voortgang`, { cookie: 'wk_session_old=1' })).headers['link']).toBeUndefined();
    expect((await rawGet(`${origin}/plannen/3f0c`, session)).headers['link']).toBeUndefined();
    expect((await rawGet(`${origin}/chunk-DASH1111.js`, session)).headers['link']).toBeUndefined();
  });

  it('fails the build, naming the path, when a preloaded API path is outside /api/ or uses a segment the page has not', () => {
    const root = dirname(dist);
    for (const data of ['/api/v1/plans/:wijk', 'https://elders.example/x']) {
      writeFileSync(join(root, 'wrong.json'), JSON.stringify({ routes: [{ ...routes[3], data: [data] }] }));
      let failure = '';
      try {
        execFileSync(process.execPath, [tool, root, join(root, 'wrong.json')], { stdio: 'pipe' });
      } catch (error) {
        failure = String((error as { stderr?: Buffer }).stderr);
      }
      expect(failure).toContain(`${data} (data for /plannen/:plan/voortgang) must start with /api/ and may only use :plan segments`);
    }
  });

  it('fails the build, naming the path, when an answer for every visitor names a segment or lies outside /api/', () => {
    const root = dirname(dist);
    for (const publicData of ['/api/v1/plans/:plan', 'https://elders.example/api/x', '/api/v1/auth/sso"><script>']) {
      writeFileSync(join(root, 'wrong.json'), JSON.stringify({ routes: [{ ...routes[3], publicData: [publicData] }] }));
      let failure = '';
      try {
        execFileSync(process.execPath, [tool, root, join(root, 'wrong.json')], { stdio: 'pipe' });
      } catch (error) {
        failure = String((error as { stderr?: Buffer }).stderr);
      }
      expect(failure).toContain(`${publicData} (publicData for /plannen/:plan/voortgang) must be a fixed path under /api/`);
    }
  });

  it('fails the build, naming the module, when a listed module is not a lazy chunk', () => {
    const root = dirname(dist);
    writeFileSync(join(root, 'wrong.json'), JSON.stringify({ routes: [{ path: '/x', modules: ['libs/web/gone/src/index.ts'] }] }));
    let failure = '';
    try {
      execFileSync(process.execPath, [tool, root, join(root, 'wrong.json')], { stdio: 'pipe' });
    } catch (error) {
      failure = String((error as { stderr?: Buffer }).stderr);
    }
    expect(failure).toContain('libs/web/gone/src/index.ts (preload for /x) is not a lazy chunk of this build');
  });

  it("lists in the product's own list only modules that exist", () => {
    const list = JSON.parse(readFileSync(join(__dirname, '..', '..', 'web', 'preload-routes.json'), 'utf8')) as {
      routes: { path: string; modules: string[] }[];
    };
    expect(list.routes.length).toBeGreaterThan(5);
    for (const route of list.routes)
      for (const module of route.modules) expect(existsSync(join(__dirname, '..', '..', '..', module))).toBe(true);
  });
});
