import type { Express, NextFunction, Request, Response } from 'express';
import { existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename, extname, join, resolve, sep } from 'node:path';
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
 * Does nothing when `dir` is null or has no index.html (the API alone).
 */
export function serveWebApp(http: Express, dir: string | null): void {
  if (!dir || !existsSync(join(dir, 'index.html'))) return;
  const root = resolve(dir);
  http.use((req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || req.path.startsWith('/api/')) return next();
    sendAsset(root, req, res, next).catch(next);
  });
}

async function sendAsset(root: string, req: Request, res: Response, next: NextFunction): Promise<void> {
  const file = (await fileIn(root, req.path)) ?? 'index.html';
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
