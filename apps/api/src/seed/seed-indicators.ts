import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { Logger } from '@nestjs/common';
import { IMPORT_LAYOUTS, type ImportLayout, type ImportRequest } from '@wk/contracts';
import { Db, DB_ROLES, requestContext } from '@wk/api/core';
import { IndicatorImportsService } from '@wk/api/indicators';
import { resolveCbsDataDir } from './cbs-reference';

/** Who the first start's imports are recorded as (stat_imports.imported_by). */
export const FIRST_START_IMPORTER = 'Wijkkompas (eerste start)';

/** data/cbs/indicators.json: the public statistics loaded at first start, each file with its layout. */
export function readIndicatorManifest(dir = resolveCbsDataDir()): ImportRequest[] {
  const manifest = JSON.parse(readFileSync(join(dir, 'indicators.json'), 'utf8')) as {
    imports: { file: string; layout: string; year?: number; areaYear?: number; source: string }[];
  };
  return manifest.imports.map((i) => {
    if (!(IMPORT_LAYOUTS as readonly string[]).includes(i.layout))
      throw new Error(`indicators.json: ${i.file}: unknown layout ${i.layout}`);
    return {
      layout: i.layout as ImportLayout,
      fileName: i.file,
      content: readFileSync(join(dir, i.file), 'utf8'),
      source: i.source,
      ...(i.year !== undefined ? { year: i.year } : {}),
      ...(i.areaYear !== undefined ? { areaYear: i.areaYear } : {}),
    };
  });
}

/**
 * On a database that has no public statistics yet (the catalogue itself is synced by the importer at every start),
 * loads the files of data/cbs/indicators.json through the importer the operator uses (all or nothing per file).
 */
export async function seedIndicators(app: INestApplication): Promise<{ files: number; values: number }> {
  const logger = new Logger('Indicators');
  const db = app.get(Db);
  const imports = app.get(IndicatorImportsService);
  const started = performance.now();
  return db.asRole(DB_ROLES.platform, (m) =>
    requestContext.run({ requestId: 'seed', ip: 'local', actor: null, tenantId: null, manager: m }, async () => {
      const [row] = await m.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM stat_imports`);
      if ((row?.n ?? 0) > 0) return { files: 0, values: 0 };
      let values = 0;
      const files = readIndicatorManifest();
      for (const file of files) values += (await imports.commit('public', file, FIRST_START_IMPORTER)).new;
      logger.log(`Public statistics loaded: ${files.length} files, ${values} figures in ${Math.round(performance.now() - started)} ms`);
      return { files: files.length, values };
    }),
  );
}
