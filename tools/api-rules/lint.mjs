// npm run api:lint: the OpenAPI document checked against the Dutch API Design Rules (adr.spectral.yaml) with
// Spectral. Without an argument it lints the API's own document, built from the sources without a server
// (build-document.cjs); with a path it lints that JSON document. Exits 1 when a rule of severity error fails.
import spectralCore from '@stoplight/spectral-core';
import spectralParsers from '@stoplight/spectral-parsers';
import { bundleAndLoadRuleset } from '@stoplight/spectral-ruleset-bundler/with-loader';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const { Spectral, Document } = spectralCore;
const here = dirname(fileURLToPath(import.meta.url));
export const RULESET = join(here, 'adr.spectral.yaml');
const SEVERITY = ['error', 'warning', 'info', 'hint'];

/** The findings of the ADR ruleset on a document (an object), as Spectral reports them. */
export async function lintDocument(document, source = 'openapi.json') {
  const spectral = new Spectral();
  spectral.setRuleset(await bundleAndLoadRuleset(RULESET, { fs, fetch }));
  return spectral.run(new Document(JSON.stringify(document, null, 2), spectralParsers.Json, source));
}

async function main() {
  const file = process.argv[2];
  const started = Date.now();
  const document = file
    ? JSON.parse(fs.readFileSync(file, 'utf8'))
    : await createRequire(import.meta.url)('./build-document.cjs').buildDocument();
  const results = await lintDocument(document, file ?? 'GET /api/v1/openapi.json');
  const errors = results.filter((r) => r.severity === 0);
  for (const r of results) {
    console.log(`${SEVERITY[r.severity].padEnd(7)} ${r.code}  ${r.path.join('.') || '$'}  ${r.message}`);
  }
  const operations = Object.values(document.paths ?? {}).reduce((n, item) => n + Object.keys(item).length, 0);
  console.log(
    `API design rules (${relative(process.cwd(), RULESET)}): ${operations} operations, ${errors.length} errors, ` +
      `${results.length - errors.length} warnings (${((Date.now() - started) / 1000).toFixed(1)} s)`,
  );
  return errors.length ? 1 : 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === fs.realpathSync(process.argv[1])) {
  main().then(
    (code) => process.exit(code),
    (error) => {
      console.error(error);
      process.exit(2);
    },
  );
}
