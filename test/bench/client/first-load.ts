/**
 * The explorer's first load over a slow connection: a first visit (empty cache) to `/` in headless
 * Chromium with the network throttled through the DevTools protocol
 * (`Network.emulateNetworkConditions`: 10 Mbit/s down and up, 40 ms latency), then a search typed
 * as soon as the search box takes input. Measured: the bytes on the wire (encoded, as sent) and
 * their decoded size, by kind of resource, and the milliseconds from navigation until the search
 * box is usable and until the first search suggestion is shown. `runFirstLoadBench` compares the
 * build served as it is now (precompressed copies) with the same build sent uncompressed.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { launchBrowser } from '../../e2e/browser.ts';
import { startApi } from '../stack/servers.ts';

/** The throttled connection: 10 Mbit/s each way, 40 ms latency. */
export const THROTTLE = { downloadMbps: 10, uploadMbps: 10, latencyMs: 40 };

export interface FirstLoadResult {
  /** Bytes as sent (compressed where the server compressed them), by resource type (script, document, ...). */
  wireBytes: Record<string, number>;
  /** The same resources decoded. */
  decodedBytes: Record<string, number>;
  /** Requests made until the first suggestion was shown. */
  requests: number;
  /** Content-Encoding of each script, by file name. */
  scriptEncodings: Record<string, string>;
  /** Milliseconds from navigation until the search box was visible and enabled. */
  searchUsableMs: number;
  /** Milliseconds from navigation until the first suggestion of the search typed at once was shown. */
  firstSuggestionMs: number;
}

interface Resource {
  type: string;
  url: string;
  encoding: string;
  wire: number;
  decoded: number;
}

/** Records every response's type, encoding and sizes from `client`'s Network events. */
function recordResources(client: CDPSession): Map<string, Resource> {
  const resources = new Map<string, Resource>();
  client.on('Network.responseReceived', (event) => {
    const headers = event.response.headers as Record<string, string>;
    const encoding = Object.entries(headers).find(
      ([name]) => name.toLowerCase() === 'content-encoding',
    )?.[1];
    resources.set(event.requestId, {
      type: String(event.type).toLowerCase(),
      url: event.response.url,
      encoding: encoding ?? 'identity',
      wire: 0,
      decoded: 0,
    });
  });
  client.on('Network.dataReceived', (event) => {
    const resource = resources.get(event.requestId);
    if (resource) resource.decoded += event.dataLength;
  });
  client.on('Network.loadingFinished', (event) => {
    const resource = resources.get(event.requestId);
    if (resource) resource.wire = event.encodedDataLength;
  });
  return resources;
}

async function firstSuggestion(
  page: Page,
  text: string,
): Promise<{ usable: number; suggestion: number }> {
  const box = page.getByRole('combobox', { name: /Search/ });
  await box.waitFor({ state: 'visible', timeout: 120_000 });
  await page.waitForFunction(
    () => {
      const input = document.querySelector<HTMLInputElement>('[role="combobox"]');
      return !!input && !input.disabled;
    },
    null,
    { timeout: 120_000, polling: 10 },
  );
  const usable = await page.evaluate(() => performance.now());
  await box.fill(text);
  await page.getByTestId('search-suggestion').first().waitFor({ timeout: 120_000 });
  const suggestion = await page.evaluate(() => performance.now());
  return { usable, suggestion };
}

/** Measures one first visit of `baseUrl` (the explorer at `/`), searching for `text`. */
export async function measureFirstLoad(baseUrl: string, text: string): Promise<FirstLoadResult> {
  const browser = await launchBrowser();
  try {
    const page = await browser.context.newPage();
    const client = await browser.context.newCDPSession(page);
    await client.send('Network.enable');
    await client.send('Network.setCacheDisabled', { cacheDisabled: true });
    await client.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: THROTTLE.latencyMs,
      downloadThroughput: (THROTTLE.downloadMbps * 1_000_000) / 8,
      uploadThroughput: (THROTTLE.uploadMbps * 1_000_000) / 8,
    });
    const resources = recordResources(client);
    await page.goto(baseUrl, { waitUntil: 'commit' });
    const { usable, suggestion } = await firstSuggestion(page, text);
    const wireBytes: Record<string, number> = {};
    const decodedBytes: Record<string, number> = {};
    const scriptEncodings: Record<string, string> = {};
    for (const resource of resources.values()) {
      wireBytes[resource.type] = (wireBytes[resource.type] ?? 0) + resource.wire;
      decodedBytes[resource.type] = (decodedBytes[resource.type] ?? 0) + resource.decoded;
      if (resource.type === 'script')
        scriptEncodings[resource.url.split('/').pop()!] = resource.encoding;
    }
    wireBytes.total = Object.values(wireBytes).reduce((sum, bytes) => sum + bytes, 0);
    decodedBytes.total = Object.values(decodedBytes).reduce((sum, bytes) => sum + bytes, 0);
    return {
      wireBytes,
      decodedBytes,
      requests: resources.size,
      scriptEncodings,
      searchUsableMs: Math.round(usable),
      firstSuggestionMs: Math.round(suggestion),
    };
  } finally {
    await browser.close();
  }
}

/** One build served two ways, measured in turns. */
export interface FirstLoadComparison {
  throttle: typeof THROTTLE;
  rounds: number;
  /** The build as served now: precompressed copies sent to browsers that accept them. */
  compressed: FirstLoadResult[];
  /** The same build without its compressed copies (every file sent as it is, as before). */
  uncompressed: FirstLoadResult[];
}

/**
 * The first load of the build in `dist`, served by our API over `neo4jUri`, against the same build
 * without its `.br` and `.gz` copies, `rounds` times each, taking turns.
 */
export async function runFirstLoadBench(
  neo4jUri: string,
  dist: string,
  options: { rounds: number; log: (line: string) => void },
): Promise<FirstLoadComparison> {
  const plain = mkdtempSync(path.join(os.tmpdir(), 'policygraph-dist-plain-'));
  cpSync(dist, plain, { recursive: true, filter: (source) => !/\.(br|gz)$/.test(source) });
  const servers = {
    compressed: await startApi(neo4jUri, { CLIENT_DIST: dist }),
    uncompressed: await startApi(neo4jUri, { CLIENT_DIST: plain }),
  };
  const result: FirstLoadComparison = {
    throttle: THROTTLE,
    rounds: options.rounds,
    compressed: [],
    uncompressed: [],
  };
  try {
    for (let round = 0; round < options.rounds; round += 1) {
      const forms =
        round % 2 === 0
          ? (['compressed', 'uncompressed'] as const)
          : (['uncompressed', 'compressed'] as const);
      for (const form of forms) {
        const measured = await measureFirstLoad(
          servers[form].url.replace(/\/graphql$/, '/'),
          'Commerce',
        );
        result[form].push(measured);
        options.log(
          `First load (${form}): ${Math.round(measured.wireBytes.total! / 1024)} kB on the wire (${Math.round(measured.decodedBytes.total! / 1024)} kB decoded), search usable at ${measured.searchUsableMs} ms, first suggestion at ${measured.firstSuggestionMs} ms`,
        );
      }
    }
  } finally {
    await servers.compressed.stop();
    await servers.uncompressed.stop();
    rmSync(plain, { recursive: true, force: true });
  }
  return result;
}
