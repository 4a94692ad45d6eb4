/**
 * The constraints and indexes of docs/data-model.md as Cypher (schema commands take no parameters;
 * every name, label and type here comes from the allow-lists).
 */
import { RELATIONSHIP_TYPES } from './relationship-rules.ts';

/** An index or constraint we expect to find, as SHOW INDEXES reports it. */
export interface ExpectedIndex {
  /** The index name; for a uniqueness constraint also the constraint's name (SHOW INDEXES `owningConstraint`). */
  name: string;
  /** SHOW INDEXES `type`: RANGE or FULLTEXT (a uniqueness constraint is backed by a RANGE index). */
  type: 'RANGE' | 'FULLTEXT';
  /** True for a property uniqueness constraint (`REQUIRE x.id IS UNIQUE`), which brings its own index. */
  unique?: boolean;
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
 * Every index the loader needs: uniqueness constraints on `:Entity(id)` (the only index on a node's
 * `id`: a look-up by id names `:Entity`, as `(d:Entity:Document {id: $id})`, never a kind's label
 * alone), on `:Draft(id)` and on `id` of every relationship type (`part_of_id_unique`, …; each brings
 * the range index MERGE finds it by), range
 * indexes for kinds and dates, one on `:MergeRecord(absorbedId)` (every query that takes node ids
 * looks absorbed ids up by it: merged-ids.ts), one on `:MergeRecord(survivorId)` (a merge finds the
 * earlier merges into the node it absorbs by it), and two full-text indexes. The two full-text
 * indexes cover different property lists because Neo4j allows only one full-text index per label
 * and property list, whatever the analyzer:
 * `entity_names_folding` covers `name` and `aliases`, `entity_names_cjk` the derived list `names`.
 */
export const EXPECTED_INDEXES: readonly ExpectedIndex[] = [
  {
    name: 'entity_id_unique',
    type: 'RANGE',
    unique: true,
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
    name: `${type.toLowerCase()}_id_unique`,
    type: 'RANGE',
    unique: true,
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
  {
    name: 'draft_id_unique',
    type: 'RANGE',
    unique: true,
    entityType: 'NODE',
    labelsOrTypes: ['Draft'],
    properties: ['id'],
  },
  {
    name: 'merge_record_absorbed',
    type: 'RANGE',
    entityType: 'NODE',
    labelsOrTypes: ['MergeRecord'],
    properties: ['absorbedId'],
  },
  {
    name: 'merge_record_survivor',
    type: 'RANGE',
    entityType: 'NODE',
    labelsOrTypes: ['MergeRecord'],
    properties: ['survivorId'],
  },
  fulltext('entity_names_cjk', ['names'], 'cjk'),
  fulltext('entity_names_folding', ['name', 'aliases'], 'standard-folding'),
];

/**
 * Range indexes of earlier versions of the data model (`relationship_id_<type>` on each type's `id`),
 * dropped before the uniqueness constraints that replace them are created: Neo4j refuses a
 * constraint while an index on the same schema exists.
 */
export const LEGACY_INDEX_NAMES: readonly string[] = RELATIONSHIP_TYPES.map(
  (type) => `relationship_id_${type.toLowerCase()}`,
);

/** The CREATE … IF NOT EXISTS statement of an expected index or uniqueness constraint. */
export function createStatement(index: ExpectedIndex): string {
  const [label] = index.labelsOrTypes;
  if (index.unique) {
    const [property] = index.properties;
    return index.entityType === 'RELATIONSHIP'
      ? `CREATE CONSTRAINT ${index.name} IF NOT EXISTS FOR ()-[r:${label}]-() REQUIRE r.${property} IS UNIQUE`
      : `CREATE CONSTRAINT ${index.name} IF NOT EXISTS FOR (n:${label}) REQUIRE n.${property} IS UNIQUE`;
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

/** All schema statements, in EXPECTED_INDEXES order (constraints with the others). */
export function schemaStatements(): string[] {
  return EXPECTED_INDEXES.map(createStatement);
}
