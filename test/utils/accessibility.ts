import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

export const WCAG21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
/** WCAG 2.2 adds, among others, the size of targets to press. */
export const WCAG22_AA = [...WCAG21_AA, 'wcag22a', 'wcag22aa'];

/** Browser contexts whose new pages get axe-core as they open. */
const preloaded = new WeakSet<BrowserContext>();

/**
 * axe-core's WCAG 2 A and AA violations on the page as it stands. Loaded through the DevTools
 * protocol, not a <script> tag, so the page's Content-Security-Policy stays as served. Sending
 * axe's half a megabyte into each page checked took longer than running it (16.6 s against 12.6 s
 * over the coach's journey's 93 pages), so from a context's first check on, each new page of the
 * context gets it as it opens (5.1 s), and it is sent here only to a page that lacks it: the
 * first, or one without JavaScript.
 */
export async function axeViolations(page: Page, tags: readonly string[] = WCAG21_AA): Promise<AxeViolation[]> {
  const context = page.context();
  if (!preloaded.has(context)) {
    preloaded.add(context);
    await context.addInitScript(AXE_SOURCE);
  }
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (values) => {
    const axe = (
      globalThis as unknown as {
        axe: {
          run(
            context: unknown,
            options: unknown,
          ): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run((globalThis as unknown as { document: unknown }).document, {
      runOnly: { type: 'tag', values },
      resultTypes: ['violations'],
    });
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.slice(0, 5).flatMap((node) => node.target),
    }));
  }, tags);
}
