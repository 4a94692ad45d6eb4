/**
 * What the review e2e reads and does on the review view's page (client/src/review): the entry
 * cards in reading order, moving between them and accepting them by keyboard, selecting words in
 * the draft's text, the notice of a save or load, and axe-core's serious violations.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { poll } from './explorer-session.ts';

/** How long a save and load may take on a busy machine (the server's load transaction allows 120 s). */
const LOADING_MS = 120_000;

/**
 * Waits until the review's notice says `words`: a save or load answers within the server's load
 * timeout, and the notice says "Checking the review and loading it…" until then.
 */
export async function noticeSays(page: Page, words: string): Promise<void> {
  await expect
    .poll(() => page.getByTestId('review-notice').textContent(), {
      timeout: LOADING_MS,
      interval: 200,
    })
    .toContain(words);
}

/** The entry cards in reading order: key, whether current, status, text. */
export async function cards(page: Page) {
  return page.$$eval('[data-testid=review-entry]', (elements) =>
    elements.map((element) => ({
      key: (element as HTMLElement).dataset.entry ?? '',
      current: element.getAttribute('aria-current') === 'true',
      status: (element as HTMLElement).dataset.status ?? '',
      text: element.textContent ?? '',
    })),
  );
}

/**
 * Moves the cursor with j and k to the card whose text holds `words` (or whose key is `{ key }`);
 * returns its key.
 */
export async function goTo(page: Page, target: string | { key: string }): Promise<string> {
  const list = await cards(page);
  const to = list.findIndex((card) =>
    typeof target === 'string' ? card.text.includes(target) : card.key === target.key,
  );
  expect(to, `a card for ${JSON.stringify(target)}`).toBeGreaterThanOrEqual(0);
  const at = list.findIndex((card) => card.current);
  for (let step = 0; step < Math.abs(to - at); step += 1)
    await page.keyboard.press(to > at ? 'j' : 'k');
  await poll(async () => (await cards(page)).find((card) => card.current)?.key).toBe(list[to]!.key);
  return list[to]!.key;
}

/** Accepts, by keyboard, every card still to review. */
export async function acceptRemaining(page: Page): Promise<void> {
  for (;;) {
    const pending = (await cards(page)).find((one) => one.status === 'pending');
    if (!pending) return;
    await goTo(page, { key: pending.key });
    await page.keyboard.press('a');
    await poll(() => card(page, pending.key).getAttribute('data-status')).toBe('accepted');
  }
}

export const card = (page: Page, key: string) =>
  page.locator(`[data-testid=review-entry][data-entry="${key}"]`);

/** Selects `words` in the draft's text, as a reviewer drags over them. */
export async function selectInText(page: Page, words: string): Promise<void> {
  await page.getByTestId('review-text').evaluate((root, words) => {
    for (const piece of root.querySelectorAll<HTMLElement>('[data-start]')) {
      const node = piece.firstChild;
      const at = node?.textContent?.indexOf(words) ?? -1;
      if (!node || at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + words.length);
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      return;
    }
    throw new Error(`"${words}" is not within one piece of the text`);
  }, words);
  await poll(() => page.getByTestId('review-selection').textContent()).toBe(`“${words}”`);
}

/** axe-core's serious and critical violations in the review view. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).include('[data-testid=review-view]').analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id}: ${violation.nodes.map((n) => n.target.join(' ')).join('; ')}`,
    );
}
