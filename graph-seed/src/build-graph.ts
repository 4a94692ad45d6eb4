/**
 * Builds the nodes and relationships of one seed file, locating every quote in the document text.
 * Quote problems (QUOTE_NOT_FOUND, QUOTE_AMBIGUOUS) and DUPLICATE_RELATIONSHIP are reported here.
 */
import {
  parsePartialDate,
  type NodeKind,
  relationshipId,
  type GraphNode,
  type GraphRelationship,
} from '@policygraph/model';
import type { Declaration } from './declarations.ts';
import { defined, makeLocator, type Props } from './evidence-locator.ts';
import type { ParsedSeedFile } from './parse-seed-file.ts';
import type { ProblemList } from './problems.ts';
import { evidenceInputs, type EvidenceInput, type RelationshipSpec } from './relationship-specs.ts';
import type { DocumentRefEntry, HostDocumentEntry } from './document-format.ts';
import { deriveStatementName } from './statement-name.ts';

/** The graph of a file whose document and text were read; `specs` have passed validateReferences. */
export function buildGraph(
  parsed: ParsedSeedFile & { document: NonNullable<ParsedSeedFile['document']>; text: string },
  declared: ReadonlyMap<string, Declaration>,
  specs: readonly RelationshipSpec[],
  problems: ProblemList,
): { nodes: GraphNode[]; relationships: GraphRelationship[] } {
  const hostId = parsed.document.value.id;
  const locate = makeLocator(parsed.text, hostId, problems);
  const nodes: GraphNode[] = [];
  const add = (
    id: string,
    kind: NodeKind,
    name: string,
    aliases: string[],
    entry: string,
    inputs: EvidenceInput[],
    properties: Props,
    dates: Props = {},
  ): void => {
    const evidence = locate(entry, inputs);
    nodes.push({
      id,
      kind,
      name,
      aliases,
      entry,
      evidence,
      properties: defined({ kind, name, ...properties }),
      dates: defined(dates) as Record<string, string>,
    });
  };

  const documentProps = (
    doc: HostDocumentEntry | DocumentRefEntry,
    text: string | null,
  ): Props => ({
    title: doc.title,
    description: doc.description,
    documentType: doc.documentType,
    dateline: doc.dateline,
    url: doc.url,
    language: doc.language,
    origin: doc.origin,
    licence: doc.licence,
    attribution: doc.attribution,
    text,
  });
  const host = parsed.document;
  add(
    hostId,
    'DOCUMENT',
    host.value.title,
    host.value.aliases,
    host.entry,
    evidenceInputs(host.value.evidence),
    documentProps(host.value, parsed.text),
    {
      publishedOn: host.value.publishedOn,
    },
  );
  for (const { value, entry } of parsed.documents) {
    add(
      value.id,
      'DOCUMENT',
      value.title,
      value.aliases,
      entry,
      evidenceInputs(value.evidence),
      documentProps(value, null),
      {
        publishedOn: value.publishedOn,
      },
    );
  }
  for (const { value, entry } of parsed.actors) {
    add(value.id, value.kind, value.name, value.aliases, entry, evidenceInputs(value.evidence), {
      description: value.description,
      country: value.country,
    });
  }
  for (const { value, entry } of parsed.items) {
    add(value.id, 'ITEM', value.name, value.aliases, entry, evidenceInputs(value.evidence), {
      description: value.description,
      itemType: value.itemType,
    });
  }
  for (const { value, entry } of parsed.measures) {
    add(
      value.id,
      'MEASURE',
      value.name,
      value.aliases,
      entry,
      evidenceInputs(value.evidence),
      { description: value.description, measureTypes: value.measureTypes, status: value.status },
      { announcedOn: value.announcedOn, effectiveOn: value.effectiveOn },
    );
  }
  for (const { value, entry } of parsed.statements) {
    const speakerId = typeof value.speaker === 'string' ? value.speaker : value.speaker.id;
    const speakerName = declared.get(speakerId)?.name ?? speakerId;
    const name = value.name ?? deriveStatementName(speakerName, value.quote, value.form);
    const when = value.date ? parsePartialDate(value.date) : null;
    const quoteInput: EvidenceInput = {
      evidence:
        value.occurrence === undefined
          ? value.quote
          : { quote: value.quote, occurrence: value.occurrence },
      field: 'quote',
    };
    add(
      value.id,
      'STATEMENT',
      name,
      [],
      entry,
      [quoteInput, ...evidenceInputs(value.evidence)],
      {
        description: value.description,
        quote: value.quote,
        form: value.form,
        datePrecision: when?.precision,
      },
      { date: when?.date },
    );
  }

  const evidenceOf = new Map(nodes.map((node) => [node.id, node.evidence]));
  const relationships = new Map<string, GraphRelationship>();
  for (const spec of specs) {
    const id = relationshipId(spec.from, spec.type, spec.to, spec);
    const earlier = relationships.get(id);
    const where = spec.field ? `${spec.entry}, ${spec.field}` : spec.entry;
    if (earlier) {
      const before = earlier.field ? `${earlier.entry}, ${earlier.field}` : earlier.entry;
      problems.add(
        'DUPLICATE_RELATIONSHIP',
        spec.entry,
        spec.field,
        `relationship ${id} is already stated by ${before}.`,
      );
      continue;
    }
    const evidence = spec.evidence
      ? locate(spec.entry, spec.evidence)
      : (evidenceOf.get(spec.owner) ?? []);
    // An entry whose own quotes failed has been reported already: its links are not reported again.
    if (!spec.evidence && evidence.length === 0 && !locate.failed.has(spec.entry)) {
      problems.add(
        'SCHEMA',
        spec.entry,
        spec.field,
        `needs evidence: write { id: ${spec.to}, evidence: [...] } (${where} has none to carry).`,
      );
    }
    relationships.set(id, {
      id,
      type: spec.type,
      from: spec.from,
      to: spec.to,
      properties: defined({ role: spec.role, status: spec.status }) as Record<string, string>,
      dates: defined({ asOf: spec.asOf }) as Record<string, string>,
      evidence,
      entry: spec.entry,
      field: spec.field,
    });
  }
  return { nodes, relationships: [...relationships.values()] };
}
