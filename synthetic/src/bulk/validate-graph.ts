/**
 * Validation of graph records before a bulk load: what readSeedDocuments guarantees for YAML
 * files, checked on documents that arrive already built (the synthetic generator, other
 * producers). Problems carry the document (`file`), the node or relationship (`entry`) and the
 * field, with the codes of problems.ts.
 */
import {
  isCalendarDate,
  MEASURE_STATUSES,
  MEASURE_TYPES,
  NODE_DATE_PROPERTIES,
  NODE_KINDS,
  type NodeKind,
  RELATIONSHIP_DATE_PROPERTIES,
  RELATIONSHIP_RULES,
  describeKinds,
  relationshipId,
  type EvidenceRecord,
  type GraphNode,
  type GraphRelationship,
  type ValidatedDocument,
} from '@policygraph/model';
import { ProblemList, type SeedProblem } from '@policygraph/graph-seed';
import {
  ENUMS,
  hasQuote,
  isNonEmptyString,
  MEASURE_STATUS_SET,
  MEASURE_TYPE_SET,
  NODE_KIND_SET,
  RULE_SETS,
} from './validation-sets.ts';

/** Longest id accepted (the API refuses longer ids). */
const MAX_ID_LENGTH = 200;

/**
 * Checks chunks of documents in load order. Ids of nodes in chunks checked before count as
 * stored, so a relationship may point to a node of an earlier chunk.
 */
export class GraphValidator {
  /** Every node accepted so far (earlier chunks and the chunk being checked) and its kind. */
  private readonly known = new Map<string, NodeKind>();
  /** Whether each date text seen is a calendar date (dates repeat across a graph). */
  private readonly calendarDates = new Map<string, boolean>();
  private repeat: string | undefined;

  /** Node ids accepted so far and their kinds. */
  get knownNodes(): ReadonlyMap<string, NodeKind> {
    return this.known;
  }

  /**
   * The first node id of the last chunk checked that an earlier chunk, or another place of the
   * same chunk, also states (the transactional path merges such nodes; the offline one cannot).
   */
  get repeatedNode(): string | undefined {
    return this.repeat;
  }

  /** The problems of `chunk` (empty when it is valid); its nodes become known either way. */
  check(chunk: readonly ValidatedDocument[]): SeedProblem[] {
    const texts = new Map<string, string>();
    const problems: SeedProblem[] = [];
    this.repeat = undefined;
    for (const document of chunk) {
      const list = new ProblemList(document.file);
      const ids = new Set<string>();
      for (const node of document.nodes) {
        this.checkNode(node, list, ids);
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
        if (node.kind === 'STATEMENT' && !hasQuote(node.evidence, node.properties.quote)) {
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
        this.checkRelationship(relationship, list, relationshipIds);
        this.checkEvidence(relationship.evidence, texts, list, relationship.entry, false);
      }
      for (const problem of list.items) problems.push(problem);
    }
    return problems;
  }

  private checkNode(node: GraphNode, list: ProblemList, ids: Set<string>): void {
    const { entry } = node;
    if (typeof node.id !== 'string' || node.id.length === 0 || node.id.length > MAX_ID_LENGTH) {
      list.add('SCHEMA', entry, 'id', `an id is a string of 1 to ${MAX_ID_LENGTH} characters.`);
      return;
    }
    if (!NODE_KIND_SET.has(node.kind)) {
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
    const earlier = this.known.get(node.id);
    if (earlier !== undefined) this.repeat ??= node.id;
    if (earlier && earlier !== node.kind) {
      list.add(
        'CONFLICTING_DEFINITION',
        entry,
        'kind',
        `"${node.id}" is ${earlier} elsewhere, ${node.kind} here.`,
      );
    }
    this.known.set(node.id, node.kind);
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
    if (!Array.isArray(node.aliases) || !node.aliases.every(isNonEmptyString)) {
      list.add('SCHEMA', entry, 'aliases', 'aliases are non-empty strings.');
    }
    for (const [property, allowed, set] of ENUMS) {
      const value = node.properties[property];
      if (value !== undefined && !set.has(value as string)) {
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
      (!Array.isArray(types) || !types.every((type: string) => MEASURE_TYPE_SET.has(type)))
    ) {
      list.add(
        'SCHEMA',
        entry,
        'measureTypes',
        `measure types are among ${MEASURE_TYPES.join(', ')}.`,
      );
    }
    this.checkDates(node.dates, NODE_DATE_PROPERTIES[node.kind] ?? [], list, entry);
  }

  private checkRelationship(
    relationship: GraphRelationship,
    list: ProblemList,
    ids: Set<string>,
  ): void {
    const { entry, field } = relationship;
    const sets = RULE_SETS.get(relationship.type);
    if (sets === undefined) {
      list.add(
        'SCHEMA',
        entry,
        'type',
        `"${String(relationship.type)}" is not a relationship type.`,
      );
      return;
    }
    const rule = RELATIONSHIP_RULES[relationship.type];
    this.checkEnd(relationship, relationship.from, sets.from, rule.from, 'source', list);
    this.checkEnd(relationship, relationship.to, sets.to, rule.to, 'target', list);
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
    if (properties.status !== undefined && !MEASURE_STATUS_SET.has(properties.status)) {
      list.add(
        'SCHEMA',
        entry,
        'status',
        `"${properties.status}" is not one of ${MEASURE_STATUSES.join(', ')}.`,
      );
    }
    this.checkDates(
      relationship.dates,
      RELATIONSHIP_DATE_PROPERTIES[relationship.type] ?? [],
      list,
      entry,
    );
  }

  /** One end of `relationship`: a known node of a kind the type accepts there. */
  private checkEnd(
    relationship: GraphRelationship,
    id: string,
    accepted: ReadonlySet<string>,
    allowed: readonly NodeKind[],
    end: 'source' | 'target',
    list: ProblemList,
  ): void {
    const kind = this.known.get(id);
    if (!kind)
      list.add(
        'UNKNOWN_REFERENCE',
        relationship.entry,
        relationship.field,
        `${relationship.type}: unknown ${end} id "${id}"; it is in no document loaded before or with this one.`,
      );
    else if (!accepted.has(kind))
      list.add(
        'WRONG_KIND',
        relationship.entry,
        relationship.field,
        `${relationship.type}: its ${end} must be ${describeKinds(allowed)}, but "${id}" is ${kind}.`,
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
    for (let index = 0; index < evidence.length; index += 1) {
      const record = evidence[index]!;
      const text = texts.get(record.documentId);
      if (text === undefined) {
        list.add(
          'TEXT_NOT_FOUND',
          entry,
          `evidence[${index}]`,
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
          `evidence[${index}]`,
          `offsets ${record.start}..${record.end} are outside the text of "${record.documentId}" (${text.length} code units).`,
        );
      } else if (
        // text.slice(start, end) === quote, without copying the slice
        typeof record.quote !== 'string' ||
        record.quote.length !== record.end - record.start ||
        !text.startsWith(record.quote, record.start)
      ) {
        list.add(
          'QUOTE_NOT_FOUND',
          entry,
          `evidence[${index}]`,
          `the text of "${record.documentId}" at ${record.start}..${record.end} is not the quote.`,
        );
      }
    }
  }

  private checkDates(
    dates: Record<string, string>,
    allowed: readonly string[],
    list: ProblemList,
    entry: string,
  ): void {
    for (const property in dates) {
      const value = dates[property]!;
      if (!allowed.includes(property))
        list.add(
          'SCHEMA',
          entry,
          property,
          `${property} is not a date property here (${allowed.join(', ') || 'none'}).`,
        );
      else if (!this.isCalendarDate(value))
        list.add(
          'IMPOSSIBLE_DATE',
          entry,
          property,
          `"${value}" is not a calendar date (YYYY-MM-DD).`,
        );
    }
  }

  /** isCalendarDate, remembered per text. */
  private isCalendarDate(value: string): boolean {
    let valid = this.calendarDates.get(value);
    if (valid === undefined) {
      valid = isCalendarDate(value);
      this.calendarDates.set(value, valid);
    }
    return valid;
  }
}
