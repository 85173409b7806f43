import { PDFDocument, rgb, StandardFonts, type PDFFont, type PDFPage } from "pdf-lib";
import { formatDate, formatMoney, formatPeriod, type Formatter } from "@/lib/billing/format";
import type { InvoiceDetail } from "@/lib/billing/service";

// The PDF of one invoice, drawn from the database on each request (nothing is kept on
// disk: any instance can answer). pdf-lib's standard fonts need no font file, but they
// only encode WinAnsi (Latin-1 and a few typographic signs): every string goes through
// `encodable` first.

/** The "billing" translator of the reader's language. */
export type BillingTranslator = (key: string, values?: Record<string, string | number>) => string;

const PAGE = { width: 595.28, height: 841.89 }; // A4 in points
const MARGIN = 50;
const RIGHT = PAGE.width - MARGIN;
const COLOURS = { text: rgb(0.09, 0.11, 0.16), muted: rgb(0.28, 0.31, 0.38), rule: rgb(0.8, 0.82, 0.86), accent: rgb(0.26, 0.22, 0.64) };
const COLUMNS = { description: MARGIN, descriptionWidth: 250, quantity: 370, unitPrice: 460, amount: RIGHT };

/** Signs the standard fonts lack, replaced by their closest WinAnsi spelling. */
const SUBSTITUTES: Record<string, string> = {
  "\u202f": "\u00a0", // narrow no-break space (French thousands, before "€")
  "\u2009": " ",
  "\u2007": " ",
  "\u2212": "-",
  "\u2192": "->",
  "\u2190": "<-",
  "\u2026": "...",
};

function encodable(font: PDFFont): (text: string) => string {
  const supported = new Set(font.getCharacterSet());
  const fits = (text: string) => [...text].every((char) => supported.has(char.codePointAt(0)!));
  return (text) =>
    [...text]
      .map((char) => {
        if (fits(char)) return char;
        if (SUBSTITUTES[char] && fits(SUBSTITUTES[char])) return SUBSTITUTES[char];
        // "ő" → "o": drop the accent the font lacks rather than the letter.
        const bare = char.normalize("NFD").replace(/\p{M}/gu, "");
        return bare && fits(bare) ? bare : "?";
      })
      .join("");
}

function wrap(text: string, font: PDFFont, size: number, maxWidth: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split(/\r?\n/)) {
    let line = "";
    for (const word of paragraph.split(/[ \t]+/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      if (line && font.widthOfTextAtSize(candidate, size) > maxWidth) {
        lines.push(line);
        line = word;
      } else {
        line = candidate;
      }
    }
    lines.push(line);
  }
  return lines;
}

type Style = { size?: number; bold?: boolean; colour?: keyof typeof COLOURS };

/** A cursor that writes top-down and opens a new page when the current one is full. */
class PdfWriter {
  page: PDFPage;
  y = PAGE.height - MARGIN;
  private readonly clean: (text: string) => string;

  /** What each new page starts with (the table's header while lines are written). */
  onNewPage: (writer: PdfWriter) => void = () => {};

  constructor(
    private readonly doc: PDFDocument,
    private readonly fonts: { regular: PDFFont; bold: PDFFont },
  ) {
    this.page = doc.addPage([PAGE.width, PAGE.height]);
    this.clean = encodable(fonts.regular);
  }

  font(style: Style) {
    return style.bold ? this.fonts.bold : this.fonts.regular;
  }

  /** Text whose left edge is `x`, or whose right edge is `x` when `alignRight`. */
  text(value: string, x: number, style: Style = {}, alignRight = false, y = this.y) {
    const size = style.size ?? 10;
    const font = this.font(style);
    const text = this.clean(value);
    const left = alignRight ? x - font.widthOfTextAtSize(text, size) : x;
    this.page.drawText(text, { x: left, y, size, font, color: COLOURS[style.colour ?? "text"] });
  }

  /** `value` wrapped to `width`, as lines of text. */
  wrapped(value: string, width: number, style: Style = {}): string[] {
    return wrap(this.clean(value), this.font(style), style.size ?? 10, width);
  }

  /** `value` wrapped to `width`, drawn from the cursor down (the cursor stays); returns the height used. */
  paragraph(value: string, x: number, width: number, style: Style = {}): number {
    const step = (style.size ?? 10) + 3;
    const lines = this.wrapped(value, width, style);
    lines.forEach((line, index) => this.text(line, x, style, false, this.y - index * step));
    return lines.length * step;
  }

  lineHeight(style: Style = {}) {
    return (style.size ?? 10) + 5;
  }

  rule() {
    this.page.drawLine({ start: { x: MARGIN, y: this.y }, end: { x: RIGHT, y: this.y }, thickness: 0.5, color: COLOURS.rule });
  }

  down(points: number) {
    this.y -= points;
  }

  ensureSpace(points: number) {
    if (this.y - points >= MARGIN + 30) return;
    this.page = this.doc.addPage([PAGE.width, PAGE.height]);
    this.y = PAGE.height - MARGIN;
    this.onNewPage(this);
  }
}

export async function renderInvoicePdf(
  { invoice, billedTo }: Pick<InvoiceDetail, "invoice" | "billedTo">,
  t: BillingTranslator,
  format: Formatter,
  generatedAt = new Date(),
): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const fonts = { regular: await doc.embedFont(StandardFonts.Helvetica), bold: await doc.embedFont(StandardFonts.HelveticaBold) };
  const money = (cents: number) => formatMoney(format, cents, invoice.currency);
  const title = t("invoice.title", { type: invoice.type, number: invoice.number });
  doc.setTitle(title);
  doc.setAuthor("Atelier");
  doc.setCreator("Atelier");
  doc.setCreationDate(generatedAt);

  const tableHeader = (writer: PdfWriter) => {
    const style: Style = { size: 9, bold: true, colour: "muted" };
    writer.text(t("lines.description"), COLUMNS.description, style);
    writer.text(t("lines.quantity"), COLUMNS.quantity, style, true);
    writer.text(t("lines.unitPrice"), COLUMNS.unitPrice, style, true);
    writer.text(t("lines.amount"), COLUMNS.amount, style, true);
    writer.down(6);
    writer.rule();
    writer.down(14);
  };
  const writer = new PdfWriter(doc, fonts);

  // Heading: who issues, what it is.
  writer.text("Atelier", MARGIN, { size: 20, bold: true, colour: "accent" });
  writer.text(title, RIGHT, { size: 16, bold: true }, true);
  writer.down(18);
  writer.text(t(`status.${invoice.status}`, { type: invoice.type }), RIGHT, { size: 10, colour: "muted" }, true);
  writer.down(36);

  // Dates on the left, the customer on the right, side by side.
  const top = writer.y;
  const facts: [string, string][] = [
    [t("invoice.issuedAt"), formatDate(format, invoice.issuedAt)],
    [t("invoice.period"), formatPeriod(format, invoice.periodStart, invoice.periodEnd)],
    ...(invoice.dueAt ? [[t("invoice.dueAt"), formatDate(format, invoice.dueAt)] as [string, string]] : []),
    ...(invoice.paidAt ? [[t("invoice.paidAt"), formatDate(format, invoice.paidAt)] as [string, string]] : []),
  ];
  for (const [label, value] of facts) {
    writer.text(label, MARGIN, { size: 9, colour: "muted" });
    writer.text(value, MARGIN + 95, { size: 10 });
    writer.down(15);
  }
  const factsBottom = writer.y;
  writer.y = top;
  const billedX = 330;
  writer.text(t("invoice.billedTo"), billedX, { size: 9, bold: true, colour: "muted" });
  writer.down(15);
  const customer = [
    { value: billedTo.billingName ?? billedTo.name, style: { bold: true } },
    ...(billedTo.billingAddress ? [{ value: billedTo.billingAddress, style: {} }] : []),
    ...(billedTo.billingEmail ? [{ value: billedTo.billingEmail, style: {} }] : []),
    ...(billedTo.vatNumber ? [{ value: t("invoice.vatNumber", { vatNumber: billedTo.vatNumber }), style: {} }] : []),
  ];
  for (const { value, style } of customer) writer.down(writer.paragraph(value, billedX, RIGHT - billedX, style));
  writer.y = Math.min(factsBottom, writer.y) - 24;

  // Lines.
  tableHeader(writer);
  writer.onNewPage = tableHeader;
  for (const line of invoice.lines) {
    writer.ensureSpace(writer.wrapped(line.description, COLUMNS.descriptionWidth).length * 13 + 8);
    const height = writer.paragraph(line.description, COLUMNS.description, COLUMNS.descriptionWidth);
    writer.text(format.number(line.quantity), COLUMNS.quantity, {}, true);
    writer.text(money(line.unitPriceCents), COLUMNS.unitPrice, {}, true);
    writer.text(money(line.amountCents), COLUMNS.amount, {}, true);
    writer.down(height + 6);
  }
  writer.onNewPage = () => {};
  writer.rule();
  writer.down(18);

  // Totals, right-aligned under the amounts.
  writer.ensureSpace(70);
  const totals: [string, number, boolean][] = [
    [t("invoice.subtotal"), invoice.subtotalCents, false],
    [t("invoice.tax"), invoice.taxCents, false],
    [t("invoice.total"), invoice.totalCents, true],
  ];
  for (const [label, cents, strong] of totals) {
    const style: Style = { size: strong ? 12 : 10, bold: strong };
    writer.text(label, COLUMNS.unitPrice, style, true);
    writer.text(money(cents), COLUMNS.amount, style, true);
    writer.down(writer.lineHeight(style) + 3);
  }

  // Footer on every page: when the document was drawn, and its page number.
  const pages = doc.getPages();
  pages.forEach((page, index) => {
    writer.page = page;
    writer.y = MARGIN - 10;
    writer.text(t("pdf.footer", { date: formatDate(format, generatedAt), currency: invoice.currency }), MARGIN, { size: 8, colour: "muted" });
    writer.text(t("pdf.page", { page: index + 1, pages: pages.length }), RIGHT, { size: 8, colour: "muted" }, true);
  });

  return doc.save();
}
