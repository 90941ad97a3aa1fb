import type { Page } from 'playwright-core';

export interface Focused {
  tag: string;
  type: string | null;
  name: string | null;
  text: string;
}

/** What has the keyboard focus: its tag, type, name and text. */
export function focusedOn(target: Page): Promise<Focused | null> {
  return target.evaluate(() => {
    const element = (
      globalThis as unknown as { document: { activeElement: { tagName: string; getAttribute(name: string): string | null; textContent: string } | null } }
    ).document.activeElement;
    return element ? { tag: element.tagName, type: element.getAttribute('type'), name: element.getAttribute('name'), text: element.textContent.trim() } : null;
  });
}

/** Presses Tab until the focus is on what `matches` says, as someone without a mouse does. */
export async function tabTo(target: Page, matches: (focused: Focused | null) => boolean): Promise<void> {
  for (let presses = 0; presses < 200; presses += 1) {
    await target.keyboard.press('Tab');
    if (matches(await focusedOn(target))) return;
  }
  throw new Error('the focus never got there');
}
