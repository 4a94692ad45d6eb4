/**
 * The peer API of the benchmark: the same graph served by the Neo4j GraphQL Library
 * (`@neo4j/graphql`), the way a developer would model it there: one `Entity` type on the `:Entity`
 * label, a relationship field per relationship type and direction (`saidByOut`, `saidByIn`, …) with
 * the evidence lists as relationship properties, and the two full-text indexes as `@fulltext`
 * queries.
 */
import { Neo4jGraphQL } from '@neo4j/graphql';
import type { GraphQLSchema } from 'graphql';
import type { Driver } from 'neo4j-driver';
import { RELATIONSHIP_TYPES } from '@policygraph/model';

/** `SAID_BY` → `saidBy`. */
export function fieldBase(type: string): string {
  return type.toLowerCase().replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

/** The relationship fields of the peer's Entity type: `{ field, type, direction }`. */
export const PEER_RELATIONSHIP_FIELDS = RELATIONSHIP_TYPES.flatMap((type) => [
  { field: `${fieldBase(type)}Out`, type, direction: 'OUT' as const },
  { field: `${fieldBase(type)}In`, type, direction: 'IN' as const },
]);

/** The peer's type definitions. */
export function peerTypeDefs(): string {
  const relationships = PEER_RELATIONSHIP_FIELDS.map(
    ({ field, type, direction }) =>
      `  ${field}: [Entity!]! @relationship(type: "${type}", direction: ${direction}, properties: "Evidence")`,
  ).join('\n');
  return `
type Evidence @relationshipProperties {
  id: String
  role: String
  status: String
  evidenceDocumentIds: [String!]
  evidenceQuotes: [String!]
  evidenceStarts: [Int!]
  evidenceEnds: [Int!]
}

type Entity @node(labels: ["Entity"]) @mutation(operations: []) @fulltext(indexes: [
  { indexName: "entity_names_folding", queryName: "searchFolding", fields: ["name"] }
  { indexName: "entity_names_cjk", queryName: "searchCjk", fields: ["name"] }
]) {
  id: ID!
  kind: String!
  name: String!
  aliases: [String!]
  names: [String!]
  description: String
  country: String
${relationships}
}
`;
}

/** The peer's executable schema over `driver`. */
export async function peerSchema(driver: Driver): Promise<GraphQLSchema> {
  return new Neo4jGraphQL({ typeDefs: peerTypeDefs(), driver }).getSchema();
}
