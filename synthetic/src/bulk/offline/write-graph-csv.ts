/**
 * One pass over a stream of documents for the offline importer: every chunk is validated exactly
 * as bulkLoad validates it (GraphValidator), then its nodes and relationships are written to CSV
 * files in a folder, streaming. What the transactional writes would do across documents is done
 * here too: a measure's `status` is that of its latest REPORTS_STATUS (greatest `asOf`, then
 * greatest id, as buildStatusUpdate orders them), so measures are written last. A stream that
 * states a node or relationship twice (which MERGE would combine) cannot be imported this way.
 */
import type { GraphNode, ValidatedDocument } from '@policygraph/model';
import type { SeedProblem } from '@policygraph/graph-seed';
import { chunkDocuments } from '../chunk-writes.ts';
import { GraphValidator } from '../validate-graph.ts';
import { SegmentedCsv, type CsvGroup } from './csv-files.ts';
import { HashedIdSet } from './hashed-ids.ts';
import { nodeRow, relationshipRow } from './graph-rows.ts';

/** Problems reported at most before validation stops reading. */
const MAX_PROBLEMS = 100;

/** The stream states a node or relationship more than once: load it through transactions. */
export class RepeatedEntryError extends Error {
  constructor(readonly what: string) {
    super(
      `${what} is stated by more than one document; the transactional load merges such entries, the offline importer cannot.`,
    );
    this.name = 'RepeatedEntryError';
  }
}

/** What the pass wrote, and what the import cannot store and must be set afterwards. */
export interface GraphCsv {
  nodes: CsvGroup[];
  relationships: CsvGroup[];
  documents: number;
  chunks: number;
  nodeCount: number;
  relationshipCount: number;
  /**
   * Empty list properties other than `aliases` and the evidence lists (which the data model reads
   * as empty when absent), by node id: property names. The importer stores no empty list, so
   * these are set to [] once the server runs (finishOfflineLoad).
   */
  emptyNodeLists: Map<string, string[]>;
  /** Milliseconds spent in validation, within the pass. */
  validateMs: number;
}

/**
 * Validates and writes `documents` into `dir` with `delimiter` between array elements.
 * @returns the files and counts, or `problems` when validation found any (then the files are
 *   incomplete and must be discarded).
 * @throws RepeatedEntryError; ArrayDelimiterError when a value holds `delimiter`.
 */
export async function writeGraphCsv(
  documents: Iterable<ValidatedDocument>,
  dir: string,
  options: { delimiter: string; chunkNodes: number },
): Promise<{ csv: GraphCsv; problems: [] } | { csv: null; problems: SeedProblem[] }> {
  const { delimiter } = options;
  const validator = new GraphValidator();
  const nodeFiles = new Map<string, SegmentedCsv>();
  const relationshipFiles = new Map<string, SegmentedCsv>();
  const fileOf = (files: Map<string, SegmentedCsv>, prefix: string, name: string) => {
    let file = files.get(name);
    if (!file) files.set(name, (file = new SegmentedCsv(dir, `${prefix}-${name.toLowerCase()}`)));
    return file;
  };
  const relationshipIds = new HashedIdSet();
  const measures: GraphNode[] = [];
  const latestStatus = new Map<string, { asOf?: string; id: string; status?: string }>();
  const csv: GraphCsv = {
    nodes: [],
    relationships: [],
    documents: 0,
    chunks: 0,
    nodeCount: 0,
    relationshipCount: 0,
    emptyNodeLists: new Map(),
    validateMs: 0,
  };
  const problems: SeedProblem[] = [];
  const writeNode = async (node: GraphNode) => {
    const { row, emptyLists } = nodeRow(node, delimiter);
    if (emptyLists.length > 0) csv.emptyNodeLists.set(node.id, emptyLists);
    await fileOf(nodeFiles, 'nodes', node.kind).write(row);
  };

  const closeAll = async () => {
    for (const file of nodeFiles.values()) csv.nodes.push(...(await file.close()));
    for (const file of relationshipFiles.values()) csv.relationships.push(...(await file.close()));
  };
  try {
    await writeAll();
  } catch (error) {
    await closeAll().catch(() => {}); // no file left open behind the error
    throw error;
  }
  await closeAll();
  return problems.length > 0
    ? { csv: null, problems: problems.slice(0, MAX_PROBLEMS) }
    : { csv, problems: [] };

  async function writeAll(): Promise<void> {
    for (const chunk of chunkDocuments(documents, options.chunkNodes)) {
      const validating = performance.now();
      for (const problem of validator.check(chunk)) problems.push(problem);
      csv.validateMs += performance.now() - validating;
      const repeated = validator.repeatedNode;
      if (problems.length > 0) {
        if (problems.length >= MAX_PROBLEMS) break;
        continue; // keep validating, write nothing more
      }
      if (repeated) throw new RepeatedEntryError(`Node "${repeated}"`);
      for (const document of chunk) {
        for (const node of document.nodes) {
          if (node.kind === 'MEASURE') measures.push(node);
          else await writeNode(node);
        }
        for (const relationship of document.relationships) {
          if (!relationshipIds.add(relationship.id))
            throw new RepeatedEntryError(`Relationship "${relationship.id}"`);
          if (relationship.type === 'REPORTS_STATUS') {
            const best = latestStatus.get(relationship.to);
            const candidate = {
              asOf: relationship.dates.asOf,
              id: relationship.id,
              status: relationship.properties.status,
            };
            if (!best || isLater(candidate, best)) latestStatus.set(relationship.to, candidate);
          }
          await fileOf(relationshipFiles, 'relationships', relationship.type).write(
            relationshipRow(relationship, delimiter).row,
          );
        }
        csv.documents += 1;
        csv.nodeCount += document.nodes.length;
        csv.relationshipCount += document.relationships.length;
      }
      csv.chunks += 1;
    }
    if (problems.length === 0) {
      for (const measure of measures) {
        const latest = latestStatus.get(measure.id);
        if (!latest) await writeNode(measure);
        else {
          const properties = { ...measure.properties };
          if (latest.status === undefined) delete properties.status;
          else properties.status = latest.status;
          await writeNode({ ...measure, properties });
        }
      }
    }
  }
}

/**
 * Whether REPORTS_STATUS `a` comes before `b` in `ORDER BY r.asOf DESC, r.id DESC` (a missing
 * `asOf` is null, which sorts first in descending order).
 */
function isLater(a: { asOf?: string; id: string }, b: { asOf?: string; id: string }): boolean {
  if (a.asOf !== b.asOf) {
    if (a.asOf === undefined) return true;
    if (b.asOf === undefined) return false;
    return a.asOf > b.asOf;
  }
  return a.id > b.id;
}
