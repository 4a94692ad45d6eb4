/**
 * Every relationship a seed file states: the `relationships` list, and the shorthand fields
 * (a document's outlet and author; a statement's speaker, saidTo, about and reportedIn).
 */
import type { ParsedSeedFile } from './parse-seed-file.ts';
import type { RelationshipType } from '@policygraph/model';
import type { Evidence, Link } from './document-format.ts';

/** A quote to locate, and the field it was written in (`evidence[2]`, `about[1].evidence[0]`). */
export interface EvidenceInput {
  evidence: Evidence;
  field: string;
}

/** A relationship as stated, before its ids are checked and its evidence located. */
export interface RelationshipSpec {
  type: RelationshipType;
  from: string;
  to: string;
  role?: string;
  status?: string;
  asOf?: string;
  /** Its own evidence, or null to carry the evidence of `owner` (the statement or document it belongs to). */
  evidence: EvidenceInput[] | null;
  owner: string;
  entry: string;
  /** The field that states it: '' for an entry of `relationships`, `about[1]` for a shorthand. */
  field: string;
  /** The fields naming each end, for problems about references. */
  fromField: string;
  toField: string;
}

/** Evidence inputs of a list field: `evidence[0]`, `evidence[1]`… under `prefix`. */
export function evidenceInputs(list: readonly Evidence[], prefix = 'evidence'): EvidenceInput[] {
  return list.map((evidence, index) => ({ evidence, field: `${prefix}[${index}]` }));
}

function fromLink(
  type: RelationshipType,
  owner: string,
  link: Link,
  entry: string,
  field: string,
): RelationshipSpec {
  const id = typeof link === 'string' ? link : link.id;
  const evidence =
    typeof link === 'string' ? null : evidenceInputs(link.evidence, `${field}.evidence`);
  return {
    type,
    from: owner,
    to: id,
    evidence,
    owner,
    entry,
    field,
    fromField: 'id',
    toField: typeof link === 'string' ? field : `${field}.id`,
  };
}

/** All relationships of the file, in file order: documents, statements, then the `relationships` list. */
export function collectRelationshipSpecs(parsed: ParsedSeedFile): RelationshipSpec[] {
  const specs: RelationshipSpec[] = [];
  const documents = [...(parsed.document ? [parsed.document] : []), ...parsed.documents];
  for (const { value, entry } of documents) {
    if (value.outlet) specs.push(fromLink('PUBLISHED_BY', value.id, value.outlet, entry, 'outlet'));
    if (value.author) specs.push(fromLink('WRITTEN_BY', value.id, value.author, entry, 'author'));
  }
  const hostId = parsed.document?.value.id;
  for (const { value, entry } of parsed.statements) {
    specs.push(fromLink('SAID_BY', value.id, value.speaker, entry, 'speaker'));
    if (value.saidTo) specs.push(fromLink('SAID_TO', value.id, value.saidTo, entry, 'saidTo'));
    value.about.forEach((link, index) =>
      specs.push(fromLink('ABOUT', value.id, link, entry, `about[${index}]`)),
    );
    value.reportedIn.forEach((link, index) =>
      specs.push(fromLink('REPORTED_IN', value.id, link, entry, `reportedIn[${index}]`)),
    );
    const listsHost = value.reportedIn.some(
      (link) => (typeof link === 'string' ? link : link.id) === hostId,
    );
    if (hostId && !listsHost)
      specs.push(fromLink('REPORTED_IN', value.id, hostId, entry, 'reportedIn'));
  }
  for (const { value, entry } of parsed.relationships) {
    specs.push({
      type: value.type,
      from: value.from,
      to: value.to,
      ...(value.role === undefined ? {} : { role: value.role }),
      ...(value.status === undefined ? {} : { status: value.status }),
      ...(value.asOf === undefined ? {} : { asOf: value.asOf }),
      evidence: evidenceInputs(value.evidence),
      owner: value.from,
      entry,
      field: '',
      fromField: 'from',
      toField: 'to',
    });
  }
  return specs;
}
