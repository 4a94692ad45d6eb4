/**
 * Nodes and relationships as rows of the offline importer's CSV, holding what the transactional
 * bulk writes store (build-writes.ts, relationship-writes.ts) on a node or relationship written
 * once: `id`, the labels of its kind, its properties (strings and string lists), `aliases` and
 * `names` (name then aliases), its dates as DATE values, and its evidence as the four parallel
 * lists `evidenceDocumentIds`, `evidenceQuotes`, `evidenceStarts` and `evidenceEnds`. Pure.
 */
import {
  labelsOf,
  type EvidenceRecord,
  type GraphNode,
  type GraphRelationship,
} from '@policygraph/model';
import { csvArray, csvElement, csvText } from './csv-text.ts';

/** A row: header column to field text. */
export type CsvRow = Record<string, string>;

/** Property names usable as CSV header columns (no `:`, `,`, quote or space). */
const PROPERTY_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** The header columns of the four evidence lists. */
export const EVIDENCE_COLUMNS = [
  'evidenceDocumentIds:string[]',
  'evidenceQuotes:string[]',
  'evidenceStarts:long[]',
  'evidenceEnds:long[]',
] as const;

/** A row and the properties it sets to an empty list, which the importer cannot store. */
export interface RowWithEmptyLists {
  row: CsvRow;
  /** Names of list properties of `properties` that are empty (set after the import). */
  emptyLists: string[];
}

/**
 * The row of `node` (`id:ID`, `:LABEL` and its properties).
 * @throws Error for a property name that cannot be a column; ArrayDelimiterError (csvArray).
 */
export function nodeRow(node: GraphNode, delimiter: string): RowWithEmptyLists {
  const row: CsvRow = {
    'id:ID': csvText(node.id),
    ':LABEL': csvArray(labelsOf(node.kind), delimiter),
  };
  const emptyLists = addProperties(row, node.properties, delimiter, node.entry);
  row['aliases:string[]'] = csvArray(node.aliases, delimiter);
  row['names:string[]'] = csvArray([node.properties.name as string, ...node.aliases], delimiter);
  addDates(row, node.dates, node.entry);
  addEvidence(row, node.evidence, delimiter);
  return { row, emptyLists };
}

/**
 * The row of `relationship` (`:START_ID`, `:END_ID`, `:TYPE`, `id` and its properties).
 * @throws Error for a property name that cannot be a column; ArrayDelimiterError (csvArray).
 */
export function relationshipRow(
  relationship: GraphRelationship,
  delimiter: string,
): RowWithEmptyLists {
  const row: CsvRow = {
    ':START_ID': csvText(relationship.from),
    ':END_ID': csvText(relationship.to),
    ':TYPE': csvText(relationship.type),
    id: csvText(relationship.id),
  };
  const emptyLists = addProperties(row, relationship.properties, delimiter, relationship.entry);
  addDates(row, relationship.dates, relationship.entry);
  addEvidence(row, relationship.evidence, delimiter);
  return { row, emptyLists };
}

function addProperties(
  row: CsvRow,
  properties: Readonly<Record<string, string | readonly string[]>>,
  delimiter: string,
  entry: string,
): string[] {
  const emptyLists: string[] = [];
  for (const [name, value] of Object.entries(properties)) {
    checkName(name, entry);
    if (Array.isArray(value)) {
      row[`${name}:string[]`] = csvArray(value, delimiter);
      if (value.length === 0) emptyLists.push(name);
    } else row[name] = csvText(value as string);
  }
  return emptyLists;
}

function addDates(row: CsvRow, dates: Readonly<Record<string, string>>, entry: string): void {
  // Validated as YYYY-MM-DD calendar dates (validate-graph.ts); written as they are.
  for (const [name, value] of Object.entries(dates)) {
    checkName(name, entry);
    row[`${name}:date`] = value;
  }
}

function addEvidence(row: CsvRow, evidence: readonly EvidenceRecord[], delimiter: string): void {
  const [ids, quotes, starts, ends] = EVIDENCE_COLUMNS;
  if (evidence.length === 0) {
    row[ids] = row[quotes] = row[starts] = row[ends] = '';
    return;
  }
  // csvArray of each of the four lists, in one pass (offsets are integers: nothing to quote).
  let idField = '"';
  let quoteField = '"';
  let startField = '"';
  let endField = '"';
  for (let i = 0; i < evidence.length; i += 1) {
    const record = evidence[i]!;
    const separator = i === 0 ? '' : delimiter;
    idField += separator + csvElement(record.documentId, delimiter);
    quoteField += separator + csvElement(record.quote, delimiter);
    startField += separator + String(record.start);
    endField += separator + String(record.end);
  }
  row[ids] = `${idField}"`;
  row[quotes] = `${quoteField}"`;
  row[starts] = `${startField}"`;
  row[ends] = `${endField}"`;
}

function checkName(name: string, entry: string): void {
  if (!PROPERTY_NAME.test(name))
    throw new Error(
      `${entry}: the property name "${name}" cannot be a column of the offline import.`,
    );
}
