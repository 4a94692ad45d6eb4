/**
 * The Neo4j stores of the benchmarks: one home per graph size under the system's temporary folder
 * (`/tmp/policygraph-bench-<size>`), on a Bolt port of its own (7760 + n; `real`, the four real
 * files of ../shared/data imported: 7764), with a larger page cache
 * than the development server. Never the project's `.neo4j` home nor port 7687. A store that is
 * already running is reused; one started here is stopped by `close()` unless kept. `TMPDIR` moves
 * the homes and `BENCH_BOLT_PORT` sets the Bolt port, for a second benchmark on the same machine.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { createDriver, localNeo4jStatus, startLocalNeo4j, stopLocalNeo4j } from '@policygraph/db';
import type { SizeName } from '@policygraph/synthetic';

/** A store: a synthetic size, or `real` (the real files imported, test/bench/client/real-store.ts). */
export type StoreName = SizeName | 'real';

/** Memory of the benchmark server by size: heap and page cache. */
const MEMORY: Record<StoreName, { heap: string; pageCache: string }> = {
  real: { heap: '1g', pageCache: '512m' },
  '1k': { heap: '1g', pageCache: '512m' },
  '10k': { heap: '2g', pageCache: '2g' },
  '100k': { heap: '2g', pageCache: '3g' },
  '1m': { heap: '3g', pageCache: '6g' },
};
const PORTS: Record<StoreName, number> = {
  '1k': 7760,
  '10k': 7761,
  '100k': 7762,
  '1m': 7763,
  real: 7764,
};

/** What a loaded store holds, written beside it after a successful load. */
export interface LoadedMarker {
  size: StoreName;
  seed: number;
  nodes: number;
  relationships: number;
  loadedAt: string;
}

export interface BenchStore {
  size: StoreName;
  home: string;
  uri: string;
  driver: Driver;
  /** The memory settings it runs with. */
  memory: { heap: string; pageCache: string };
  /** True when this process started it. */
  startedHere: boolean;
  /** The marker of the graph it holds, or null. */
  marker(): LoadedMarker | null;
  writeMarker(marker: LoadedMarker): void;
  /** Closes the driver and stops the server when started here (unless `keep`). */
  close(keep?: boolean): Promise<void>;
}

/** Home folder of the store of `size`. */
export function storeHome(size: StoreName): string {
  return path.join(os.tmpdir(), `policygraph-bench-${size}`);
}

/**
 * Opens (starting if need be) the store of `size`. With `fresh`, a running server is stopped and
 * its data deleted first.
 */
export async function openStore(
  size: StoreName,
  options: { fresh?: boolean; keep?: boolean; log?: (line: string) => void } = {},
): Promise<BenchStore> {
  const home = storeHome(size);
  const markerFile = path.join(home, 'policygraph-loaded.json');
  const memory = MEMORY[size];
  if (options.fresh) {
    await stopLocalNeo4j(home);
    rmSync(home, { recursive: true, force: true });
  }
  const running = localNeo4jStatus(home);
  let uri: string;
  let stop: (() => Promise<void>) | null = null;
  if (running) {
    uri = `bolt://127.0.0.1:${running.boltPort}`;
    options.log?.(`Reusing the Neo4j of ${home} (pid ${running.pid}, ${uri}).`);
  } else {
    const server = await startLocalNeo4j({
      home,
      boltPort: Number(process.env.BENCH_BOLT_PORT) || PORTS[size],
      ...memory,
      detached: options.keep ?? false,
      // A shared machine under load can take minutes to start a large store.
      timeoutMs: 600_000,
      log: options.log ?? (() => {}),
    });
    uri = server.uri;
    stop = () => server.stop();
    options.log?.(
      `Started Neo4j for ${size} in ${home} (${uri}, heap ${memory.heap}, page cache ${memory.pageCache}) in ${(server.startupMs / 1000).toFixed(1)} s.`,
    );
  }
  const driver = createDriver({ uri, local: true }, { maxConnectionPoolSize: 200 });
  return {
    size,
    home,
    uri,
    driver,
    memory,
    startedHere: stop !== null,
    marker: () =>
      existsSync(markerFile)
        ? (JSON.parse(readFileSync(markerFile, 'utf8')) as LoadedMarker)
        : null,
    writeMarker: (marker) => writeFileSync(markerFile, `${JSON.stringify(marker, null, 2)}\n`),
    close: async (keep = options.keep ?? false) => {
      await driver.close();
      if (stop && !keep) await stop();
    },
  };
}

/** Node and relationship counts of the store (from Neo4j's count store: constant time). */
export async function storeCounts(
  driver: Driver,
): Promise<{ nodes: number; relationships: number }> {
  const { records } = await driver.executeQuery(
    'CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships',
  );
  return {
    nodes: Number(records[0]!.get('nodes')),
    relationships: Number(records[0]!.get('relationships')),
  };
}
