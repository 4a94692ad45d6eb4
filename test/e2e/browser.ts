/**
 * Debian's Chromium (/usr/bin/chromium, installed by scripts/install-chromium.sh) driven by
 * playwright-core, headless, with a fresh user data directory per launch.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** Where the tests leave screenshots and timings (gitignored). */
export const ARTIFACTS = path.join(root, 'test-results', 'e2e');

export interface Browser {
  context: BrowserContext;
  close: () => Promise<void>;
}

/** Launches Chromium with a new profile; `close` ends it and deletes the profile. */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `${CHROMIUM} is missing: run scripts/install-chromium.sh (Debian's chromium package).`,
    );
  }
  mkdirSync(ARTIFACTS, { recursive: true });
  const userDataDir = mkdtempSync(path.join(os.tmpdir(), 'policygraph-e2e-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    viewport: { width: 1440, height: 900 },
    acceptDownloads: true,
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
