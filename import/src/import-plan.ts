/**
 * Works out, without touching the database, everything an import writes: the file as a DATASET
 * document, the issuing bodies, each row's actor resolved to a node by the merge rules, the
 * measures, the publications, and the relationships, every one with its rows as evidence.
 */
import {
  labelsOf,
  relationshipId,
  evidenceKey,
  type EvidenceRecord,
  type GraphNode,
  type GraphRelationship,
} from '@policygraph/model';
import type { RowProblem, SourceRow } from './csv-rows.ts';
import type { FormatAdapter, RowFacts } from './import-model.ts';
import type { ActorWrite, IdentityRecord, ImportPlan, RowOutcome } from './import-plan-types.ts';
import { bodyById } from './issuing-bodies.ts';
import { ActorIndex, type KnownActor } from './merge-rules.ts';
import { shortHash } from './adapter-helpers.ts';
import { refusedRows } from './import-errors.ts';
import { slugify } from './names.ts';

/** A file read and its rows understood. */
export interface ImportInput {
  adapter: FormatAdapter;
  fileName: string;
  text: string;
  sha256: string;
  /** The day the file's content held (`YYYY-MM-DD`): its publication date, and the date of delistings it reveals. */
  asOf: string;
  rows: { row: SourceRow; facts: RowFacts }[];
  rejected: RowProblem[];
}

/** What the database already holds that the plan depends on. */
export interface GraphSnapshot {
  actors: KnownActor[];
  /** Every `:Entity` id in use. */
  takenIds: ReadonlySet<string>;
}

/** The id of the DATASET document of a file: the format and 12 hex digits of the file's SHA-256. */
export function datasetDocumentId(format: string, sha256: string): string {
  return `${format}-${sha256.slice(0, 12)}`;
}

function mergeEvidence(into: EvidenceRecord[], more: readonly EvidenceRecord[]): void {
  const known = new Set(into.map(evidenceKey));
  for (const entry of more) if (!known.has(evidenceKey(entry))) into.push(entry);
}

function newActorId(
  name: string,
  aliases: readonly string[],
  country: string | null,
  taken: ReadonlySet<string>,
): string {
  const base =
    slugify(name) ||
    aliases.map((alias) => slugify(alias)).find(Boolean) ||
    `actor-${shortHash(name)}`;
  for (const candidate of [
    base,
    `${base}-${(country ?? 'xx').toLowerCase()}`,
    `${base}-${shortHash(`${name}|${country}`)}`,
  ])
    if (!taken.has(candidate)) return candidate;
  return `${base}-${shortHash(`${name}|${country}|${taken.size}`, 10)}`;
}

/** Plans the import of `input` over `snapshot` (see the module comment). Pure. */
export function planImport(input: ImportInput, snapshot: GraphSnapshot): ImportPlan {
  const documentId = datasetDocumentId(input.adapter.format, input.sha256);
  const taken = new Set(snapshot.takenIds);
  const index = new ActorIndex(snapshot.actors);
  const actors = new Map<string, ActorWrite>();
  const measures = new Map<string, GraphNode>();
  const publications = new Map<string, GraphNode>();
  const relationships = new Map<string, GraphRelationship>();
  const datasets = new Set<string>();
  const bodiesNamed = new Set<string>();
  const outcomes: RowOutcome[] = [];

  const evidenceOf = (row: SourceRow): EvidenceRecord => ({
    documentId,
    quote: row.quote,
    start: row.start,
    end: row.end,
  });
  const actorWrite = (
    id: string,
    base: Omit<ActorWrite, 'evidence' | 'identities'>,
  ): ActorWrite => {
    const existing = actors.get(id);
    if (existing) return existing;
    const created: ActorWrite = { ...base, evidence: [], identities: [] };
    actors.set(id, created);
    return created;
  };
  const relate = (
    relationship: Omit<GraphRelationship, 'id' | 'entry' | 'field'> & { id?: string },
    row: SourceRow,
  ) => {
    const id =
      relationship.id ?? relationshipId(relationship.from, relationship.type, relationship.to);
    const existing = relationships.get(id);
    if (existing) {
      mergeEvidence(existing.evidence, relationship.evidence);
      for (const [key, value] of Object.entries(relationship.properties))
        existing.properties[key] ??= value;
      for (const [key, value] of Object.entries(relationship.dates)) existing.dates[key] ??= value;
      return;
    }
    relationships.set(id, {
      ...relationship,
      id,
      properties: { ...relationship.properties },
      dates: { ...relationship.dates },
      evidence: [...relationship.evidence],
      entry: `row ${row.row}`,
      field: relationship.type,
    });
  };
  const useBody = (bodyId: string, row: SourceRow, dataset: string) => {
    const body = bodyById(bodyId);
    const known = index.get(bodyId);
    const write = actorWrite(bodyId, {
      id: bodyId,
      kind: known?.kind ?? body.kind,
      name: known?.name ?? body.name,
      aliases: body.aliases,
      country: body.country,
      wikidataId: null,
      description: null,
    });
    // One piece of evidence and one identity record per body and file: every row names it.
    if (!bodiesNamed.has(bodyId)) {
      bodiesNamed.add(bodyId);
      write.evidence.push(evidenceOf(row));
      write.identities.push({
        documentId,
        row: row.row,
        dataset,
        rule: 'ISSUING_BODY_TABLE',
        key: `body:${bodyId}`,
        name: body.name,
      });
    }
  };

  for (const { row, facts } of input.rows) {
    const dataset = facts.listing?.dataset ?? input.adapter.format;
    datasets.add(dataset);
    const outcome: RowOutcome = {
      row: row.row,
      line: row.line,
      name: null,
      nodeId: null,
      rule: null,
      key: '',
      nearMisses: [],
      notes: facts.notes,
    };
    outcomes.push(outcome);
    const evidence = [evidenceOf(row)];

    if (facts.measure) {
      const measure = facts.measure;
      const node = measures.get(measure.id);
      if (node) {
        mergeEvidence(node.evidence, evidence);
        const types = node.properties.measureTypes as string[];
        for (const type of measure.measureTypes) if (!types.includes(type)) types.push(type);
      } else {
        const properties: Record<string, string | string[]> = {
          kind: 'MEASURE',
          name: measure.name,
          measureTypes: [...measure.measureTypes],
          status: 'ANNOUNCED',
        };
        if (measure.url) properties.url = measure.url;
        if (measure.listName) properties.listName = measure.listName;
        for (const [key, value] of Object.entries(measure.extra)) properties[key] = String(value);
        measures.set(measure.id, {
          id: measure.id,
          kind: 'MEASURE',
          name: measure.name,
          aliases: [],
          properties,
          dates: measure.announcedOn ? { announcedOn: measure.announcedOn } : {},
          evidence: [...evidence],
          entry: `row ${row.row}`,
        });
      }
      if (measure.issuerId) {
        useBody(measure.issuerId, row, dataset);
        relate(
          {
            type: 'ISSUED_BY',
            from: measure.id,
            to: measure.issuerId,
            properties: {},
            dates: {},
            evidence,
          },
          row,
        );
      }
    }

    if (facts.publication) {
      const publication = facts.publication;
      const properties: Record<string, string | string[]> = {
        kind: 'DOCUMENT',
        name: publication.title,
        title: publication.title,
        documentType: 'ANNOUNCEMENT',
        language: input.adapter.provenance.language,
      };
      if (publication.url) properties.url = publication.url;
      if (publication.description) properties.description = publication.description;
      for (const [key, value] of Object.entries(publication.extra)) properties[key] = String(value);
      const existing = publications.get(publication.id);
      if (existing) mergeEvidence(existing.evidence, evidence);
      else
        publications.set(publication.id, {
          id: publication.id,
          kind: 'DOCUMENT',
          name: publication.title,
          aliases: [],
          properties,
          dates: publication.publishedOn ? { publishedOn: publication.publishedOn } : {},
          evidence: [...evidence],
          entry: `row ${row.row}`,
        });
      if (publication.publisherId) {
        useBody(publication.publisherId, row, dataset);
        relate(
          {
            type: 'PUBLISHED_BY',
            from: publication.id,
            to: publication.publisherId,
            properties: {},
            dates: {},
            evidence,
          },
          row,
        );
      }
      if (facts.measure) {
        const asOf = publication.publishedOn ?? '';
        relate(
          {
            id: relationshipId(publication.id, 'REPORTS_STATUS', facts.measure.id, {
              status: 'ANNOUNCED',
              asOf,
            }),
            type: 'REPORTS_STATUS',
            from: publication.id,
            to: facts.measure.id,
            properties: { status: 'ANNOUNCED' },
            dates: asOf ? { asOf } : {},
            evidence,
          },
          row,
        );
      }
    }

    if (facts.actor) {
      const fact = facts.actor;
      outcome.name = fact.name;
      const origin = { documentId, row: row.row, dataset };
      const decision = index.decide(fact, origin);
      const known = decision.nodeId ? index.get(decision.nodeId) : undefined;
      const id = known?.id ?? newActorId(fact.name, fact.aliases, fact.country, taken);
      taken.add(id);
      const write = actorWrite(id, {
        id,
        kind: known?.kind ?? fact.kind,
        name: known?.name ?? fact.name,
        aliases: [],
        country: fact.country,
        wikidataId: fact.wikidataId,
        description: fact.description,
      });
      write.country ??= fact.country;
      write.wikidataId ??= fact.wikidataId;
      write.description ??= fact.description;
      for (const alias of [fact.name, ...fact.aliases])
        if (alias !== write.name && !write.aliases.includes(alias)) write.aliases.push(alias);
      mergeEvidence(write.evidence, evidence);
      const identity: IdentityRecord = {
        documentId,
        row: row.row,
        dataset,
        rule: decision.rule,
        key: decision.key,
        name: fact.name,
      };
      if (decision.rule !== 'SOURCE_ROW') write.identities.push(identity);
      Object.assign(outcome, {
        nodeId: id,
        rule: decision.rule,
        key: decision.key,
        nearMisses: decision.nearMisses,
      });
      index.add({
        id,
        kind: write.kind,
        name: write.name,
        aliases: [...(known?.aliases ?? []), ...write.aliases],
        primaryNames: [...(known?.primaryNames ?? []), fact.name, ...(fact.primaryAliases ?? [])],
        country: known?.country ?? write.country,
        wikidataId: known?.wikidataId ?? write.wikidataId,
        datasets: [...new Set([...(known?.datasets ?? []), dataset])],
        rows: [...(known?.rows ?? []), `${documentId}|${row.row}`],
      });

      if (facts.measure && facts.listing) {
        const listing = facts.listing;
        const properties: Record<string, string> = { dataset: listing.dataset };
        const dates: Record<string, string> = {};
        if (listing.sourceUrl) properties.sourceUrl = listing.sourceUrl;
        if (facts.measure.listName) properties.listName = facts.measure.listName;
        if (listing.listedOn) {
          dates.listedOn = listing.listedOn.date;
          if (listing.listedOn.precision !== 'DAY')
            properties.listedOnPrecision = listing.listedOn.precision;
        }
        if (listing.delistedOn) {
          dates.delistedOn = listing.delistedOn.date;
          properties.delistedBasis = 'END_DATE_IN_SOURCE';
          if (listing.delistedOn.precision !== 'DAY')
            properties.delistedOnPrecision = listing.delistedOn.precision;
        }
        relate({ type: 'LISTS', from: facts.measure.id, to: id, properties, dates, evidence }, row);
      }
    }
  }

  const refused = refusedRows(input.rejected).length;
  const document: GraphNode = {
    id: documentId,
    kind: 'DOCUMENT',
    name: `${input.adapter.provenance.title}: ${input.fileName}, as of ${input.asOf}`,
    aliases: [],
    properties: {
      kind: 'DOCUMENT',
      name: `${input.adapter.provenance.title}: ${input.fileName}, as of ${input.asOf}`,
      title: `${input.adapter.provenance.title}: ${input.fileName}, as of ${input.asOf}`,
      documentType: 'DATASET',
      description: `${input.rows.length + refused} rows in ${input.adapter.format} format${refused > 0 ? `, ${refused} of them refused` : ''}; SHA-256 ${input.sha256}.`,
      text: input.text,
      origin: input.adapter.provenance.origin,
      licence: input.adapter.provenance.licence,
      attribution: input.adapter.provenance.attribution,
      language: input.adapter.provenance.language,
      importFormat: input.adapter.format,
      fileName: input.fileName,
      sha256: input.sha256,
      datasets: [...datasets].sort(),
    },
    dates: { publishedOn: input.asOf },
    evidence: [],
    entry: 'document',
  };
  const reportedMeasureIds = [...relationships.values()]
    .filter((r) => r.type === 'REPORTS_STATUS')
    .map((r) => r.to);
  return {
    documentId,
    documents: [document, ...publications.values()],
    measures: [...measures.values()],
    actors: [...actors.values()],
    relationships: [...relationships.values()],
    datasets: [...datasets].sort(),
    listingIds: [...relationships.values()]
      .filter((r) => r.type === 'LISTS')
      .map((r) => r.id)
      .sort(),
    reportedMeasureIds: [...new Set(reportedMeasureIds)].sort(),
    outcomes,
    rejected: input.rejected,
  };
}

/** The labels of an actor of `kind` after `Entity` (family and kind), as written on a new node. */
export function actorLabels(kind: ActorWrite['kind']): string[] {
  return labelsOf(kind).slice(1) as string[];
}
