/** The text of each page of a PDF, with where it sits, read with pdf.js (for printed-page checks). */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfPage {
  /** The page's text items joined with spaces. */
  text: string;
  /** Page height in points. */
  height: number;
  /** Each text item's baseline, in points from the page's bottom edge. */
  ys: number[];
}

export async function pdfPages(pdf: Uint8Array): Promise<PdfPage[]> {
  const doc = await getDocument({ data: pdf, disableFontFace: true, verbosity: 0 }).promise;
  const pages: PdfPage[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const content = await page.getTextContent();
    const items = content.items.flatMap((i) => ('str' in i && i.str.trim() !== '' ? [i] : []));
    pages.push({
      text: items.map((i) => i.str).join(' ').replace(/\s+/g, ' '),
      height: page.view[3] ?? 0,
      ys: items.map((i) => Number(i.transform[5])),
    });
  }
  await doc.destroy();
  return pages;
}
