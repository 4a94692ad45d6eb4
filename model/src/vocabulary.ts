/**
 * The vocabulary of docs/data-model.md as fixed allow-lists: node kinds and their labels, measure
 * types, statuses, item types, statement forms, document types and date precisions. Labels and
 * relationship types spliced into Cypher come only from here.
 */

/** Actor kinds (`kind` property) and their kind label. */
export const ACTOR_LABELS = {
  GOVERNMENT: 'Government',
  AGENCY: 'Agency',
  COMPANY: 'Company',
  ORGANIZATION: 'Organization',
  BUSINESS_UNIT: 'BusinessUnit',
  MEDIA_OUTLET: 'MediaOutlet',
  INDUSTRY_ASSOCIATION: 'IndustryAssociation',
  ANALYST_FIRM: 'AnalystFirm',
  PERSON: 'Person',
  COUNTRY_OR_BLOC: 'CountryOrBloc',
  UNNAMED_SOURCE: 'UnnamedSource',
} as const;

/** The `kind` of an actor node: a key of ACTOR_LABELS (`AGENCY`, `PERSON`, …). */
export type ActorKind = keyof typeof ACTOR_LABELS;
/** Every actor kind, in the order of ACTOR_LABELS (a non-empty tuple, as z.enum wants). */
export const ACTOR_KINDS = Object.keys(ACTOR_LABELS) as [ActorKind, ...ActorKind[]];

/** Every `kind` value a node may have. */
export type NodeKind = ActorKind | 'MEASURE' | 'ITEM' | 'STATEMENT' | 'DOCUMENT';

/** Every `kind` value, actors first. */
export const NODE_KINDS: readonly NodeKind[] = [
  ...ACTOR_KINDS,
  'MEASURE',
  'ITEM',
  'STATEMENT',
  'DOCUMENT',
];

/** The labels of a node of each kind, in the order they are written: `Entity`, family, kind. */
export function labelsOf(kind: NodeKind): readonly string[] {
  switch (kind) {
    case 'MEASURE':
      return ['Entity', 'Measure'];
    case 'ITEM':
      return ['Entity', 'Item'];
    case 'STATEMENT':
      return ['Entity', 'Statement'];
    case 'DOCUMENT':
      return ['Entity', 'Document'];
    default:
      return ['Entity', 'Actor', ACTOR_LABELS[kind]];
  }
}

/** True when `kind` is an actor kind (its nodes carry the `:Actor` label and may have a `country`). */
export function isActorKind(kind: NodeKind): kind is ActorKind {
  return kind in ACTOR_LABELS;
}

/** Date-valued properties of each node kind (stored as Neo4j DATE). */
export const NODE_DATE_PROPERTIES: Readonly<Partial<Record<NodeKind, readonly string[]>>> = {
  MEASURE: ['announcedOn', 'effectiveOn'],
  STATEMENT: ['date'],
  DOCUMENT: ['publishedOn'],
};

/** Values of a measure's `measureTypes` (one measure may have several). */
export const MEASURE_TYPES = [
  'EXPORT_CONTROL',
  'PROPOSED_RULE',
  'LICENSING_REQUIREMENT',
  'SANCTION',
  'LISTING',
  'RESTRICTION',
] as const;

/** Values of a measure's `status` and of `REPORTS_STATUS.status`, from considered to revoked. */
export const MEASURE_STATUSES = [
  'UNDER_CONSIDERATION',
  'PROPOSED',
  'ANNOUNCED',
  'IN_EFFECT',
  'SUSPENDED',
  'REVOKED',
  'UNKNOWN',
] as const;
/** One of MEASURE_STATUSES. */
export type MeasureStatus = (typeof MEASURE_STATUSES)[number];

/** Values of an item's `itemType`. */
export const ITEM_TYPES = ['MATERIAL', 'PRODUCT', 'SERVICE'] as const;
/** Values of a statement's `form`: the speaker's words, or the document's paraphrase. */
export const STATEMENT_FORMS = ['DIRECT_QUOTE', 'PARAPHRASE'] as const;
/** Values of a document's `documentType`. */
export const DOCUMENT_TYPES = [
  'ARTICLE',
  'REPORT',
  'ANNOUNCEMENT',
  'PRESS_CONFERENCE',
  'DATASET',
] as const;
/** Values of a statement's `datePrecision`: how much of its `date` (the first day of the period) is known. */
export const DATE_PRECISIONS = ['DAY', 'MONTH', 'YEAR'] as const;
/** One of DATE_PRECISIONS. */
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/**
 * How an entry of a loaded document was made (the GraphQL `EntryOrigin`, the seed format's
 * `provenance`): written by hand, drafted and accepted unchanged, drafted and edited by the
 * reviewer, or added by the reviewer (the drafting missed it).
 */
export const ENTRY_ORIGINS = [
  'HAND',
  'DRAFTED_ACCEPTED',
  'DRAFTED_EDITED',
  'ADDED_BY_REVIEWER',
] as const;
/** One of ENTRY_ORIGINS. */
export type EntryOrigin = (typeof ENTRY_ORIGINS)[number];

/**
 * How a list row's actor became a node (the GraphQL `MergeRule`): a new node, or which rule of the
 * importers (import/src/merge-rules.ts) merged it with an existing one.
 */
export const MERGE_RULES = [
  'NEW',
  'SOURCE_ROW',
  'ISSUING_BODY_TABLE',
  'WIKIDATA_ID',
  'NAME_COUNTRY',
  'PERSON_NAMES_COUNTRY',
  'SAME_DATASET_NAME',
  'SCORE',
  'JUDGEMENT',
] as const;
export type MergeRule = (typeof MERGE_RULES)[number];
