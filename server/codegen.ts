/**
 * Generates the resolver types from the SDL in src/schema (run `npm run codegen -w server`).
 * The output is not committed; `npm run codegen` at the root makes it before typecheck and tests.
 * Mappers tie GraphQL types to the rows the Cypher queries return (src/neo4j/rows.ts).
 */
import type { CodegenConfig } from '@graphql-codegen/cli';

const rows = '../neo4j/rows.ts';
const listingRows = '../neo4j/listing-rows.ts';

const config: CodegenConfig = {
  schema: 'src/schema/**/*.graphql',
  emitLegacyCommonJSImports: false,
  generates: {
    'src/schema/resolvers-types.generated.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        useIndexSignature: false,
        contextType: '../context.ts#RequestContext',
        scalars: { Date: 'string', ID: 'string' },
        mapperTypeSuffix: 'Model',
        mappers: {
          Node: `${rows}#NodeRow`,
          Actor: `${rows}#NodeRow`,
          Measure: `${rows}#NodeRow`,
          Item: `${rows}#NodeRow`,
          Statement: `${rows}#NodeRow`,
          Document: `${rows}#NodeRow`,
          Evidence: `${rows}#EvidenceRow`,
          Relationship: `${rows}#RelationshipRow`,
          Subgraph: `${rows}#SubgraphRow`,
          SearchHit: `${rows}#SearchHitRow`,
          SearchEdge: `${rows}#SearchEdgeRow`,
          SearchConnection: `${rows}#SearchPageRow`,
          Role: `${rows}#RoleRow`,
          StatusReport: `${rows}#StatusReportRow`,
          StatementConnection: `${rows}#NodeConnectionRow`,
          MeasureConnection: `${rows}#NodeConnectionRow`,
          StatementEdge: `${rows}#EdgeRow`,
          MeasureEdge: `${rows}#EdgeRow`,
          Listing: `${listingRows}#ListingRow`,
          ListingConnection: `${listingRows}#ListingConnectionRow`,
          ListingEdge: `${listingRows}#ListingEdgeRow`,
          IdentityRecord: `${listingRows}#IdentityRow`,
          Draft: '../review/draft-writer.ts#DraftRow',
        },
      },
    },
  },
};

export default config;
