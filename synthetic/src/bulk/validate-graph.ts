/**
 * Validation of graph records before a bulk load: what readSeedDocuments guarantees for YAML
 * files, checked on documents that arrive already built (the synthetic generator, other
 * producers). Problems carry the document (`file`), the node or relationship (`entry`) and the
 * field, with the codes of problems.ts.
 */
import {
  isCalendarDate,
  DATE_PRECISIONS,
  DOCUMENT_TYPES,
  ITEM_TYPES,
  MEASURE_STATUSES,
  MEASURE_TYPES,
  NODE_DATE_PROPERTIES,
  NODE_KINDS,
  STATEMENT_FORMS,
  type NodeKind,
  RELATIONSHIP_DATE_PROPERTIES,
  RELATIONSHIP_RULES,
  RELATIONSHIP_TYPES,
  describeKinds,
  relationshipId,
  type EvidenceRecord,
  type GraphNode,
  type GraphRelationship,
  type ValidatedDocument,
} from '@policygraph/model';
import { ProblemList, type SeedProblem } from '@policygraph/graph-seed';

/** Longest id accepted (the API refuses longer ids). */
const MAX_ID_LENGTH = 200;

/** Allowed values of the enumerated properties, by property name. */
const ENUMS: Record<string, readonly string[]> = {
  status: MEASURE_STATUSES,
  itemType: ITEM_TYPES,
  form: STATEMENT_FORMS,
  documentType: DOCUMENT_TYPES,
  datePrecision: DATE_PRECISIONS,
};

/**
 * Checks chunks of documents in load order. Ids of nodes in chunks checked before count as
 * stored, so a relationship may point to a node of an earlier chunk.
 */
export class GraphValidator {
  private readonly known = new Map<string, NodeKind>();

  /** Node ids accepted so far and their kinds. */
  get knownNodes(): ReadonlyMap<string, NodeKind> {
    return this.known;
  }

  /** The problems of `chunk` (empty when it is valid); its nodes become known either way. */
  check(chunk: readonly ValidatedDocument[]): SeedProblem[] {
    const local = new Map<string, NodeKind>();
    const texts = new Map<string, string>();
    const problems: SeedProblem[] = [];
    for (const document of chunk) {
      const list = new ProblemList(document.file);
      const ids = new Set<string>();
      for (const node of document.nodes) {
        this.checkNode(node, list, ids, local);
        if (node.kind === 'DOCUMENT' && typeof node.properties.text === 'string')
          texts.set(node.id, node.properties.text);
      }
      for (const problem of list.items) problems.push(problem);
    }
    for (const document of chunk) {
      const list = new ProblemList(document.file);
      for (const node of document.nodes) {
        this.checkEvidence(
          node.evidence,
          texts,
          list,
          node.entry,
          node.kind === 'STATEMENT' || node.kind === 'DOCUMENT',
        );
        if (
          node.kind === 'STATEMENT' &&
          !node.evidence.some((e) => e.quote === node.properties.quote)
        ) {
          list.add(
            'QUOTE_NOT_FOUND',
            node.entry,
            'quote',
            'the statement has no evidence whose quote is its `quote`.',
          );
        }
      }
      const relationshipIds = new Set<string>();
      for (const relationship of document.relationships) {
        this.checkRelationship(relationship, local, list, relationshipIds);
        this.checkEvidence(relationship.evidence, texts, list, relationship.entry, false);
      }
      for (const problem of list.items) problems.push(problem);
    }
    for (const [id, kind] of local) this.known.set(id, kind);
    return problems;
  }

  private checkNode(
    node: GraphNode,
    list: ProblemList,
    ids: Set<string>,
    local: Map<string, NodeKind>,
  ): void {
    const { entry } = node;
    if (typeof node.id !== 'string' || node.id.length === 0 || node.id.length > MAX_ID_LENGTH) {
      list.add('SCHEMA', entry, 'id', `an id is a string of 1 to ${MAX_ID_LENGTH} characters.`);
      return;
    }
    if (!NODE_KINDS.includes(node.kind)) {
      list.add(
        'SCHEMA',
        entry,
        'kind',
        `"${String(node.kind)}" is not a node kind (${NODE_KINDS.join(', ')}).`,
      );
      return;
    }
    if (ids.has(node.id))
      list.add('DUPLICATE_ID', entry, 'id', `"${node.id}" is declared twice in this document.`);
    ids.add(node.id);
    const earlier = local.get(node.id) ?? this.known.get(node.id);
    if (earlier && earlier !== node.kind) {
      list.add(
        'CONFLICTING_DEFINITION',
        entry,
        'kind',
        `"${node.id}" is ${earlier} elsewhere, ${node.kind} here.`,
      );
    }
    local.set(node.id, node.kind);
    if (typeof node.name !== 'string' || node.name.trim() === '')
      list.add('SCHEMA', entry, 'name', 'a node needs a name.');
    if (node.properties.kind !== node.kind || node.properties.name !== node.name) {
      list.add(
        'SCHEMA',
        entry,
        'properties',
        'the `kind` and `name` properties must equal the node kind and name.',
      );
    }
    if (
      !Array.isArray(node.aliases) ||
      node.aliases.some((alias) => typeof alias !== 'string' || alias === '')
    ) {
      list.add('SCHEMA', entry, 'aliases', 'aliases are non-empty strings.');
    }
    for (const [property, allowed] of Object.entries(ENUMS)) {
      const value = node.properties[property];
      if (value !== undefined && !allowed.includes(value as string)) {
        list.add(
          'SCHEMA',
          entry,
          property,
          `"${String(value)}" is not one of ${allowed.join(', ')}.`,
        );
      }
    }
    const types = node.properties.measureTypes;
    if (
      types !== undefined &&
      (!Array.isArray(types) ||
        types.some((type) => !(MEASURE_TYPES as readonly string[]).includes(type)))
    ) {
      list.add(
        'SCHEMA',
        entry,
        'measureTypes',
        `measure types are among ${MEASURE_TYPES.join(', ')}.`,
      );
    }
    checkDates(node.dates, NODE_DATE_PROPERTIES[node.kind] ?? [], list, entry);
  }

  private checkRelationship(
    relationship: GraphRelationship,
    local: ReadonlyMap<string, NodeKind>,
    list: ProblemList,
    ids: Set<string>,
  ): void {
    const { entry, field } = relationship;
    if (!RELATIONSHIP_TYPES.includes(relationship.type)) {
      list.add(
        'SCHEMA',
        entry,
        'type',
        `"${String(relationship.type)}" is not a relationship type.`,
      );
      return;
    }
    const rule = RELATIONSHIP_RULES[relationship.type];
    const ends: [string, readonly NodeKind[], string][] = [
      [relationship.from, rule.from, 'source'],
      [relationship.to, rule.to, 'target'],
    ];
    for (const [id, allowed, end] of ends) {
      const kind = local.get(id) ?? this.known.get(id);
      if (!kind)
        list.add(
          'UNKNOWN_REFERENCE',
          entry,
          field,
          `${relationship.type}: unknown ${end} id "${id}"; it is in no document loaded before or with this one.`,
        );
      else if (!allowed.includes(kind))
        list.add(
          'WRONG_KIND',
          entry,
          field,
          `${relationship.type}: its ${end} must be ${describeKinds(allowed)}, but "${id}" is ${kind}.`,
        );
    }
    const properties = relationship.properties;
    const expectedId = relationshipId(relationship.from, relationship.type, relationship.to, {
      role: properties.role,
      status: properties.status,
      asOf: relationship.dates.asOf,
    });
    if (relationship.id !== expectedId)
      list.add('SCHEMA', entry, 'id', `the id must be "${expectedId}".`);
    if (ids.has(relationship.id))
      list.add(
        'DUPLICATE_RELATIONSHIP',
        entry,
        field,
        `relationship ${relationship.id} is stated twice in this document.`,
      );
    ids.add(relationship.id);
    if (relationship.evidence.length === 0)
      list.add('SCHEMA', entry, 'evidence', 'every relationship needs evidence.');
    if (properties.status !== undefined && !MEASURE_STATUSES.includes(properties.status as never)) {
      list.add(
        'SCHEMA',
        entry,
        'status',
        `"${properties.status}" is not one of ${MEASURE_STATUSES.join(', ')}.`,
      );
    }
    checkDates(
      relationship.dates,
      RELATIONSHIP_DATE_PROPERTIES[relationship.type] ?? [],
      list,
      entry,
    );
  }

  private checkEvidence(
    evidence: readonly EvidenceRecord[],
    texts: ReadonlyMap<string, string>,
    list: ProblemList,
    entry: string,
    required: boolean,
  ): void {
    if (required && evidence.length === 0)
      list.add('SCHEMA', entry, 'evidence', 'needs at least one piece of evidence.');
    evidence.forEach((record, index) => {
      const field = `evidence[${index}]`;
      const text = texts.get(record.documentId);
      if (text === undefined) {
        list.add(
          'TEXT_NOT_FOUND',
          entry,
          field,
          `document "${record.documentId}" with its text is not loaded with this one.`,
        );
      } else if (
        !Number.isInteger(record.start) ||
        !Number.isInteger(record.end) ||
        record.start < 0 ||
        record.end <= record.start ||
        record.end > text.length
      ) {
        list.add(
          'QUOTE_NOT_FOUND',
          entry,
          field,
          `offsets ${record.start}..${record.end} are outside the text of "${record.documentId}" (${text.length} code units).`,
        );
      } else if (text.slice(record.start, record.end) !== record.quote) {
        list.add(
          'QUOTE_NOT_FOUND',
          entry,
          field,
          `the text of "${record.documentId}" at ${record.start}..${record.end} is not the quote.`,
        );
      }
    });
  }
}

function checkDates(
  dates: Record<string, string>,
  allowed: readonly string[],
  list: ProblemList,
  entry: string,
): void {
  for (const [property, value] of Object.entries(dates)) {
    if (!allowed.includes(property))
      list.add(
        'SCHEMA',
        entry,
        property,
        `${property} is not a date property here (${allowed.join(', ') || 'none'}).`,
      );
    else if (!isCalendarDate(value))
      list.add(
        'IMPOSSIBLE_DATE',
        entry,
        property,
        `"${value}" is not a calendar date (YYYY-MM-DD).`,
      );
  }
}
