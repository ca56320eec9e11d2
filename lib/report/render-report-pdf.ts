// The board report as a PDF, drawn with pdfkit's built-in Helvetica (no font is fetched or embedded). Every text
// is the report's own: quotes and excerpts exactly as recorded, figures only those the report carries.
import PDFDocument from "pdfkit";
import { formatStrength } from "../strength/describe-strength";
import { reviewerWork, type TBoardReport, type TReportClaim } from "./board-report";
import { toWinAnsi } from "./win-ansi";

const MARGIN = 56;
const INK = "#1f2933";
const MUTED = "#52606d";
const ACCENT = "#1d4ed8";

export type TReportPdfOptions = {
  /** The public origin, so the PDF can link each claim's permalink; null leaves links out. */
  origin: string | null;
  /** The date printed as "Generated on" (YYYY-MM-DD); today by default. */
  generatedOn?: string;
  /** Uncompressed content streams, for tests that read the text back. */
  compress?: boolean;
};

type TDoc = InstanceType<typeof PDFDocument>;

export async function renderReportPdf(report: TBoardReport, options: TReportPdfOptions): Promise<Buffer> {
  const doc = new PDFDocument({
    size: "A4",
    margin: MARGIN,
    bufferPages: true,
    compress: options.compress ?? true,
    info: { Title: toWinAnsi(`${report.title}: fact-check report`).text, Creator: "Claimgraph" },
    lang: "en",
    displayTitle: true,
  });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });

  // Characters Helvetica cannot draw are counted and said on the first page, never silently dropped.
  let undrawable = 0;
  const text = (value: string) => {
    const converted = toWinAnsi(value);
    undrawable += converted.replaced;
    return converted.text;
  };
  const content = renderContent(doc, report, options, text);
  if (undrawable > 0) {
    doc.switchToPage(0);
    doc
      .font("Helvetica-Oblique")
      .fontSize(8)
      .fillColor(MUTED)
      .text(
        `${undrawable} character${undrawable === 1 ? "" : "s"} in this board's text cannot be drawn in this PDF's font and show as "?". The web report has the exact text.`,
        MARGIN,
        MARGIN - 30,
        { width: doc.page.width - 2 * MARGIN, lineBreak: true },
      );
  }
  numberPages(doc, text(content.footer));
  doc.end();
  return done;
}

function renderContent(doc: TDoc, report: TBoardReport, options: TReportPdfOptions, text: (value: string) => string) {
  const width = doc.page.width - 2 * MARGIN;
  const heading = (value: string) => {
    doc.moveDown(0.8).font("Helvetica-Bold").fontSize(15).fillColor(INK).text(text(value), { width });
    doc.moveDown(0.3);
  };

  doc.font("Helvetica-Bold").fontSize(20).fillColor(INK).text(text(report.title), { width });
  doc.font("Helvetica").fontSize(11).fillColor(MUTED).text("Fact-check report", { width });
  doc.moveDown(0.5);
  const { article } = report;
  const about = [
    article.title ? `Article: ${article.title}` : null,
    article.byline ? `By ${article.byline}` : null,
    [article.publisher, article.publishedOn].filter(Boolean).join(", ") || null,
  ].filter((line): line is string => line !== null);
  doc.font("Helvetica").fontSize(10).fillColor(INK);
  for (const line of about) doc.text(text(line), { width });
  if (article.url) doc.fillColor(ACCENT).text(text(article.url), { width, link: article.url, underline: true });
  doc.fillColor(INK).moveDown(0.3);
  doc.text(text(`${report.claims.length} claims, ${report.publishedCount} with a published verdict. Generated on ${options.generatedOn ?? new Date().toISOString().slice(0, 10)}.`), { width });
  if (report.description) doc.moveDown(0.3).fillColor(MUTED).text(text(report.description), { width });

  heading("The article");
  doc.font("Helvetica").fontSize(8.5).fillColor(MUTED).text("Quoted claims are underlined; [n] follows each claim's quote.", { width });
  doc.moveDown(0.4);
  for (const paragraph of report.paragraphs) {
    paragraph.forEach((piece, index) => {
      const continued = index < paragraph.length - 1;
      if (piece.type === "marker") {
        doc.font("Helvetica-Bold").fontSize(8).fillColor(ACCENT).text(`[${piece.number}]`, { continued, underline: false });
      } else {
        doc.font("Helvetica").fontSize(10).fillColor(INK).text(text(piece.text), { continued, underline: piece.quoted, width });
      }
    });
    doc.moveDown(0.5);
  }

  heading("Claims");
  for (const claim of report.claims) renderClaim(doc, claim, options.origin, text, width);

  heading("Corrections");
  doc.font("Helvetica").fontSize(10).fillColor(INK);
  if (report.corrections.length === 0) doc.text("No published verdict has been corrected.", { width });
  for (const correction of report.corrections) {
    doc.text(text(`#${correction.claimNumber}: ${correction.fromLabel} to ${correction.toLabel}, ${correction.correctedOn}, by ${correction.correctedBy}. ${correction.reason}`), { width });
    doc.moveDown(0.3);
  }

  heading("Reviewers");
  doc.font("Helvetica").fontSize(10).fillColor(INK);
  if (report.reviewers.length === 0) doc.text("No verdict has been published yet.", { width });
  for (const reviewer of report.reviewers) doc.text(text(`${reviewer.name}: ${reviewerWork(reviewer)}`), { width });
  return { footer: `${report.title}: fact-check report` };
}

function renderClaim(doc: TDoc, claim: TReportClaim, origin: string | null, text: (value: string) => string, width: number) {
  // Keep a claim's heading with at least a few lines of its body.
  if (doc.y > doc.page.height - MARGIN - 90) doc.addPage();
  doc.moveDown(0.4);
  doc.font("Helvetica-Bold").fontSize(11).fillColor(INK).text(text(`#${claim.number}  ${claim.statement}`), { width, ...(origin ? { link: `${origin}${claim.permalinkPath}` } : {}) });
  doc.font("Helvetica").fontSize(9).fillColor(MUTED);
  const said = claim.speaker ? `Said by ${claim.speaker}. ` : "";
  doc.text(text(`${said}Quote: \u201c${claim.quote}\u201d`), { width });
  doc.font("Helvetica-Bold").fontSize(10).fillColor(INK);
  if (claim.finding) {
    const on = claim.finding.publishedOn ? ` (published ${claim.finding.publishedOn})` : "";
    doc.text(text(`Verdict: ${claim.finding.label}${on}`), { width });
    if (claim.finding.rationale) doc.font("Helvetica").text(text(claim.finding.rationale), { width });
  } else {
    doc.font("Helvetica").text(text(`No published verdict yet (${claim.stageLabel}).`), { width });
  }
  if (claim.strength !== null) {
    doc.font("Helvetica").fontSize(9).fillColor(MUTED).text(`Strength ${formatStrength(claim.strength)} (DF-QuAD, 0 to 1)`, { width });
  }
  for (const correction of claim.corrections) {
    doc.font("Helvetica-Oblique").fontSize(9).fillColor(INK).text(text(`Corrected ${correction.correctedOn} from ${correction.fromLabel} to ${correction.toLabel}: ${correction.reason}`), { width });
  }
  if (claim.evidence.length > 0) {
    doc.font("Helvetica-Bold").fontSize(9).fillColor(INK).text("Evidence", { width });
    for (const evidence of claim.evidence) {
      const source = [evidence.publisher, evidence.publishedOn].filter(Boolean).join(", ");
      doc.font("Helvetica").fontSize(9).fillColor(INK).text(text(`${evidence.stanceLabel}: ${evidence.title}${source ? ` (${source})` : ""}`), { width, indent: 10 });
      if (evidence.url) doc.fillColor(ACCENT).text(text(evidence.url), { width, indent: 10, link: evidence.url, underline: true });
      if (evidence.excerpt) doc.fillColor(MUTED).text(text(`\u201c${evidence.excerpt}\u201d`), { width, indent: 10 });
      if (evidence.note) doc.fillColor(MUTED).text(text(`Note: ${evidence.note}`), { width, indent: 10 });
    }
  }
  doc.fillColor(INK);
}

function numberPages(doc: TDoc, footer: string) {
  const range = doc.bufferedPageRange();
  for (let index = range.start; index < range.start + range.count; index++) {
    doc.switchToPage(index);
    const bottom = doc.page.margins.bottom;
    // Writing inside the bottom margin would add a page; lift the margin while the footer is drawn.
    doc.page.margins.bottom = 0;
    doc
      .font("Helvetica")
      .fontSize(8)
      .fillColor(MUTED)
      .text(`${footer} \u00b7 page ${index + 1} of ${range.count}`, MARGIN, doc.page.height - MARGIN + 20, {
        width: doc.page.width - 2 * MARGIN,
        align: "center",
        lineBreak: false,
      });
    doc.page.margins.bottom = bottom;
  }
}
