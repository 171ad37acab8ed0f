import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { negotiateCoding, type Coding } from './content-encoding';

/** Answers smaller than this go out as they are: compressing them saves less than it costs. */
export const COMPRESSION_THRESHOLD_BYTES = 1024;
/** What an API answer without its own Cache-Control gets: only the signed-in browser keeps it, and asks again (ETag) before each use. */
export const API_CACHE = 'private, no-cache';
const COMPRESSIBLE = /^(?:text\/|application\/(?:[\w.+-]+\+)?(?:json|xml)\b|application\/javascript\b)/i;

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);
// Quality 5 (of 11) and level 6: fast enough per request (a 600 KB answer in a few ms) and close to the best ratio.
const compressors: Record<Coding, (body: Buffer) => Promise<Buffer>> = {
  br: (body) =>
    brotli(body, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 5,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    }),
  gzip: (body) => gzipAsync(body, { level: 6 }),
};

type End = Response['end'];
type Write = Response['write'];

/**
 * Compresses API answers (JSON, problem+json, small CSV) with Brotli or gzip, as the request's Accept-Encoding
 * allows, when they are at least 1 KB; adds `Vary: Accept-Encoding`; gives every API answer without its own
 * Cache-Control `private, no-cache` (revalidated with the ETag Express computes, never kept by a shared cache).
 *
 * Works on the finished body: Express has already computed the (weak) ETag of the uncompressed JSON and answered a
 * matching If-None-Match with 304, so ETags and 304s stay as they were (a weak ETag covers every coding of the same
 * JSON, RFC 9110 §8.8.1). Streamed answers (CSV exports written in chunks, PDF and Excel files) are sent as they are.
 */
export function compressApiAnswers(): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    if (!req.path.startsWith('/api/')) return next();
    const write: Write = res.write;
    const end: End = res.end.bind(res);
    let streamed = false;
    const defaultCacheControl = () => {
      if (!res.headersSent && !res.getHeader('Cache-Control')) res.setHeader('Cache-Control', API_CACHE);
    };
    res.write = function (this: Response, ...args: Parameters<Write>) {
      streamed = true;
      defaultCacheControl();
      return write.apply(this, args);
    } as Write;
    res.end = function (this: Response, ...args: unknown[]) {
      defaultCacheControl();
      const [chunk, encoding] = args;
      const body =
        typeof chunk === 'string' ? Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8') : chunk;
      const type = String(res.getHeader('Content-Type') ?? '');
      const compressible =
        !streamed &&
        !res.headersSent &&
        req.method !== 'HEAD' &&
        Buffer.isBuffer(body) &&
        COMPRESSIBLE.test(type) &&
        !res.getHeader('Content-Encoding') &&
        res.statusCode >= 200 &&
        ![204, 206, 304].includes(res.statusCode);
      if (!compressible) return end(...(args as Parameters<End>));
      res.vary('Accept-Encoding');
      const coding = negotiateCoding(req.headers['accept-encoding']);
      if (!coding || body.length < COMPRESSION_THRESHOLD_BYTES) return end(...(args as Parameters<End>));
      const callback = args.find((a): a is () => void => typeof a === 'function');
      compressors[coding](body).then(
        (compressed) => {
          const etag = res.getHeader('ETag');
          if (typeof etag === 'string' && !etag.startsWith('W/')) res.setHeader('ETag', `W/${etag}`);
          res.setHeader('Content-Encoding', coding);
          res.setHeader('Content-Length', compressed.length);
          end(compressed, callback);
        },
        () => end(...(args as Parameters<End>)),
      );
      return this;
    } as End;
    next();
  };
}
