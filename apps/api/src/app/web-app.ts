import type { Express, NextFunction, Request, Response } from 'express';
import { existsSync, readFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename, extname, join, resolve, sep } from 'node:path';
import { SESSION_COOKIE } from '@wk/contracts';
import { negotiateCoding, type Coding } from './content-encoding';

/** Angular's output hashing (`chunk-5ZEOT65W.js`, `styles-37HMMW2G.css`, `media/…-EBRFDBOD.woff2`): the name changes with the content. */
const HASHED_NAME = /-[A-Z0-9]{8}\.[a-z0-9]+$/;
/** A hashed file never changes: browsers and proxies may keep it for a year without asking again. */
export const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable';
/** index.html and every other unhashed file: kept, but revalidated (ETag) before each use, so a new release shows at once. */
export const REVALIDATE_CACHE = 'no-cache';
const SUFFIX: Record<Coding, string> = { br: '.br', gzip: '.gz' };

/**
 * Serves the built web app (`dir`, e.g. dist/apps/web/browser) from the same origin as the API: a file when the path
 * names one, otherwise index.html (the single-page app routes in the browser). Text files are sent as the Brotli or
 * gzip copy that `tools/precompress.mjs` wrote beside them at build time (`x.js.br`, `x.js.gz`), chosen by the
 * request's Accept-Encoding, with `Vary: Accept-Encoding`; nothing is compressed per request. Hashed files are
 * cached for a year (immutable); index.html and other unhashed files are revalidated with their ETag.
 * A path that names no file gets the copy of index.html that `tools/route-preloads.mjs` wrote for its page (with
 * `<link rel="modulepreload">` for that page's chunks), when the build has one (preloads.json), else index.html; to a
 * visitor with a session cookie it also names the API answers that page asks for first in `Link: <…>; rel=preload`
 * headers, so they load while the app's code does (the app's own request then takes the preloaded answer).
 * Does nothing when `dir` is null or has no index.html (the API alone).
 */
export function serveWebApp(http: Express, dir: string | null): void {
  if (!dir || !existsSync(join(dir, 'index.html'))) return;
  const root = resolve(dir);
  const pageFor = pagePicker(root);
  http.use((req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || req.path.startsWith('/api/')) return next();
    sendAsset(root, req, res, next, pageFor).catch(next);
  });
}

interface PreloadManifest {
  default: string;
  routes: { path: string; file: string; data?: string[] }[];
}

/** The copy of index.html for a page path, and the API paths that page asks for first (its segments filled in). */
export interface PageCopy {
  file: string;
  data: string[];
}

/**
 * Which copy of index.html a page path gets: the first route of preloads.json whose path matches (`:name` stands for
 * one segment; a trailing slash is ignored), else its default. Without preloads.json: index.html for every path.
 * The route's `data` paths get the matched segments in place of their `:name`s (URL-encoded).
 */
export function pagePicker(root: string): (path: string) => PageCopy {
  const manifestFile = join(root, 'preloads.json');
  if (!existsSync(manifestFile)) return () => ({ file: 'index.html', data: [] });
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as PreloadManifest;
  const routes = manifest.routes
    .filter((route) => existsSync(join(root, route.file)))
    .map((route) => ({ segments: segmentsOf(route.path), file: route.file, data: route.data ?? [] }));
  const fallback = existsSync(join(root, manifest.default)) ? manifest.default : 'index.html';
  return (path) => {
    const segments = segmentsOf(path);
    const route = routes.find(
      (r) => r.segments.length === segments.length && r.segments.every((s, i) => s.startsWith(':') || s === segments[i]),
    );
    if (!route) return { file: fallback, data: [] };
    const params = new Map(route.segments.map((s, i) => [s, segments[i] ?? ''] as const).filter(([s]) => s.startsWith(':')));
    const data = route.data.map((url) =>
      url
        .split('/')
        .map((s) => (params.has(s) ? encodeURIComponent(safeDecode(params.get(s) ?? '')) : s))
        .join('/'),
    );
    return { file: route.file, data };
  };
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** True when the request carries a session cookie (parsed by cookie-parser, which runs first; not checked here: the preloaded answers are). */
function hasSessionCookie(req: Request): boolean {
  return typeof (req.cookies as Record<string, unknown> | undefined)?.[SESSION_COOKIE] === 'string';
}

function segmentsOf(path: string): string[] {
  return path.split('/').filter((segment) => segment !== '');
}

async function sendAsset(
  root: string,
  req: Request,
  res: Response,
  next: NextFunction,
  pageFor: (path: string) => PageCopy,
): Promise<void> {
  const asset = await fileIn(root, req.path);
  const page = asset === null ? pageFor(req.path) : null;
  const file = asset ?? page?.file ?? 'index.html';
  if (page?.data.length && hasSessionCookie(req))
    res.setHeader('Link', page.data.map((url) => `<${url}>; rel=preload; as=fetch; crossorigin=anonymous`).join(', '));
  const copies: Coding[] = [];
  for (const coding of ['br', 'gzip'] as const) if (await isFile(join(root, file + SUFFIX[coding]))) copies.push(coding);
  const coding = negotiateCoding(req.headers['accept-encoding'], copies);
  res.type(extname(file) || '.html');
  if (copies.length) res.vary('Accept-Encoding');
  if (coding) res.setHeader('Content-Encoding', coding);
  res.setHeader('Cache-Control', HASHED_NAME.test(basename(file)) ? IMMUTABLE_CACHE : REVALIDATE_CACHE);
  // `send` adds a weak ETag (size and time of the copy sent: each coding has its own) and answers If-None-Match with 304.
  res.sendFile(coding ? file + SUFFIX[coding] : file, { root, cacheControl: false, dotfiles: 'deny' }, (error?: Error) => {
    if (error && !res.headersSent) next(error);
  });
}

/** The path relative to `root` of the file a URL path names, or null (no such file, a folder, or outside `root`). */
async function fileIn(root: string, urlPath: string): Promise<string | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const full = resolve(root, `.${decoded}`);
  if (!full.startsWith(root + sep)) return null;
  return (await isFile(full)) ? full.slice(root.length + 1) : null;
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}
