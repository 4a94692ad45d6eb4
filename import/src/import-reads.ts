/**
 * Typed readers of what an import reads from Neo4j: each query's rows are checked against a zod
 * shape once, where they are read, so the planner and the decisions get plain typed values
 * (integers as numbers). A row of another shape is a programming error (the query and its reader
 * disagree) and is reported with the query's name.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import { z } from 'zod';
import { ACTOR_KINDS, toNumber, type CypherQuery } from '@policygraph/model';

const integer = z.unknown().transform((value) => toNumber(value));
const strings = z.array(z.string());

/** Rows of ACTORS_QUERY: an actor as the merge rules see it (merge-rules.ts KnownActor). */
export const KNOWN_ACTOR_ROW = z.object({
  id: z.string(),
  kind: z.enum(ACTOR_KINDS),
  name: z.string(),
  aliases: strings,
  primaryNames: strings,
  country: z.string().nullable(),
  description: z.string().nullable(),
  wikidataId: z.string().nullable(),
  datasets: strings,
  rows: strings,
});
/** Rows of buildVersionsQuery: an earlier import's DATASET document and its as-of day. */
export const VERSION_ROW = z.object({ id: z.string(), asOf: z.string() });
/** The row of buildStoredProvenanceQuery. */
export const STORED_PROVENANCE_ROW = z.object({
  title: z.string().nullable(),
  origin: z.string().nullable(),
  licence: z.string().nullable(),
  attribution: z.string().nullable(),
  url: z.string().nullable(),
});
/** The one row of TAKEN_IDS_QUERY. */
export const IDS_ROW = z.object({ ids: strings });
/** Rows that give one id (existing listings, delisted and reappeared listings). */
export const ID_ROW = z.object({ id: z.string() });
/** Rows of buildKindConflictQuery (@policygraph/model): a stored node whose kind differs from the planned one. */
export const KIND_CONFLICT_ROW = z.object({
  id: z.string(),
  existing: z.string(),
  wanted: z.string(),
});
/** The one row of buildDelistingPreview. */
export const DELISTING_PREVIEW_ROW = z.object({ inForce: integer, absent: integer });
/** Rows of buildTouchedQuery. */
export const TOUCHED_ROW = z.object({
  key: z.string(),
  labels: strings,
  properties: z.record(z.string(), z.unknown()),
});

/**
 * Runs `query` in `tx` and reads every row with `shape`.
 * @throws Error naming `name` and the first mismatch when a row has another shape.
 */
export async function readRows<Shape extends z.ZodType>(
  tx: ManagedTransaction,
  name: string,
  query: CypherQuery,
  shape: Shape,
): Promise<z.output<Shape>[]> {
  const result = await tx.run(query.cypher, query.params);
  return result.records.map((record, i) => {
    const parsed = shape.safeParse(record.toObject());
    if (!parsed.success)
      throw new Error(
        `${name}: row ${i + 1} has an unexpected shape: ${parsed.error.issues[0]?.path.join('.')} ${parsed.error.issues[0]?.message}`,
      );
    return parsed.data;
  });
}
