/**
 * Works out, without touching the database, everything an import writes: the file as a DATASET
 * document, the issuing bodies, each row's actor resolved to a node by the merge rules, the
 * measures, the publications, and the relationships, every one with its rows as evidence. Each
 * row's facts go through their planner (plan-facts.ts: measure, publication, listing;
 * plan-actor.ts: actor, issuing body) and PlanBuilder (plan-builder.ts) gathers the results.
 */
import { labelsOf, type EvidenceRecord, type GraphNode } from '@policygraph/model';
import type { RowProblem, SourceRow } from './csv-rows.ts';
import type { FormatAdapter, RowFacts } from './import-model.ts';
import type { ActorWrite, ImportPlan, RowOutcome } from './import-plan-types.ts';
import { ActorIndex, type KnownActor, type RowOrigin } from './merge-rules.ts';
import { refusedRows } from './import-errors.ts';
import { bodyById } from './issuing-bodies.ts';
import { JudgementIndex, type Judgement } from './judgements.ts';
import { PlanBuilder } from './plan-builder.ts';
import type { SourceProvenance } from './source-provenance.ts';
import { indexedActor, planActor, planIssuingBody } from './plan-actor.ts';
import { planListing, planMeasure, planPublication } from './plan-facts.ts';

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
  /** Origin, licence, credit and source URL as the person importing gave them (or `unknown`). */
  provenance: SourceProvenance;
}

/** What the database already holds that the plan depends on. */
export interface GraphSnapshot {
  actors: KnownActor[];
  /** What people decided about pairs of actors (judgements.ts), replayed by the merge rules. */
  judgements?: readonly Judgement[];
  /** Every `:Entity` id in use. */
  takenIds: ReadonlySet<string>;
}

/** The id of the DATASET document of a file: the format and 12 hex digits of the file's SHA-256. */
export function datasetDocumentId(format: string, sha256: string): string {
  return `${format}-${sha256.slice(0, 12)}`;
}

/** Plans the import of `input` over `snapshot` (see the module comment). Pure. */
export function planImport(input: ImportInput, snapshot: GraphSnapshot): ImportPlan {
  const documentId = datasetDocumentId(input.adapter.format, input.sha256);
  const taken = new Set(snapshot.takenIds);
  const index = new ActorIndex(snapshot.actors, new JudgementIndex(snapshot.judgements ?? []));
  const builder = new PlanBuilder();
  const datasets = new Set<string>();
  const bodiesNamed = new Set<string>();
  const outcomes: RowOutcome[] = [];

  for (const { row, facts } of input.rows) {
    const dataset = facts.listing?.dataset ?? input.adapter.format;
    datasets.add(dataset);
    const origin: RowOrigin = { documentId, row: row.row, dataset };
    const entry = `row ${row.row}`;
    const evidence: EvidenceRecord[] = [
      { documentId, quote: row.quote, start: row.start, end: row.end },
    ];
    const useBody = (bodyId: string) => {
      const first = !bodiesNamed.has(bodyId);
      bodiesNamed.add(bodyId);
      const body = facts.newBodies?.find(({ id }) => id === bodyId) ?? bodyById(bodyId);
      builder.addActor(planIssuingBody(body, index.get(bodyId), origin, evidence[0]!, first));
    };
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

    if (facts.measure) {
      const measure = planMeasure(facts.measure, evidence, entry);
      builder.addMeasure(measure.node);
      if (measure.issuedBy) {
        useBody(measure.issuedBy.to);
        builder.relate(measure.issuedBy, entry);
      }
    }

    if (facts.publication) {
      const publication = planPublication(
        facts.publication,
        facts.measure,
        input.adapter.description.language,
        evidence,
        entry,
      );
      builder.addPublication(publication.node);
      if (publication.publishedBy) {
        useBody(publication.publishedBy.to);
        builder.relate(publication.publishedBy, entry);
      }
      if (publication.reportsStatus) builder.relate(publication.reportsStatus, entry);
    }

    if (facts.actor) {
      const actor = planActor(facts.actor, origin, index, taken, evidence);
      taken.add(actor.id);
      const accumulated = builder.addActor(actor.write);
      index.add(indexedActor(actor, accumulated, facts.actor, origin));
      Object.assign(outcome, {
        name: facts.actor.name,
        nodeId: actor.id,
        rule: actor.decision.rule,
        key: actor.decision.key,
        nearMisses: actor.decision.nearMisses,
      });
      if (facts.measure && facts.listing)
        builder.relate(planListing(facts.measure, facts.listing, actor.id, evidence), entry);
    }
  }

  const relationships = [...builder.relationships.values()];
  const reportedMeasureIds = relationships
    .filter((r) => r.type === 'REPORTS_STATUS')
    .map((r) => r.to);
  return {
    documentId,
    documents: [datasetDocument(input, documentId, datasets), ...builder.publications.values()],
    measures: [...builder.measures.values()],
    actors: [...builder.actors.values()],
    relationships,
    datasets: [...datasets].sort(),
    listingIds: relationships
      .filter((r) => r.type === 'LISTS')
      .map((r) => r.id)
      .sort(),
    reportedMeasureIds: [...new Set(reportedMeasureIds)].sort(),
    outcomes,
    rejected: input.rejected,
  };
}

/** The DATASET document of the file: its full text, provenance, format, SHA-256 and data sets. */
export function datasetDocument(
  input: ImportInput,
  documentId: string,
  datasets: ReadonlySet<string>,
): GraphNode {
  const refused = refusedRows(input.rejected).length;
  const { provenance } = input;
  const { format, description } = input.adapter;
  const title = `${provenance.title}: ${input.fileName}, as of ${input.asOf}`;
  return {
    id: documentId,
    kind: 'DOCUMENT',
    name: title,
    aliases: [],
    properties: {
      kind: 'DOCUMENT',
      name: title,
      title,
      documentType: 'DATASET',
      description: `${input.rows.length + refused} rows in ${format} format${refused > 0 ? `, ${refused} of them refused` : ''}; SHA-256 ${input.sha256}.`,
      text: input.text,
      origin: provenance.origin,
      licence: provenance.licence,
      attribution: provenance.attribution,
      language: description.language,
      ...(provenance.url ? { url: provenance.url } : {}),
      importFormat: format,
      fileName: input.fileName,
      sha256: input.sha256,
      datasets: [...datasets].sort(),
    },
    dates: { publishedOn: input.asOf },
    evidence: [],
    entry: 'document',
  };
}

/** The labels of an actor of `kind` after `Entity` (family and kind), as written on a new node. */
export function actorLabels(kind: ActorWrite['kind']): string[] {
  return labelsOf(kind).slice(1);
}
