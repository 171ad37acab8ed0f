/**
 * Builds the API's OpenAPI document without a running server or a database: the Nest application is created
 * (not started) from the TypeScript sources, compiled on the fly by SWC as the jest tests are, with a data source
 * that is never connected, and buildOpenApi() writes the document exactly as GET /api/v1/openapi.json serves it.
 */
const { readFileSync } = require('node:fs');
const { join } = require('node:path');

const ROOT = join(__dirname, '..', '..');

let registered = false;
function registerTypeScript() {
  if (registered) return;
  registered = true;
  const swc = require('@swc/core');
  const { register } = require('tsconfig-paths');
  const { compilerOptions } = JSON.parse(readFileSync(join(ROOT, 'tsconfig.base.json'), 'utf8'));
  register({ baseUrl: ROOT, paths: compilerOptions.paths });
  require.extensions['.ts'] = (module, filename) => {
    const { code } = swc.transformSync(readFileSync(filename, 'utf8'), {
      filename,
      jsc: {
        parser: { syntax: 'typescript', decorators: true },
        transform: { legacyDecorator: true, decoratorMetadata: true },
        target: 'es2022',
      },
      module: { type: 'commonjs' },
    });
    module._compile(code, filename);
  };
}

/** The OpenAPI document of the API, as a plain object. */
async function buildDocument() {
  registerTypeScript();
  require('reflect-metadata');
  const { loadConfig } = require(join(ROOT, 'libs/api/core/src/index.ts'));
  const { createApp, buildOpenApi } = require(join(ROOT, 'apps/api/src/app/create-app.ts'));
  const { createDataSource } = require(join(ROOT, 'apps/api/src/database/data-source.ts'));
  const config = loadConfig({ WK_WEB_DIST: '', WK_SEED_DEMO: 'false', LOG_LEVEL: 'error' });
  // Never initialised: creating the application opens no connection, and the document needs none.
  const dataSource = createDataSource('postgresql://127.0.0.1:1/unused', 1, false);
  const app = await createApp(config, dataSource);
  return JSON.parse(JSON.stringify(buildOpenApi(app, config)));
}

module.exports = { buildDocument };
