/**
 * Per-request DataLoaders, so nested resolvers batch their look-ups into one Cypher query per
 * kind of look-up and tick instead of one per node. Created afresh for every request (no data is
 * shared between requests).
 */
import DataLoader from 'dataloader';
import { buildAttribution } from '../cypher/attribution.ts';
import { buildDisambiguationFacts } from '../cypher/disambiguation.ts';
import { buildDatasetHeads } from '../cypher/dataset-heads.ts';
import { buildDocumentReviews } from '../cypher/extractions.ts';
import type { StoredReview } from '@policygraph/model';
import type { DisambiguationFacts } from '../disambiguation.ts';
import {
  buildDocumentTexts,
  buildNodesByIds,
  buildRelated,
  type Direction,
} from '../cypher/nodes.ts';
import type { RelationshipTypeValue } from '../model.ts';
import { toNodeRow, toRelationshipRow } from './row-maps.ts';
import type { GraphReader } from './graph-reader.ts';
import type { NodeRow, RelatedRow } from './rows.ts';

/** One row of the attribution query (see cypher/attribution.ts). */
export interface AttributionSourceRow {
  documentId: string;
  firstMention: number;
  outletIds: string[];
  relayed: { id: string; hops: number; outletIds: string[]; citedIds: string[] }[];
}

/** What a document's provenance is read from (cypher/extractions.ts buildDocumentReviews). */
export interface DocumentProvenance {
  /** The review stored on the document node; null for a document written by hand. */
  review: StoredReview | null;
  /** True when the seed loader loaded the document from its own file. */
  seeded: boolean;
}

export interface Loaders {
  /** Node by id (null when there is none). */
  node: DataLoader<string, NodeRow | null>;
  /** Full text of a document by id (null when not held). */
  documentText: DataLoader<string, string | null>;
  /** Neighbours over relationships of the given types and direction; use `related()`. */
  related: DataLoader<string, RelatedRow[]>;
  /** What a statement's attribution chain is built from, per evidence document. */
  attributionSources: DataLoader<string, AttributionSourceRow[]>;
  /** What tells a node apart from its namesakes (null when there is no such node). */
  disambiguationFacts: DataLoader<string, DisambiguationFacts | null>;
  /** A document's review and whether it was loaded from a seed file (null when there is no such document). */
  documentProvenance: DataLoader<string, DocumentProvenance | null>;
  /** The beginning of an imported file's text (null for other documents), for its header row. */
  datasetHead: DataLoader<string, string | null>;
  /**
   * Summaries (cypher/projection.ts SUMMARY_FIELDS) of documents fetched with a subgraph, by id: what
   * `Evidence.document` answers from when its selection needs no more. Never in `node`, which holds
   * whole nodes only.
   */
  summaries: Map<string, NodeRow>;
}

/** Fresh loaders over `reader`, for one request. */
export function createLoaders(reader: GraphReader, signal?: AbortSignal): Loaders {
  const node = new DataLoader<string, NodeRow | null>(async (ids) => {
    const rows = await reader.read(buildNodesByIds(ids), signal);
    const byId = new Map(
      rows.map((row) => [
        String((row.node as { id: string }).id),
        toNodeRow(row.node as Record<string, unknown>),
      ]),
    );
    return ids.map((id) => byId.get(id) ?? null);
  });
  const documentText = new DataLoader<string, string | null>(async (ids) => {
    const rows = await reader.read(buildDocumentTexts(ids), signal);
    const byId = new Map(rows.map((row) => [String(row.id), (row.text as string | null) ?? null]));
    return ids.map((id) => byId.get(id) ?? null);
  });
  const related = new DataLoader<string, RelatedRow[]>(async (keys) => {
    const requests = keys.map((key) => {
      const [id, direction, types] = JSON.parse(key) as [string, Direction, string[]];
      return { key, id, direction, types };
    });
    const rows = await reader.read(buildRelated(requests), signal);
    const byKey = new Map(
      rows.map((row) => [
        String(row.key),
        (
          row.related as { node: Record<string, unknown>; relationship: Record<string, unknown> }[]
        ).map((entry) => ({
          node: toNodeRow(entry.node),
          relationship: toRelationshipRow(entry.relationship),
        })),
      ]),
    );
    for (const entry of byKey.values()) for (const { node: row } of entry) node.prime(row.id, row);
    return keys.map((key) => byKey.get(key) ?? []);
  });
  const attributionSources = new DataLoader<string, AttributionSourceRow[]>(async (ids) => {
    const rows = await reader.read(buildAttribution(ids), signal);
    return ids.map((id) =>
      rows
        .filter((row) => row.statementId === id)
        .map((row) => row as unknown as AttributionSourceRow),
    );
  });
  const disambiguationFacts = new DataLoader<string, DisambiguationFacts | null>(async (ids) => {
    const rows = await reader.read(buildDisambiguationFacts(ids), signal);
    const byId = new Map(
      rows.map((row) => [String(row.id), row as unknown as DisambiguationFacts]),
    );
    return ids.map((id) => byId.get(id) ?? null);
  });
  const documentProvenance = new DataLoader<string, DocumentProvenance | null>(async (ids) => {
    const rows = await reader.read(buildDocumentReviews(ids), signal);
    const byId = new Map(
      rows.map((row) => [
        String(row.id),
        {
          review: typeof row.review === 'string' ? (JSON.parse(row.review) as StoredReview) : null,
          seeded: row.seeded === true,
        },
      ]),
    );
    return ids.map((id) => byId.get(id) ?? null);
  });
  const datasetHead = new DataLoader<string, string | null>(async (ids) => {
    const rows = await reader.read(buildDatasetHeads(ids), signal);
    const byId = new Map(rows.map((row) => [String(row.id), String(row.head)]));
    return ids.map((id) => byId.get(id) ?? null);
  });
  return {
    node,
    documentText,
    related,
    attributionSources,
    disambiguationFacts,
    documentProvenance,
    datasetHead,
    summaries: new Map(),
  };
}

/** Neighbours of node `id` over `types` in `direction`, batched with every other such request. */
export function related(
  loaders: Loaders,
  id: string,
  direction: Direction,
  types: RelationshipTypeValue[],
): Promise<RelatedRow[]> {
  return loaders.related.load(JSON.stringify([id, direction, types]));
}

/** Loads nodes by id, dropping ids that do not exist, keeping order. @throws the first load error. */
export async function loadNodes(loaders: Loaders, ids: readonly string[]): Promise<NodeRow[]> {
  const rows = await loaders.node.loadMany([...ids]);
  const failed = rows.find((row) => row instanceof Error);
  if (failed) throw failed;
  return rows.filter((row): row is NodeRow => row !== null && !(row instanceof Error));
}
