import express from 'express';
import type { Server } from 'node:http';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { API_CACHE, compressApiAnswers } from './api-compression';
import { negotiateCoding } from './content-encoding';

describe('negotiateCoding', () => {
  it.each([
    [undefined, null],
    ['', null],
    ['gzip, deflate, br', 'br'],
    ['br, gzip', 'br'],
    ['gzip', 'gzip'],
    ['deflate', null],
    ['br;q=0, gzip', 'gzip'],
    ['br;q=0.5, gzip;q=0.8', 'gzip'],
    ['*', 'br'],
    ['*;q=0', null],
    ['identity', null],
    ['x-gzip', 'gzip'],
    ['GZIP;Q=1', 'gzip'],
  ] as const)('%s → %s', (header, expected) => {
    expect(negotiateCoding(header)).toBe(expected);
  });

  it('chooses only among the copies there are', () => {
    expect(negotiateCoding('br, gzip', ['gzip'])).toBe('gzip');
    expect(negotiateCoding('br', ['gzip'])).toBeNull();
    expect(negotiateCoding('br, gzip', [])).toBeNull();
  });
});

describe('compressApiAnswers', () => {
  const big = { items: Array.from({ length: 300 }, (_, i) => ({ id: i, title: `Actie ${i} in de wijk`, status: 'on_track' })) };
  const lines = Array.from({ length: 2000 }, (_, i) => `regel ${i};wijk;stand\n`);
  let server: Server;
  let base: string;

  beforeAll(async () => {
    const app = express();
    app.use(compressApiAnswers());
    app.get('/api/big', (_req, res) => {
      res.json(big);
    });
    app.get('/api/small', (_req, res) => {
      res.json({ ok: true });
    });
    app.get('/api/streamed', (_req, res) => {
      res.setHeader('Content-Type', 'text/csv; charset=utf-8');
      res.setHeader('Cache-Control', 'no-store');
      for (const line of lines.slice(0, -1)) res.write(line);
      res.end(lines[lines.length - 1]);
    });
    app.get('/api/pdf', (_req, res) => {
      res.type('application/pdf').send(Buffer.alloc(4096, 1));
    });
    app.get('/outside', (_req, res) => {
      res.json(big);
    });
    server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  const get = (path: string, headers: Record<string, string> = {}) =>
    new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; bytes: Buffer }>((resolve, reject) => {
      request(`${base}${path}`, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, bytes: Buffer.concat(chunks) }));
      })
        .on('error', reject)
        .end();
    });

  it('compresses a large JSON answer as the client accepts, keeping its weak ETag and 304', async () => {
    const br = await get('/api/big', { 'accept-encoding': 'gzip, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['vary']).toBe('Accept-Encoding');
    expect(br.headers['cache-control']).toBe(API_CACHE);
    expect(Number(br.headers['content-length'])).toBe(br.bytes.length);
    expect(JSON.parse(brotliDecompressSync(br.bytes).toString())).toEqual(big);
    const gz = await get('/api/big', { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(gz.bytes).toString())).toEqual(big);
    const plain = await get('/api/big');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(plain.bytes.toString())).toEqual(big);
    expect(br.headers['etag']).toBe(plain.headers['etag']);
    const again = await get('/api/big', { 'accept-encoding': 'br', 'if-none-match': String(br.headers['etag']) });
    expect(again.status).toBe(304);
    expect(again.bytes.length).toBe(0);
  });

  it('sends small, binary and streamed answers as they are', async () => {
    const small = await get('/api/small', { 'accept-encoding': 'br' });
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(small.bytes.toString()).toBe('{"ok":true}');
    const pdf = await get('/api/pdf', { 'accept-encoding': 'br' });
    expect(pdf.headers['content-encoding']).toBeUndefined();
    expect(pdf.bytes.length).toBe(4096);
    const streamed = await get('/api/streamed', { 'accept-encoding': 'br' });
    expect(streamed.headers['content-encoding']).toBeUndefined();
    expect(streamed.headers['cache-control']).toBe('no-store');
    expect(streamed.bytes.toString()).toBe(lines.join(''));
  });

  it('leaves what is not the API alone', async () => {
    const outside = await get('/outside', { 'accept-encoding': 'br' });
    expect(outside.headers['content-encoding']).toBeUndefined();
    expect(outside.headers['cache-control']).toBeUndefined();
  });
});
