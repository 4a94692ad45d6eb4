/**
 * The constraints and indexes of docs/data-model.md as Cypher (schema commands take no parameters;
 * every name, label and type here comes from the allow-lists).
 */
import { RELATIONSHIP_TYPES } from './relationship-rules.ts';

/** An index or constraint we expect to find, as SHOW INDEXES reports it. */
export interface ExpectedIndex {
  name: string;
  /** SHOW INDEXES `type`: RANGE or FULLTEXT (a uniqueness constraint is backed by a RANGE index). */
  type: 'RANGE' | 'FULLTEXT';
  entityType: 'NODE' | 'RELATIONSHIP';
  labelsOrTypes: string[];
  properties: string[];
  /** Full-text analyzer, for FULLTEXT indexes. */
  analyzer?: string;
}

const fulltext = (name: string, properties: string[], analyzer: string): ExpectedIndex => ({
  name,
  type: 'FULLTEXT',
  entityType: 'NODE',
  labelsOrTypes: ['Entity'],
  properties,
  analyzer,
});

/**
 * Every index the loader needs. The two full-text indexes cover different property lists because
 * Neo4j allows only one full-text index per label and property list, whatever the analyzer:
 * `entity_names_folding` covers `name` and `aliases`, `entity_names_cjk` the derived list `names`.
 */
export const EXPECTED_INDEXES: readonly ExpectedIndex[] = [
  {
    name: 'entity_id_unique',
    type: 'RANGE',
    entityType: 'NODE',
    labelsOrTypes: ['Entity'],
    properties: ['id'],
  },
  {
    name: 'entity_kind',
    type: 'RANGE',
    entityType: 'NODE',
    labelsOrTypes: ['Entity'],
    properties: ['kind'],
  },
  ...RELATIONSHIP_TYPES.map((type): ExpectedIndex => ({
    name: `relationship_id_${type.toLowerCase()}`,
    type: 'RANGE',
    entityType: 'RELATIONSHIP',
    labelsOrTypes: [type],
    properties: ['id'],
  })),
  {
    name: 'statement_date',
    type: 'RANGE',
    entityType: 'NODE',
    labelsOrTypes: ['Statement'],
    properties: ['date'],
  },
  {
    name: 'measure_announced',
    type: 'RANGE',
    entityType: 'NODE',
    labelsOrTypes: ['Measure'],
    properties: ['announcedOn'],
  },
  {
    name: 'document_published',
    type: 'RANGE',
    entityType: 'NODE',
    labelsOrTypes: ['Document'],
    properties: ['publishedOn'],
  },
  fulltext('entity_names_cjk', ['names'], 'cjk'),
  fulltext('entity_names_folding', ['name', 'aliases'], 'standard-folding'),
];

/** The CREATE … IF NOT EXISTS statement of an expected index. */
export function createStatement(index: ExpectedIndex): string {
  const [label] = index.labelsOrTypes;
  if (index.name === 'entity_id_unique') {
    return `CREATE CONSTRAINT ${index.name} IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`;
  }
  if (index.type === 'FULLTEXT') {
    const properties = index.properties.map((property) => `n.${property}`).join(', ');
    return (
      `CREATE FULLTEXT INDEX ${index.name} IF NOT EXISTS FOR (n:${label}) ON EACH [${properties}] ` +
      `OPTIONS {indexConfig: {\`fulltext.analyzer\`: '${index.analyzer}'}}`
    );
  }
  const properties = index.properties.map((property) => `x.${property}`).join(', ');
  return index.entityType === 'RELATIONSHIP'
    ? `CREATE INDEX ${index.name} IF NOT EXISTS FOR ()-[x:${label}]-() ON (${properties})`
    : `CREATE INDEX ${index.name} IF NOT EXISTS FOR (x:${label}) ON (${properties})`;
}

/** All schema statements, constraint first. */
export function schemaStatements(): string[] {
  return EXPECTED_INDEXES.map(createStatement);
}
