import PDFDocument from 'pdfkit';
import type { AnnualReport, BlockRollup, Rollup } from '@wk/contracts';
import { fontFile } from './fonts';
import { pdfTable } from './pdf-table';
import {
  ACTION_STATUS_NL,
  euros,
  figure,
  longDate,
  MILESTONE_STATE_NL,
  percent,
  periodText,
  ROLLUP_STATUS_NL,
  rollupName,
  TARGET_STATUS_NL,
} from './report-text';
import { reportFacts, statusGroups } from './report-facts';

type Struct = PDFKit.PDFStructureElement;

const INK = '#1a1a1a';
const MUTED = '#4d4d4d';
const MARGIN = 56;

/**
 * The annual report as a tagged PDF (PDF/UA-1 subset of pdfkit): a structure tree with headings, paragraphs,
 * lists, tables with header cells and figures with alternative text; Dutch as the document language; the
 * title shown instead of the file name; the DejaVu fonts embedded; page furniture marked as artifacts.
 */
export function renderReportPdf(report: AnnualReport): Promise<Buffer> {
  const title = `Jaarrapportage ${report.year}: ${report.plan.title}`;
  const doc = new PDFDocument({
    pdfVersion: '1.7',
    // pdfkit supports PDF/UA (its types list only PDF/A): it writes the pdfuaid:part metadata.
    subset: 'PDF/UA' as PDFKit.Mixins.PDFSubsets,
    tagged: true,
    lang: 'nl-NL',
    displayTitle: true,
    bufferPages: true,
    size: 'A4',
    margin: MARGIN,
    info: {
      Title: title,
      Author: report.gemeente.name,
      Subject: `Voortgang van ${report.plan.title} in ${report.year}`,
      Creator: 'Wijkkompas',
      CreationDate: new Date(`${report.madeOn}T00:00:00Z`),
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont('body', fontFile('DejaVuSans.ttf'));
  doc.registerFont('bold', fontFile('DejaVuSans-Bold.ttf'));
  doc.font('body').fillColor(INK);
  const root = doc.struct('Document');
  doc.addStructure(root);
  new ReportWriter(doc, root, report).write();
  root.end();
  footers(doc, report);
  doc.end();
  return done;
}

class ReportWriter {
  private readonly facts: ReturnType<typeof reportFacts>;

  constructor(
    private readonly doc: PDFKit.PDFDocument,
    private readonly root: Struct,
    private readonly report: AnnualReport,
  ) {
    this.facts = reportFacts(report);
  }

  write(): void {
    const { report: r, facts } = this;
    this.cover();
    this.heading(2, 'Samenvatting');
    this.list(facts.summary);
    this.heading(2, 'Visie');
    this.paragraph(r.plan.vision.trim() || 'Het plan heeft nog geen visie.');
    this.paragraph(`Looptijd: ${r.plan.startYear} tot en met ${r.plan.endYear}.`);

    this.heading(2, 'Voortgang per bouwsteen en pijler');
    this.paragraph(
      'Voortgang is het gemiddelde percentage klaar van de acties, gewogen naar hun budget. Verwacht is wat volgens de planning klaar had moeten zijn op ' +
        `${longDate(r.asOf)}. Gestopte acties tellen niet mee.`,
    );
    const rows = [...r.dashboard.blocks, ...r.dashboard.pillars];
    this.table(
      ['Onderdeel', 'Voortgang', 'Verwacht', 'Stand', 'Acties', 'Gemeld'],
      [['Hele plan', ...rollupCells(r.dashboard.total)], ...rows.map((b) => [rollupName(b), ...rollupCells(b)])],
      [150, -62, -62, 90, -60, -59],
    );
    this.chart(r.dashboard.blocks);

    this.heading(2, 'Acties');
    for (const group of statusGroups(r.actions)) {
      this.heading(3, `${ACTION_STATUS_NL[group.status]} (${group.actions.length})`);
      this.table(
        ['Actie', 'Trekker', 'Klaar', 'Laatste melding'],
        group.actions.map((a) => [
          a.title,
          a.leadUnit ?? 'Geen trekker',
          percent(a.percentComplete),
          a.lastNarrative && a.lastPeriod ? `${periodText(a.lastPeriod)}: ${a.lastNarrative}` : 'Nog geen melding',
        ]),
        [140, 95, -45, 203],
      );
    }

    this.heading(2, 'Meldingen die te laat zijn');
    if (!r.dashboard.overdue.length)
      this.paragraph(
        r.dashboard.preview ? 'Het plan is nog niet vastgesteld: er wordt nog niet gemeld.' : 'Er zijn geen meldingen te laat.',
      );
    else
      this.table(
        ['Actie', 'Trekker', 'Periode', 'Uiterlijk op'],
        r.dashboard.overdue.map((o) => [o.title, o.leadUnit?.name ?? 'Geen trekker', periodText(o.period), longDate(o.deadline)]),
        [190, 120, 90, 83],
      );

    this.heading(2, 'Budget per jaar');
    this.table(
      ['Jaar', 'Gepland', 'Besteed', 'Verschil'],
      [
        ...r.dashboard.budgetByYear.map((b) => [
          String(b.year),
          euros(b.plannedCents),
          euros(b.spentCents),
          euros(b.plannedCents - b.spentCents),
        ]),
        ['Totaal', euros(facts.plannedCents), euros(facts.spentCents), euros(facts.plannedCents - facts.spentCents)],
      ],
      [90, -131, -131, -131],
    );

    this.heading(2, 'Mijlpalen');
    if (!r.milestones.items.length) this.paragraph('Dit plan heeft geen mijlpalen.');
    else
      this.table(
        ['Mijlpaal', 'Actie', 'Datum', 'Stand'],
        r.milestones.items.map((m) => [m.title, m.actionTitle, longDate(m.dueDate), MILESTONE_STATE_NL[m.state]]),
        [160, 160, 90, 73],
      );

    this.heading(2, 'Effectindicatoren');
    if (!r.targets.length) this.paragraph('Dit plan heeft nog geen effectindicatoren.');
    else {
      this.table(
        ['Indicator', 'Wijk', 'Nulmeting', 'Laatste cijfer', 'Doel', 'Stand'],
        r.targets.map((t) => {
          const f = (v: number) => figure(v, t.indicator.decimals);
          return [
            t.indicator.name.nl,
            t.wijk.name,
            `${f(t.baseline.value)} (${t.baseline.year})`,
            t.latest ? `${f(t.latest.value)} (${t.latest.year})` : 'Geen',
            `${f(t.target.value)} (${t.target.year})`,
            TARGET_STATUS_NL[t.status],
          ];
        }),
        [120, 75, 75, 75, 70, 68],
      );
      this.paragraph(
        'Een cijfer dat beweegt, bewijst niet dat het plan dat heeft veroorzaakt. Ook andere dingen hebben invloed op de wijk.',
      );
    }
  }

  private cover(): void {
    const { doc, report: r } = this;
    const theme = r.gemeente.theme;
    doc.markContent('Artifact', { type: 'Layout' });
    doc.rect(0, 0, doc.page.width, 150).fill(theme.primaryColor);
    if (theme.accentColor) doc.rect(0, 150, doc.page.width, 6).fill(theme.accentColor);
    doc.endMarkedContent();
    this.root.add(
      doc.struct('P', {}, () => {
        doc.font('bold').fontSize(16).fillColor(theme.primaryColorText).text(r.gemeente.name, MARGIN, 60);
      }),
    );
    doc.fillColor(INK).y = 190;
    this.heading(1, `Jaarrapportage ${r.year}`);
    this.paragraph(r.plan.title + (r.plan.theme ? ` (${r.plan.theme})` : ''), 14);
    this.list(this.facts.cover);
    if (r.plan.demo) this.paragraph('Let op: dit is een voorbeeldplan met verzonnen inhoud.');
    doc.addPage();
  }

  private heading(level: 1 | 2 | 3, text: string): void {
    const { doc } = this;
    if (level < 3 && doc.y > doc.page.height - MARGIN - 120) doc.addPage();
    if (level === 3 && doc.y > doc.page.height - MARGIN - 80) doc.addPage();
    const size = level === 1 ? 24 : level === 2 ? 16 : 12;
    doc.moveDown(level === 1 ? 0 : 0.6);
    this.root.add(doc.struct(`H${level}`, {}, () => doc.font('bold').fontSize(size).fillColor(INK).text(text, MARGIN)));
    doc.moveDown(0.3);
  }

  private paragraph(text: string, size = 10): void {
    const { doc } = this;
    this.root.add(doc.struct('P', {}, () => doc.font('body').fontSize(size).fillColor(INK).text(text, MARGIN, undefined, { lineGap: 2 })));
    doc.moveDown(0.4);
  }

  private list(items: string[]): void {
    const { doc } = this;
    const list = doc.struct('L');
    this.root.add(list);
    for (const item of items) {
      const li = doc.struct('LI');
      list.add(li);
      const y = doc.y;
      li.add(doc.struct('Lbl', {}, () => doc.font('body').fontSize(10).fillColor(INK).text('•', MARGIN, y)));
      li.add(doc.struct('LBody', {}, () => doc.text(item, MARGIN + 14, y, { lineGap: 2 })));
      li.end();
    }
    list.end();
    doc.x = MARGIN;
    doc.moveDown(0.4);
  }

  /** Columns given as widths; a negative width is a right-aligned (number) column. */
  private table(headers: string[], rows: string[][], widths: number[]): void {
    const { doc } = this;
    doc.fontSize(8.5);
    if (doc.y > doc.page.height - MARGIN - 60) doc.addPage();
    pdfTable(
      doc,
      this.root,
      widths.map((w) => ({ width: Math.abs(w), align: w < 0 ? 'right' : 'left' })),
      headers,
      rows,
      MARGIN,
    );
    doc.moveDown(0.8);
  }

  /** Progress and expected progress per block as bars; the table above holds the same figures. */
  private chart(blocks: BlockRollup[]): void {
    const { doc, report: r } = this;
    const height = blocks.length * 26 + 30;
    if (doc.y + height > doc.page.height - MARGIN) doc.addPage();
    const top = doc.y + 6;
    const alt =
      'Staafdiagram van de voortgang per bouwsteen tegen wat verwacht was: ' +
      blocks.map((b) => `${rollupName(b)} ${percent(b.progress)} (verwacht ${percent(b.expected)})`).join('; ') +
      '.';
    this.root.add(
      doc.struct('Figure', { alt }, () => {
        const left = MARGIN + 170;
        const width = doc.page.width - left - MARGIN - 40;
        blocks.forEach((b, i) => {
          const y = top + i * 26;
          doc
            .font('body')
            .fontSize(8)
            .fillColor(INK)
            .text(rollupName(b), MARGIN, y + 3, { width: 165, height: 20, ellipsis: true });
          doc.rect(left, y, width, 9).fill('#e8e8e8');
          doc.rect(left, y, (width * b.progress) / 100, 9).fill(r.gemeente.theme.primaryColor);
          doc.rect(left, y + 11, (width * b.expected) / 100, 4).fill(MUTED);
          doc.fillColor(INK).text(percent(b.progress), left + width + 4, y, { lineBreak: false });
        });
        doc
          .fontSize(8)
          .fillColor(MUTED)
          .text('Dikke balk: voortgang. Dunne grijze balk: verwacht.', MARGIN, top + blocks.length * 26 + 4);
      }),
    );
    doc.fillColor(INK).x = MARGIN;
    doc.moveDown(1);
  }
}

function rollupCells(r: Rollup): string[] {
  return [percent(r.progress), percent(r.expected), ROLLUP_STATUS_NL[r.status], String(r.actions), String(r.reported)];
}

/** "Gemeente X · Jaarrapportage 2026 · Pagina 2 van 7" on every page but the cover, as an artifact. */
function footers(doc: PDFKit.PDFDocument, r: AnnualReport): void {
  const { start, count } = doc.bufferedPageRange();
  for (let i = start + 1; i < start + count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.markContent('Artifact', { type: 'Pagination' });
    doc
      .font('body')
      .fontSize(8)
      .fillColor(MUTED)
      .text(
        `${r.gemeente.name} · Jaarrapportage ${r.year} · ${r.plan.title} · Pagina ${i + 1} van ${count}`,
        MARGIN,
        doc.page.height - 36,
        {
          lineBreak: false,
        },
      );
    doc.endMarkedContent();
    doc.page.margins.bottom = bottom;
  }
}
