import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The app loads only the NL Design System components it imports in nl-design-system.css. A template that uses a
 * `utrecht-*` class of a component not imported there would lose its styling without any error: this test finds
 * every such class in the web sources and checks that its component's CSS is imported.
 */
const root = join(__dirname, '..', '..', '..');
const sourceDirs = [join(root, 'apps', 'web', 'src'), join(root, 'libs', 'web')];
/** Classes that are not components of @utrecht/*-css: the design tokens' theme class. */
const NOT_COMPONENTS = new Set(['theme']);

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : files(path);
    return /\.(html|ts)$/.test(name) && !/\.spec\.ts$/.test(name) ? [path] : [];
  });
}

describe('NL Design System components', () => {
  const imported = [
    ...readFileSync(join(__dirname, 'nl-design-system.css'), 'utf8').matchAll(/@import '@utrecht\/([a-z0-9-]+)-css\//g),
  ].map((m) => m[1] ?? '');

  it('imports a list of components, each existing in node_modules', () => {
    expect(imported.length).toBeGreaterThan(10);
    for (const component of imported) {
      expect(statSync(join(root, 'node_modules', '@utrecht', `${component}-css`, 'dist', 'index.css')).isFile()).toBe(true);
    }
  });

  it('imports the component of every utrecht-* class the templates use', () => {
    const used = new Set<string>();
    for (const file of sourceDirs.flatMap(files)) {
      // A class name, not a custom property (--utrecht-…): block name up to an element (__) or modifier (--).
      for (const m of readFileSync(file, 'utf8').matchAll(/(?<![-\w])utrecht-([a-z0-9]+(?:-[a-z0-9]+)*)/g)) used.add(m[1] ?? '');
    }
    expect(used.size).toBeGreaterThan(10);
    // A block is styled when one of the imported components defines it (table-css also defines table-container).
    const css = imported
      .map((component) => readFileSync(join(root, 'node_modules', '@utrecht', `${component}-css`, 'dist', 'index.css'), 'utf8'))
      .join('\n');
    const missing = [...used].filter((block) => !NOT_COMPONENTS.has(block) && !new RegExp(`\\.utrecht-${block}(?![-\\w])`).test(css));
    expect(missing).toEqual([]);
  });
});
