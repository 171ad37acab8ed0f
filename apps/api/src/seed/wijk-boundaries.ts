import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { WijkBoundaries } from '@wk/contracts';
import type { BoundarySource } from '@wk/api/indicators';
import { resolveCbsDataDir } from './cbs-reference';

/** data/cbs/wijken_2024_zes_gemeenten.geojson: the 2024 wijk boundaries of the six demo gemeenten (SOURCES.md 6.1). */
const FILE = 'wijken_2024_zes_gemeenten.geojson';

interface SourceFeature {
  type: 'Feature';
  properties: { wijkcode: string; wijknaam: string; gemeentecode: string };
  geometry: WijkBoundaries['features'][number]['geometry'];
}

/** The wijk boundaries per gemeente, read once; a gemeente outside the file gets none (its map says so). */
export class WijkBoundaryFile implements BoundarySource {
  private static cached: WijkBoundaryFile | null = null;
  private readonly byGemeente = new Map<string, WijkBoundaries>();

  private constructor(features: SourceFeature[]) {
    for (const f of features) {
      const gm = f.properties.gemeentecode;
      const collection = this.byGemeente.get(gm) ?? { type: 'FeatureCollection' as const, features: [] };
      collection.features.push({
        type: 'Feature',
        properties: { code: f.properties.wijkcode, name: f.properties.wijknaam },
        geometry: f.geometry,
      });
      this.byGemeente.set(gm, collection);
    }
  }

  static load(dir = resolveCbsDataDir()): WijkBoundaryFile {
    if (!WijkBoundaryFile.cached) {
      const json = JSON.parse(readFileSync(join(dir, FILE), 'utf8')) as { features: SourceFeature[] };
      WijkBoundaryFile.cached = new WijkBoundaryFile(json.features);
    }
    return WijkBoundaryFile.cached;
  }

  forGemeente(gmCode: string): WijkBoundaries | null {
    return this.byGemeente.get(gmCode) ?? null;
  }
}
