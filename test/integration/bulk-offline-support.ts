/**
 * Helpers of bulk-offline.test.ts: a full dump of a database in plain values, and a synthetic
 * graph given text that careless CSV quoting would corrupt.
 */
import neo4j, { isDate, isInt, type Driver } from 'neo4j-driver';
import type { ValidatedDocument } from '@policygraph/model';

/**
 * Every node (id, sorted labels, properties) and relationship, ordered, the index names, and each
 * index's and constraint's definition (name, type, schema, state, owning constraint).
 */
export interface GraphDump {
  nodes: { id: string; labels: string[]; properties: Record<string, unknown> }[];
  relationships: { from: string; type: string; to: string; properties: Record<string, unknown> }[];
  indexes: string[];
  schema: { indexes: Record<string, unknown>[]; constraints: Record<string, unknown>[] };
}

/** The lists the offline importer leaves absent when empty, which the data model reads as `[]`. */
const EMPTY_WHEN_ABSENT = [
  'aliases',
  'evidenceDocumentIds',
  'evidenceQuotes',
  'evidenceStarts',
  'evidenceEnds',
] as const;

/** The nodes of a dump with each absent EMPTY_WHEN_ABSENT list set to `[]` (a copy). */
export function absentListsAsEmpty(nodes: GraphDump['nodes']): GraphDump['nodes'] {
  return nodes.map((node) => {
    const properties = { ...node.properties };
    for (const name of EMPTY_WHEN_ABSENT) properties[name] ??= [];
    return { ...node, properties };
  });
}

/** A node's fields as the explorer asks for them, evidence and disambiguation included. */
export const NODE_ANSWER =
  'id kind name aliases description disambiguation evidence { quote start end document { id } }';

/** A name holding quotes, a backslash, a comma, line breaks and five scripts. */
export const HOSTILE_NAME = 'He said "no", then\\left;\r\nline two: 中文 العربية हिन्दी Ελληνικά 😀';

/** A prefix for a document text, with the same characters. */
const HOSTILE_TEXT = `“Quoted” and "quoted", a\\b, c\n\n— ${HOSTILE_NAME}\n\n`;

/**
 * The documents with the first actor of the first document renamed to HOSTILE_NAME, given aliases
 * holding a quote, a comma, a tab and U+001F (so the importer needs another array delimiter) and
 * evidence quoting hostile text put at the start of its document (every offset into that text
 * moved along). Still valid.
 */
export function withHostileText(documents: ValidatedDocument[]): ValidatedDocument[] {
  const copy = structuredClone(documents);
  const first = copy[0]!;
  const text = first.nodes.find((node) => node.kind === 'DOCUMENT')!;
  text.properties.text = `${HOSTILE_TEXT}${text.properties.text as string}`;
  const shift = HOSTILE_TEXT.length;
  for (const document of copy)
    for (const entry of [...document.nodes, ...document.relationships])
      for (const evidence of entry.evidence)
        if (evidence.documentId === text.id) {
          evidence.start += shift;
          evidence.end += shift;
        }
  const actor = first.nodes.find((node) => node.kind !== 'DOCUMENT')!;
  actor.name = HOSTILE_NAME;
  actor.properties.name = HOSTILE_NAME;
  actor.properties.description = HOSTILE_TEXT;
  actor.aliases = ['"quoted", with a comma', 'tab\tand unit\u001fseparator', '中文'];
  actor.evidence.push({
    documentId: text.id,
    quote: HOSTILE_TEXT.slice(0, HOSTILE_TEXT.length - 2),
    start: 0,
    end: HOSTILE_TEXT.length - 2,
  });
  return copy;
}

/** Reads the whole graph of `database`: plain numbers and ISO dates, nothing driver-specific. */
export async function dumpGraph(driver: Driver, database?: string): Promise<GraphDump> {
  const config = { database, routing: neo4j.routing.READ };
  const nodes = await driver.executeQuery(
    'MATCH (n) RETURN n.id AS id, labels(n) AS labels, properties(n) AS properties ORDER BY id',
    {},
    config,
  );
  const relationships = await driver.executeQuery(
    'MATCH (a)-[r]->(b) RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS properties ORDER BY r.id, from, to',
    {},
    config,
  );
  const indexes = await driver.executeQuery(
    "SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name ORDER BY name",
    {},
    config,
  );
  const indexDefinitions = await driver.executeQuery(
    "SHOW INDEXES YIELD name, type, entityType, labelsOrTypes, properties, state, owningConstraint, options WHERE type <> 'LOOKUP' " +
      'RETURN name, type, entityType, labelsOrTypes, properties, state, owningConstraint, options.indexConfig AS config ORDER BY name',
    {},
    config,
  );
  const constraints = await driver.executeQuery(
    'SHOW CONSTRAINTS YIELD name, type, entityType, labelsOrTypes, properties, ownedIndex ' +
      'RETURN name, type, entityType, labelsOrTypes, properties, ownedIndex ORDER BY name',
    {},
    config,
  );
  return {
    schema: {
      indexes: indexDefinitions.records.map(
        (record) => plain(record.toObject()) as Record<string, unknown>,
      ),
      constraints: constraints.records.map(
        (record) => plain(record.toObject()) as Record<string, unknown>,
      ),
    },
    nodes: nodes.records.map((record) => ({
      id: record.get('id') as string,
      labels: [...(record.get('labels') as string[])].sort(),
      properties: plain(record.get('properties')) as Record<string, unknown>,
    })),
    relationships: relationships.records.map((record) => ({
      from: record.get('from') as string,
      type: record.get('type') as string,
      to: record.get('to') as string,
      properties: plain(record.get('properties')) as Record<string, unknown>,
    })),
    indexes: indexes.records.map((record) => record.get('name') as string),
  };
}

function plain(value: unknown): unknown {
  if (isInt(value)) return value.toNumber();
  if (isDate(value)) return value.toString();
  if (Array.isArray(value)) return value.map(plain);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, plain(item)]));
  return value;
}
