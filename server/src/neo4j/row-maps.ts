/**
 * Maps the plain records of the Cypher projections (cypher/projection.ts), already converted by
 * @policygraph/model's `toPlain` at the one boundary (graph-reader.ts), into the rows the resolvers
 * are typed against (rows.ts): evidence lists zipped into EvidenceRows, a node's or relationship's
 * own fields apart from its other properties.
 */
import type { EvidenceRow, NodeRow, RelationshipRow } from './rows.ts';
import type { NodeKindValue, RelationshipTypeValue } from '../model.ts';

const NODE_CORE = new Set([
  'id',
  'kind',
  'name',
  'aliases',
  'description',
  'hasText',
  'text',
  'evidenceDocumentIds',
  'evidenceQuotes',
  'evidenceStarts',
  'evidenceEnds',
]);

/** Zips the four evidence lists of a node or relationship (already plain, with its `id`) into rows. */
export function evidenceRows(props: Record<string, unknown>): EvidenceRow[] {
  const ownerId = String(props.id);
  const ids = (props.evidenceDocumentIds as string[] | null) ?? [];
  const quotes = (props.evidenceQuotes as string[] | null) ?? [];
  const starts = (props.evidenceStarts as number[] | null) ?? [];
  const ends = (props.evidenceEnds as number[] | null) ?? [];
  return ids.map((documentId, i) => ({
    documentId,
    quote: quotes[i] ?? '',
    start: starts[i] ?? 0,
    end: ends[i] ?? 0,
    ownerId,
  }));
}

/** A node map from a Cypher projection (see cypher/projection.ts), already plain, as a NodeRow. */
export function toNodeRow(map: Record<string, unknown>): NodeRow {
  const properties: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(map)) if (!NODE_CORE.has(key)) properties[key] = value;
  return {
    id: String(map.id),
    kind: map.kind as NodeKindValue,
    name: String(map.name ?? map.title ?? map.id),
    aliases: (map.aliases as string[] | null) ?? [],
    description: (map.description as string | null) ?? null,
    evidence: evidenceRows(map),
    properties,
    hasText: map.hasText === true,
  };
}

const RELATIONSHIP_CORE = new Set([
  'id',
  'type',
  'source',
  'target',
  'role',
  'status',
  'asOf',
  'evidenceDocumentIds',
  'evidenceQuotes',
  'evidenceStarts',
  'evidenceEnds',
]);

/** A relationship map from a Cypher projection (see cypher/projection.ts), already plain. */
export function toRelationshipRow(map: Record<string, unknown>): RelationshipRow {
  const properties: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(map))
    if (!RELATIONSHIP_CORE.has(key)) properties[key] = value;
  return {
    properties,
    id: String(map.id),
    type: map.type as RelationshipTypeValue,
    source: String(map.source),
    target: String(map.target),
    evidence: evidenceRows(map),
    role: (map.role as string | null) ?? null,
    status: (map.status as string | null) ?? null,
    asOf: (map.asOf as string | null) ?? null,
  };
}
