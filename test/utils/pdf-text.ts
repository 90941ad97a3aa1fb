import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface PdfText {
  /** `pdfinfo`'s page count. */
  pageCount: number;
  /** `pdftotext -layout`, one string per page (split at form feeds). */
  pages: string[];
  /** `pdftotext` in reading order, every run of white space made one space: for finding a text that wraps. */
  flowing: string;
}

/** Reads a PDF the way poppler's tools do, from a temporary file. */
export function readPdfText(pdf: Buffer): PdfText {
  const dir = mkdtempSync(join(tmpdir(), 'f360-pdf-'));
  try {
    const file = join(dir, 'report.pdf');
    writeFileSync(file, pdf);
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    const pageCount = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0);
    const layout = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    const flowing = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    return { pageCount, pages: layout.split('\f').filter((page, index, all) => index < all.length - 1 || page.trim() !== ''), flowing };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
