/**
 * A first load through Neo4j's offline importer: the documents are validated and written as CSV
 * into a temporary folder (write-graph-csv.ts), `neo4j-admin database import full` replaces the
 * empty store of a stopped local Neo4j with them (@policygraph/db startOfflineImporter: its JVM
 * starts before the CSV pass and waits for the file list, so its start overlaps the pass), and once
 * the server runs on the store, finishOfflineLoad checks the counts, creates every constraint and
 * index and sets the few empty lists the data model does not read as absent (finish-load.ts). The temporary folder is removed
 * either way.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startOfflineImporter, type StartedImporter } from '@policygraph/db';
import type { ValidatedDocument } from '@policygraph/model';
import { SeedValidationError } from '@policygraph/graph-seed';
import { DEFAULT_CHUNK_NODES } from '../bulk-load.ts';
import { ArrayDelimiterError, chooseArrayDelimiter } from './csv-text.ts';
import type { CsvGroup } from './csv-files.ts';
import { writeGraphCsv, type GraphCsv } from './write-graph-csv.ts';

export interface OfflineLoadOptions {
  /** Neo4j home whose (stopped) store is replaced; default the built-in server's. */
  home?: string;
  /** Nodes per validated chunk (as bulkLoad's, for the same messages). @default DEFAULT_CHUNK_NODES */
  chunkNodes?: number;
  /** Folder the temporary CSV folder is made in. @default the system's temporary folder */
  tempDir?: string;
  /** Importer JVM heap and off-heap memory (see @policygraph/db importIntoLocalStore). */
  heap?: string;
  offHeap?: string;
  log?: (line: string) => void;
}

/** What an offline load did; times in milliseconds. */
export interface OfflineLoadSummary {
  documents: number;
  chunks: number;
  nodes: number;
  relationships: number;
  /** Validation alone, within the CSV pass. */
  validateMs: number;
  /** Generating, validating and writing the CSV files (one pass). */
  csvMs: number;
  /** `neo4j-admin database import full`. */
  importMs: number;
  /** The array delimiter used (U+001F unless a value held it). */
  arrayDelimiter: string;
  /** What finishOfflineLoad checks (the counts written) and sets once the server runs. */
  pending: { nodes: number; relationships: number; emptyNodeLists: GraphCsv['emptyNodeLists'] };
}

/**
 * Validates `source()` and imports it into the store of the stopped local Neo4j of `home`, which
 * must hold no data (it is replaced). Start the server on it afterwards and call finishOfflineLoad.
 * @throws SeedValidationError (nothing written, the store untouched); RepeatedEntryError when the
 *   documents state an entry twice (use bulkLoad); DbError STORE_LOCKED (server running) or
 *   IMPORT_FAILED (the store as it was).
 */
export async function offlineLoad(
  source: () => Iterable<ValidatedDocument>,
  options: OfflineLoadOptions = {},
): Promise<OfflineLoadSummary> {
  const dir = mkdtempSync(path.join(options.tempDir ?? os.tmpdir(), 'policygraph-import-'));
  let importer: StartedImporter | undefined;
  try {
    importer = await startOfflineImporter({
      home: options.home,
      heap: options.heap,
      log: options.log,
    });
    const seen = new Set<string>();
    const started = performance.now();
    for (;;) {
      const delimiter = chooseArrayDelimiter(seen);
      const files = path.join(dir, String(seen.size));
      mkdirSync(files);
      let written;
      try {
        written = await writeGraphCsv(source(), files, {
          delimiter,
          chunkNodes: options.chunkNodes ?? DEFAULT_CHUNK_NODES,
        });
      } catch (error) {
        if (!(error instanceof ArrayDelimiterError)) throw error;
        options.log?.(
          `A value holds the array delimiter U+${delimiter.codePointAt(0)!.toString(16)}; writing again with another.`,
        );
        seen.add(delimiter);
        rmSync(files, { recursive: true, force: true });
        continue;
      }
      if (written.csv === null) throw new SeedValidationError(written.problems);
      const { csv } = written;
      const csvMs = performance.now() - started;
      options.log?.(
        `Validated and wrote ${csv.nodeCount} nodes and ${csv.relationshipCount} relationships as CSV in ${(csvMs / 1000).toFixed(1)} s; importing.`,
      );
      const paths = (groups: CsvGroup[]) => groups.map((group) => [group.header, group.data]);
      const imported = await importer.run({
        nodes: paths(csv.nodes),
        relationships: paths(csv.relationships),
        arrayDelimiter: delimiter,
        offHeap: options.offHeap,
      });
      return {
        documents: csv.documents,
        chunks: csv.chunks,
        nodes: csv.nodeCount,
        relationships: csv.relationshipCount,
        validateMs: csv.validateMs,
        csvMs,
        importMs: imported.ms,
        arrayDelimiter: delimiter,
        pending: {
          nodes: csv.nodeCount,
          relationships: csv.relationshipCount,
          emptyNodeLists: csv.emptyNodeLists,
        },
      };
    }
  } finally {
    importer?.cancel(); // when validation or the CSV pass failed: the JVM is still waiting
    rmSync(dir, { recursive: true, force: true });
  }
}
