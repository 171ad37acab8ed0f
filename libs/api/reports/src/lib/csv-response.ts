import type { Response } from 'express';
import { CSV_BOM, csvLine } from '@wk/util';
import type { CsvList } from './csv-exports.service';

const CHUNK_ROWS = 500;

/** Writes a CSV list to the response (UTF-8 with BOM), a chunk of rows at a time, waiting when the client is slow. */
export async function sendCsv(res: Response, list: CsvList, separator: ',' | ';'): Promise<void> {
  res.status(200);
  res.setHeader('Content-Type', 'text/csv; charset=utf-8');
  res.setHeader('Content-Disposition', `attachment; filename="${list.fileName}"`);
  if (!res.getHeader('Cache-Control')) res.setHeader('Cache-Control', 'no-store');
  let chunk = CSV_BOM + csvLine(list.header, separator);
  for (let i = 0; i < list.rows.length; i++) {
    chunk += csvLine(list.rows[i] ?? [], separator);
    if ((i + 1) % CHUNK_ROWS === 0) {
      if (!res.write(chunk)) await new Promise((resolve) => res.once('drain', resolve));
      chunk = '';
    }
  }
  res.end(chunk);
}
