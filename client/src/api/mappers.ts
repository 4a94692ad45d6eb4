/**
 * Converts GraphQL results into the explorer's own shapes (model/types.ts). The only place that
 * knows both; everything past it works with GraphNode, GraphRelationship and Subgraph.
 */
import type {
  EvidenceFieldsFragment,
  GraphNodeFieldsFragment,
  RelationshipFieldsFragment,
  SubgraphFieldsFragment,
} from '../gql/graphql.ts';
import { shortName } from '../graph/shortName.ts';
import type { Evidence, GraphNode, GraphRelationship, Subgraph } from '../model/types.ts';

/** Evidence as the explorer keeps it. */
export function toEvidence(evidence: EvidenceFieldsFragment & { row?: Evidence['row'] }): Evidence {
  return {
    documentId: evidence.document.id,
    documentTitle: evidence.document.title,
    quote: evidence.quote,
    start: evidence.start,
    end: evidence.end,
    ...(evidence.row !== undefined ? { row: evidence.row } : {}),
    provenance: evidence.provenance ?? null,
  };
}

/** A node of a query result as the explorer keeps it; the date is the one the timeline uses. */
export function toGraphNode(node: GraphNodeFieldsFragment): GraphNode {
  const base = {
    id: node.id,
    kind: node.kind,
    name: node.name,
    aliases: node.aliases,
    disambiguation: node.disambiguation ?? null,
  };
  switch (node.__typename) {
    case 'Actor':
      return {
        ...base,
        country: node.country,
        date: null,
        properties: {},
        evidence: [],
        statement: null,
      };
    case 'Measure':
      return {
        ...base,
        country: null,
        date: node.announcedOn ?? node.effectiveOn,
        properties: {
          status: node.status,
          measureTypes: node.measureTypes,
          announcedOn: node.announcedOn,
          effectiveOn: node.effectiveOn,
          listName: node.listName ?? null,
        },
        evidence: [],
        statement: null,
      };
    case 'Item':
      return {
        ...base,
        country: null,
        date: null,
        properties: { itemType: node.itemType },
        evidence: [],
        statement: null,
      };
    case 'Document':
      return {
        ...base,
        country: null,
        date: node.publishedOn,
        properties: { documentType: node.documentType, publishedOn: node.publishedOn },
        evidence: [],
        statement: null,
      };
    case 'Statement':
      return {
        ...base,
        country: null,
        date: node.date,
        properties: { form: node.form, datePrecision: node.datePrecision },
        evidence: node.evidence.map(toEvidence),
        statement: {
          quote: node.quote,
          form: node.form,
          speakerId: node.speaker?.id ?? null,
          speakerName: node.speaker?.name ?? null,
          speakerShortName: node.speaker
            ? shortName(node.speaker.name, node.speaker.aliases)
            : null,
          saidToId: node.saidTo?.id ?? null,
          saidToName: node.saidTo?.name ?? null,
          aboutIds: node.about.map((about) => about.id),
          aboutNames: node.about.map((about) => about.name),
        },
      };
  }
}

/** A relationship of a query result as the explorer keeps it. */
export function toGraphRelationship(rel: RelationshipFieldsFragment): GraphRelationship {
  const properties: GraphRelationship['properties'] = {};
  if (rel.role !== null) properties.role = rel.role;
  if (rel.status !== null) properties.status = rel.status;
  if (rel.asOf !== null) properties.asOf = rel.asOf;
  if (rel.listName) properties.listName = rel.listName;
  return {
    id: rel.id,
    type: rel.type,
    source: rel.source,
    target: rel.target,
    evidence: rel.evidence.map(toEvidence),
    properties,
  };
}

/** A subgraph of a query result as the explorer keeps it. */
export function toSubgraph(subgraph: SubgraphFieldsFragment): Subgraph {
  return {
    nodes: subgraph.nodes.map(toGraphNode),
    relationships: subgraph.relationships.map(toGraphRelationship),
    truncated: subgraph.truncated,
    resolvedIds: subgraph.resolvedIds.map(({ asked, id }) => ({ asked, id })),
  };
}
