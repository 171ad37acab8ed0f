// node tools/precompress.mjs [dir …] — writes a Brotli (.br) and a gzip (.gz) copy beside every text file of a built
// web app (default dist/apps/web/browser), once at build time, so that the server sends them without compressing per
// request (apps/api/src/app/web-app.ts picks the copy by Accept-Encoding). A copy is written only when it is smaller
// than the file; one already newer than its file is kept (a second run after an unchanged build does nothing).
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const TEXT = /\.(?:js|mjs|css|html|json|txt|svg|xml|ico|webmanifest|map)$/;

/** Compresses the text files under `dir`; returns what it did, per file. */
export function precompress(dir) {
  const done = [];
  for (const file of walk(dir)) {
    if (!TEXT.test(file)) continue;
    const source = statSync(file);
    const body = readFileSync(file);
    const entry = { file, bytes: body.length, br: null, gzip: null };
    for (const [coding, suffix, compress] of [
      [
        'br',
        '.br',
        () =>
          brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }),
      ],
      ['gzip', '.gz', () => gzipSync(body, { level: 9 })],
    ]) {
      const target = file + suffix;
      const existing = statOrNull(target);
      if (existing && existing.mtimeMs >= source.mtimeMs) {
        entry[coding] = existing.size;
        continue;
      }
      const compressed = compress();
      if (compressed.length < body.length) {
        writeFileSync(target, compressed);
        entry[coding] = compressed.length;
      } else if (existing) {
        rmSync(target);
      }
    }
    done.push(entry);
  }
  return done;
}

function* walk(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else if (entry.isFile()) yield path;
  }
}

function statOrNull(path) {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dirs = process.argv.slice(2);
  for (const dir of dirs.length ? dirs : ['dist/apps/web/browser']) {
    const started = performance.now();
    const done = precompress(dir);
    const sum = (key) => done.reduce((n, e) => n + (e[key] ?? e.bytes), 0);
    console.log(
      `precompress ${dir}: ${done.length} text files, ${(sum('bytes') / 1000).toFixed(0)} kB → Brotli ${(sum('br') / 1000).toFixed(0)} kB, ` +
        `gzip ${(sum('gzip') / 1000).toFixed(0)} kB (${((performance.now() - started) / 1000).toFixed(1)} s)`,
    );
  }
}
