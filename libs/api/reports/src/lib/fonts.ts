import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

const FONT_DIR = join('node_modules', 'dejavu-fonts-ttf', 'ttf');

/**
 * The path of a DejaVu font (npm package `dejavu-fonts-ttf`), embedded in every PDF. Searched upwards from this
 * file and from the working directory, as Node resolves a package (a webpack bundle has another `__dirname`).
 */
export function fontFile(name: string): string {
  for (const start of [__dirname, process.cwd()]) {
    for (let dir = start; ; dir = dirname(dir)) {
      const file = join(dir, FONT_DIR, name);
      if (existsSync(file)) return file;
      if (dirname(dir) === dir) break;
    }
  }
  throw new Error(`Font ${name} not found: is the npm package dejavu-fonts-ttf installed?`);
}
