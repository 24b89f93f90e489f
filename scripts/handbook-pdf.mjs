#!/usr/bin/env node
/**
 * Prints the handbook of each language (/handbook/, /fr/handbook/, /es/handbook/) to PDF, on A4 and on
 * Letter paper, with the Chromium the tests use (scripts/chromium.mjs), from a built site served as a
 * host would serve it. For operators who want to publish the PDFs; not part of `npm run build`.
 *   node scripts/handbook-pdf.mjs [--dir dist] [--base /] [--out handbook-pdf]
 * Writes ipec-plus-handbook-<lang>-<a4|letter>.pdf into --out and prints each file's pages and figures.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium } from './chromium.mjs';
import { serveStatic } from './static-server.mjs';

/** The handbook's address in each language, below the base. */
export const HANDBOOKS = { en: 'handbook/', fr: 'fr/handbook/', es: 'es/handbook/' };
/** Paper sizes, as Chromium names them. */
export const PAPER = /** @type {const} */ (['A4', 'Letter']);

/**
 * Pages in a PDF as Chromium writes it: one page object ("/Type /Page", not "/Pages") per page.
 * @param {Buffer} pdf
 */
export function pdfPageCount(pdf) {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}

/**
 * Figures in a tagged PDF as Chromium writes it (`tagged: true`): one "/S /Figure" structure element per
 * HTML <figure> it laid out (each chart is one), none for what the print stylesheet hides.
 * @param {Buffer} pdf
 */
export function pdfFigureCount(pdf) {
  return pdf.toString('latin1').match(/\/S\s*\/Figure(?![a-zA-Z])/g)?.length ?? 0;
}

/**
 * Prints the page at `url` to PDF on `format` paper, with page numbers at the foot of each page and the
 * headings as the PDF's outline.
 * @param {import('playwright-core').Page} page
 * @param {string} url
 * @param {'A4' | 'Letter'} format
 * @returns {Promise<Buffer>}
 */
export async function printHandbook(page, url, format) {
  await page.goto(url, { waitUntil: 'load' });
  await page.emulateMedia({ media: 'print' });
  return page.pdf({
    format,
    printBackground: true,
    outline: true,
    tagged: true,
    displayHeaderFooter: true,
    headerTemplate: '<span></span>',
    footerTemplate:
      '<div style="font-size:8pt;width:100%;text-align:center"><span class="pageNumber"></span> / <span class="totalPages"></span></div>',
    margin: { top: '18mm', bottom: '20mm', left: '16mm', right: '16mm' },
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      dir: { type: 'string', default: 'dist' },
      base: { type: 'string', default: '/' },
      out: { type: 'string', default: 'handbook-pdf' },
    },
  });
  const out = resolve(values.out);
  mkdirSync(out, { recursive: true });
  const site = await serveStatic(resolve(values.dir), { base: values.base });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    for (const [lang, path] of Object.entries(HANDBOOKS)) {
      for (const format of PAPER) {
        const pdf = await printHandbook(page, site.url + path, format);
        const file = join(out, `ipec-plus-handbook-${lang}-${format.toLowerCase()}.pdf`);
        writeFileSync(file, pdf);
        console.log(
          `${file}: ${pdfPageCount(pdf)} pages, ${pdfFigureCount(pdf)} figures, ${(pdf.length / 1_000_000).toFixed(1)} MB`,
        );
      }
    }
  } finally {
    await browser.close();
    await site.close();
  }
}
