type Struct = PDFKit.PDFStructureElement;

export interface PdfColumn {
  width: number;
  /** Numbers are right-aligned. */
  align?: 'left' | 'right';
}

const PAD = 4;
const LINE = '#9a9a9a';
const HEADER_FILL = '#e8e8e8';

/** The structure element's dictionary (pdfkit keeps it on the element; its types do not list it). */
const dictionaryOf = (s: Struct) => (s as unknown as { dictionary: { data: Record<string, unknown> } }).dictionary.data;

/**
 * A tagged table: Table > TR > TH (scope Column) / TD, written cell by cell. Rows never split; a row that does not
 * fit starts a new page, where the header row is drawn again as an artifact (assistive technology reads it once).
 * Lines and fills are artifacts too. (pdfkit's own table does the same tagging but lays out ten times slower.)
 */
export function pdfTable(
  doc: PDFKit.PDFDocument,
  parent: Struct,
  columns: PdfColumn[],
  header: string[],
  rows: string[][],
  left: number,
): void {
  const bottom = () => doc.page.height - doc.page.margins.bottom;
  const heightOf = (cells: string[], font: string) => {
    doc.font(font);
    return Math.max(...cells.map((text, i) => doc.heightOfString(text, { width: (columns[i]?.width ?? 0) - 2 * PAD }))) + 2 * PAD;
  };
  const table = doc.struct('Table');
  parent.add(table);
  const draw = (cells: string[], kind: 'TH' | 'TD' | 'artifact') => {
    const font = kind === 'TD' ? 'body' : 'bold';
    const height = heightOf(cells, font);
    if (doc.y + height > bottom()) {
      doc.addPage();
      if (kind === 'TD') draw(header, 'artifact');
    }
    const top = doc.y;
    doc.markContent('Artifact', { type: 'Layout' });
    let x = left;
    for (const c of columns) {
      if (kind !== 'TD') doc.rect(x, top, c.width, height).fill(HEADER_FILL);
      doc.rect(x, top, c.width, height).lineWidth(0.5).stroke(LINE);
      x += c.width;
    }
    doc.endMarkedContent();
    doc.fillColor('#1a1a1a').font(font);
    const row = kind === 'artifact' ? null : doc.struct('TR');
    if (row) table.add(row);
    x = left;
    cells.forEach((text, i) => {
      const c = columns[i] ?? { width: 0 };
      const write = () => doc.text(text, x + PAD, top + PAD, { width: c.width - 2 * PAD, align: c.align ?? 'left', lineBreak: true });
      if (!row) {
        doc.markContent('Artifact', { type: 'Pagination' });
        write();
        doc.endMarkedContent();
      } else {
        const cell = doc.struct(kind);
        if (kind === 'TH') dictionaryOf(cell)['A'] = { O: 'Table', Scope: 'Column' }; // PDF names
        row.add(cell);
        cell.add(write);
        cell.end();
      }
      x += c.width;
    });
    row?.end();
    doc.x = left;
    doc.y = top + height;
  };
  draw(header, 'TH');
  for (const r of rows) draw(r, 'TD');
  table.end();
}
