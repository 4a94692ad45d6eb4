/**
 * The explorer when the database does not answer: every request says so with the server's error
 * code and a Retry button, and the page stays usable (never blank).
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, launchBrowser, type Browser } from './browser.ts';
import { startStackWithoutDatabase, type ExplorerStack } from './explorer-stack.ts';

const poll = <T>(read: () => T | Promise<T>) =>
  expect.poll(read, { timeout: 20_000, interval: 100 });

let stack: ExplorerStack;
let browser: Browser;

beforeAll(async () => {
  stack = await startStackWithoutDatabase();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await stack?.close();
});

describe('explorer without a database', () => {
  it('shows the error with its code and a retry wherever a request fails', async () => {
    const page = await browser.context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    // A shared link: restoring its nodes fails.
    await page.goto(`${stack.baseUrl}/?n=mofcom&sel=n%3Amofcom`);
    const graphAlert = page.locator('.graph-overlay-top [role="alert"]');
    await poll(() => graphAlert.textContent()).toContain('DATABASE_UNAVAILABLE');
    await expect(graphAlert.getByRole('button', { name: 'Retry' }).isVisible()).resolves.toBe(true);
    // Retrying while the database is still down fails the same way, and the page stays.
    await graphAlert.getByRole('button', { name: 'Retry' }).click();
    await poll(() => graphAlert.textContent()).toContain('DATABASE_UNAVAILABLE');
    // The URL keeps the shared view, so a reload once the database is back restores it.
    expect(new URL(page.url()).searchParams.getAll('n')).toEqual(['mofcom']);

    await page.getByRole('combobox', { name: /Search/ }).fill('MOFCOM');
    await poll(() => page.getByRole('listbox').textContent()).toContain('Search failed');
    expect(await page.getByRole('listbox').textContent()).toContain('DATABASE_UNAVAILABLE');
    await page.getByRole('combobox', { name: /Search/ }).press('Escape');

    await page.getByRole('tab', { name: 'Who said what' }).click();
    const panelAlert = page.getByTestId('statements-panel').getByRole('alert');
    await poll(() => panelAlert.textContent()).toContain('DATABASE_UNAVAILABLE');
    await expect(panelAlert.getByRole('button', { name: 'Retry' }).isVisible()).resolves.toBe(true);

    await page.screenshot({ path: path.join(ARTIFACTS, 'database-unavailable.png') });
    expect(pageErrors).toEqual([]);
    await page.close();
  });
});
