// node tools/route-preloads.mjs [webDist] [routesFile] — after `nx build web` (which writes the esbuild metafile,
// dist/apps/web/stats.json), writes one copy of index.html per page listed in apps/web/preload-routes.json, named
// index.<page>.html, with
//   - <link rel="modulepreload"> for every chunk the page's lazy modules need (the module's own chunk and all the
//     chunks it imports, minus those index.html already loads), so that the browser fetches them in parallel with the
//     app's code instead of discovering them one level after another (router → feature routes → page → shared chunks);
//   - <link rel="preload" as="font"> for the Latin web font the stylesheet names (otherwise found only once the CSS
//     has been parsed).
// A page may also name the API answers it asks for first (`data`, e.g. "/api/v1/plans/:plan"): they go into
// preloads.json, and the API sends them, with the page's own segments filled in, as `Link: <…>; rel=preload` headers
// to a signed-in visitor, so the answers are on their way while the app's code loads.
// An answer that needs no session and no segment of the page's path (`publicData`, e.g. the sign-in page's list of
// gemeenten that sign in with their own account) goes into the page's copy itself as <link rel="preload" as="fetch">,
// for every visitor, as index.html does for /api/v1/auth/session.
// It also writes index.default.html (the font preload only, for every other path) and preloads.json, the list the
// API reads to pick the copy for a path (apps/api/src/app/web-app.ts). A listed module that is not a lazy chunk of the
// build (renamed, or no longer imported with import()) fails with its name.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The preload copies for `webDist` (dist/apps/web) from `routes` ({ path, modules }[]). Returns the manifest written. */
export function writeRoutePreloads(webDist, routes) {
  const browser = join(webDist, 'browser');
  const stats = JSON.parse(readFileSync(join(webDist, 'stats.json'), 'utf8'));
  const html = readFileSync(join(browser, 'index.html'), 'utf8');
  const outputs = stats.outputs;
  const chunkOf = new Map();
  for (const [file, output] of Object.entries(outputs)) if (output.entryPoint && file.endsWith('.js')) chunkOf.set(output.entryPoint, file);
  const initial = new Set([...html.matchAll(/(?:src|href)="([^"]+\.js)"/g)].flatMap((m) => [...closure(outputs, m[1])]));
  const fonts = latinFonts(browser, html);

  const manifest = { default: 'index.default.html', routes: [] };
  writeFileSync(join(browser, manifest.default), withHints(html, fonts, []));
  for (const route of routes) {
    const chunks = new Set();
    for (const module of route.modules) {
      const chunk = chunkOf.get(module);
      if (!chunk) throw new Error(`${module} (preload for ${route.path}) is not a lazy chunk of this build`);
      for (const file of closure(outputs, chunk)) if (!initial.has(file)) chunks.add(file);
    }
    const file = `index.${slug(route.path)}.html`;
    writeFileSync(join(browser, file), withHints(html, fonts, [...chunks].sort(), publicDataOf(route)));
    manifest.routes.push({ path: route.path, file, chunks: [...chunks].sort(), data: dataOf(route) });
  }
  writeFileSync(join(browser, 'preloads.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

/** The API paths a route preloads; each must be under /api/ and use only the route's own `:name` segments. */
function dataOf(route) {
  const params = new Set(route.path.split('/').filter((segment) => segment.startsWith(':')));
  for (const url of route.data ?? []) {
    const unknown = url.split('/').filter((segment) => segment.startsWith(':') && !params.has(segment));
    if (!url.startsWith('/api/') || unknown.length)
      throw new Error(`${url} (data for ${route.path}) must start with /api/ and may only use ${[...params].join(', ') || 'no'} segments`);
  }
  return route.data ?? [];
}

/** The API paths a route preloads for every visitor; each must be under /api/ and name no segment. */
function publicDataOf(route) {
  for (const url of route.publicData ?? [])
    if (!/^\/api\/[\w/.-]*$/.test(url) || url.split('/').some((segment) => segment.startsWith(':')))
      throw new Error(`${url} (publicData for ${route.path}) must be a fixed path under /api/`);
  return route.publicData ?? [];
}

/** `chunk` and every chunk it imports statically, transitively. */
function closure(outputs, chunk) {
  const seen = new Set();
  const todo = [chunk];
  while (todo.length) {
    const file = todo.pop();
    if (seen.has(file) || !outputs[file]) continue;
    seen.add(file);
    for (const imported of outputs[file].imports ?? []) if (imported.kind === 'import-statement') todo.push(imported.path);
  }
  return seen;
}

/** The Latin woff2 files the stylesheets of index.html name (the other subsets load only for other scripts). */
function latinFonts(browser, html) {
  const fonts = new Set();
  for (const [, css] of html.matchAll(/<link rel="stylesheet" href="([^"]+\.css)"/g)) {
    const text = readFileSync(join(browser, css), 'utf8');
    for (const [, url] of text.matchAll(/url\(["']?([^)"']*-latin-(?!ext-)[^)"']*\.woff2)["']?\)/g)) fonts.add(url);
  }
  return [...fonts];
}

function withHints(html, fonts, chunks, fetches = []) {
  const hints = [
    ...fetches.map((url) => `<link rel="preload" href="${url}" as="fetch" crossorigin="anonymous">`),
    ...fonts.map((font) => `<link rel="preload" href="${font}" as="font" type="font/woff2" crossorigin>`),
    ...chunks.map((chunk) => `<link rel="modulepreload" href="${chunk}">`),
  ].join('');
  if (!html.includes('</head>')) throw new Error('index.html has no </head>');
  return html.replace('</head>', `${hints}</head>`);
}

/** `/plannen/:plan/voortgang` → `plannen-plan-voortgang`, `/` → `home`. */
function slug(path) {
  return path.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home';
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const webDist = process.argv[2] ?? 'dist/apps/web';
  const routesFile = process.argv[3] ?? 'apps/web/preload-routes.json';
  if (!existsSync(join(webDist, 'stats.json'))) throw new Error(`${webDist}/stats.json is missing: build the web app with statsJson`);
  const manifest = writeRoutePreloads(webDist, JSON.parse(readFileSync(routesFile, 'utf8')).routes);
  for (const route of manifest.routes) console.log(`${route.path.padEnd(28)} ${route.file.padEnd(40)} ${route.chunks.length} chunks`);
}
