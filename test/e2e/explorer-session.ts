/**
 * One explorer session for an end-to-end test file: the built client served by the real server
 * over the seeded Neo4j (explorer-stack.ts) and a headless Chromium (browser.ts), started before
 * the file's tests and closed after them, with what those tests share: opening pages (their
 * errors collected), asking the live API for expected values, and choosing a search suggestion.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { readViewLink, type UrlState } from '@policygraph/client';
import { launchBrowser, type Browser } from './browser.ts';
import { startExplorerStack, type ExplorerStack, type StackOptions } from './explorer-stack.ts';

/** The repository's root folder. */
export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** A search hit's node as the API gives it. */
export interface HitNode {
  id: string;
  kind: string;
  name: string;
  country?: string | null;
}

/**
 * Polls `read` until the assertion holds, for up to 60 s: pages wait on a real server, and on a
 * busy machine (CI shares its cores with Neo4j and Chromium) one answer has taken over 15 s.
 */
export const poll = <T>(read: () => T | Promise<T>) =>
  expect.poll(read, { timeout: 60_000, interval: 100 });

/** The view a page's address carries (its `#view=` fragment, or an old query string), as the explorer reads it. */
export function linkView(address: string): UrlState {
  return readViewLink(new URL(address)).url;
}

/** Types `text` in the search box and chooses the suggestion of kind `kindLabel` (as the badge says). */
export async function searchAndChoose(page: Page, text: string, kindLabel: string): Promise<void> {
  await page.getByRole('combobox', { name: /Search/ }).fill(text);
  const option = page.getByTestId('search-suggestion').filter({ hasText: kindLabel }).first();
  await option.waitFor();
  await option.click();
}

/** What a test file gets from explorerSession(). */
export interface ExplorerSession {
  /** The running stack (set once beforeAll has run). */
  stack: () => ExplorerStack;
  /** Messages of uncaught errors in every page opened through openPage. */
  pageErrors: string[];
  /** A new page at the explorer's URL with `query` (e.g. `?n=mofcom`). */
  openPage: (query?: string) => Promise<Page>;
  /** The first search hit for `text` of node kind `kind`, from the live API. @throws Error when none. */
  searchHit: (text: string, kind: string) => Promise<HitNode>;
  /** The sorted node ids of `id`'s depth-1 neighbourhood (limit 150), from the live API. */
  neighbourhoodIds: (id: string) => Promise<string[]>;
}

/** Registers the stack and browser of the calling test file (beforeAll / afterAll); `options` of the stack. */
export function explorerSession(options: StackOptions = {}): ExplorerSession {
  let stack: ExplorerStack;
  let browser: Browser;
  const pageErrors: string[] = [];
  beforeAll(async () => {
    stack = await startExplorerStack(options);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });
  return {
    stack: () => stack,
    pageErrors,
    async openPage(query = '') {
      const page = await browser.context.newPage();
      page.on('pageerror', (error) => pageErrors.push(error.message));
      await page.goto(`${stack.baseUrl}/${query}`);
      return page;
    },
    async searchHit(text, kind) {
      const data = await stack.graphql<{ search: { node: HitNode }[] }>(
        'query($text: String!) { search(text: $text, first: 20) { node { id kind name ... on Actor { country } } } }',
        { text },
      );
      const hit = data.search.find((candidate) => candidate.node.kind === kind);
      if (!hit) throw new Error(`search "${text}" found no ${kind}`);
      return hit.node;
    },
    async neighbourhoodIds(id) {
      const data = await stack.graphql<{ neighborhood: { nodes: { id: string }[] } }>(
        'query($ids: [ID!]!) { neighborhood(ids: $ids, depth: 1, limit: 150) { nodes { id } relationships { id } } }',
        { ids: [id] },
      );
      return data.neighborhood.nodes.map((node) => node.id).sort();
    },
  };
}
