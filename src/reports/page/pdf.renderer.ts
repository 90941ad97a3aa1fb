import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { accessSync, constants } from 'node:fs';
import type { Browser } from 'playwright-core';
import { ConcurrencyLimit } from '../../common/concurrency-limit';
import { DomainError } from '../../common/domain-error';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';

/** Two tabs at once: a report prints in well under a second, and each tab costs memory. */
export const PDF_CONCURRENCY = 2;
export const PDF_TIMEOUT_MS = 30_000;

/** Chromium kept off every network: it only ever prints HTML it is handed. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface PdfLayout {
  /** HTML of the footer on every page; Chromium fills `.pageNumber` and `.totalPages`. */
  footerTemplate: string;
}

const unavailable = (message: string): DomainError => new DomainError('ServiceUnavailable', message);

/** Whether a Chromium could start from this path (checked again when the first PDF is asked for). */
export function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Prints HTML to PDF with the Debian Chromium at CHROMIUM_PATH. The browser starts on the first
 * PDF, not at boot (workers and most requests never need it), is shared by every later one, and
 * closes with the app. Pages run without JavaScript and without network: the HTML is set
 * directly, and any request it would make is refused.
 */
@Injectable()
export class PdfRenderer implements OnApplicationShutdown {
  private readonly logger = new Logger(PdfRenderer.name);
  private readonly slots = new ConcurrencyLimit(PDF_CONCURRENCY);
  private browser: Promise<Browser> | null = null;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  render(html: string, layout: PdfLayout): Promise<Buffer> {
    return this.slots.run(() => this.print(html, layout));
  }

  async onApplicationShutdown(): Promise<void> {
    const starting = this.browser;
    this.browser = null;
    const browser = await starting?.catch(() => null);
    await browser?.close().catch(() => undefined);
  }

  private async print(html: string, layout: PdfLayout): Promise<Buffer> {
    const browser = await this.running();
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      void context.close().catch(() => undefined);
    }, PDF_TIMEOUT_MS);
    try {
      const page = await context.newPage();
      await page.route('**/*', (route) => route.abort());
      await page.setContent(html, { waitUntil: 'load', timeout: PDF_TIMEOUT_MS });
      return await page.pdf({
        format: 'A4',
        printBackground: true,
        displayHeaderFooter: true,
        // An empty header: Chromium's default prints the date and the page title on every page.
        headerTemplate: '<span></span>',
        footerTemplate: layout.footerTemplate,
        margin: { top: '16mm', bottom: '18mm', left: '15mm', right: '15mm' },
      });
    } catch (error) {
      if (timedOut) throw unavailable(`The PDF took longer than ${PDF_TIMEOUT_MS / 1000} s to print; please try again.`);
      throw error;
    } finally {
      clearTimeout(timer);
      await context.close().catch(() => undefined);
    }
  }

  private running(): Promise<Browser> {
    this.browser ??= this.launch().then(
      (browser) => {
        // A crashed browser is started afresh by the next PDF.
        browser.on('disconnected', () => {
          this.browser = null;
        });
        return browser;
      },
      (error: unknown) => {
        this.browser = null;
        throw error;
      },
    );
    return this.browser;
  }

  private async launch(): Promise<Browser> {
    const path = this.config.chromiumPath;
    if (!isExecutable(path)) {
      throw unavailable(
        `PDF reports need Chromium, and there is no executable at CHROMIUM_PATH=${path}. Install it (Debian: apt-get install chromium) or set CHROMIUM_PATH to its path.`,
      );
    }
    try {
      // Loaded with the first PDF: Playwright's bundles hold some 14 MB of source text in the heap
      // of every process that requires them, and workers and most api processes never print.
      const { chromium } = await import('playwright-core');
      const browser = await chromium.launch({ executablePath: path, args: CHROMIUM_ARGS, timeout: PDF_TIMEOUT_MS });
      this.logger.log(`Chromium started for PDFs: ${path} ${browser.version()}`);
      return browser;
    } catch (error) {
      const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0];
      throw unavailable(`Chromium at CHROMIUM_PATH=${path} did not start, so PDF reports are unavailable: ${reason}`);
    }
  }
}
