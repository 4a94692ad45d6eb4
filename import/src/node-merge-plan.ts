/**
 * What merging one stored actor node into another makes of them, computed from their stored
 * properties and relationships (as the driver returns them: Neo4j integers and dates stay as they
 * are, so writing them back keeps their types). Pure; node-merge-cypher.ts writes the plan and
 * node-merge.ts runs it.
 *
 * The survivor keeps its id, kind and name; it gains the absorbed node's name and aliases as
 * aliases, its evidence entries (by `documentId|start|end`), its merge audit (`identity*` lists)
 * and alias sources, any property it lacked (each recorded in `propertySources` as
 * `<property>|<absorbed id>`; the absorbed node's `importFilled` entries of those properties only),
 * and the absorbed id in `absorbedIds` (with those the absorbed node
 * had absorbed). Each relationship of the absorbed node moves to the survivor under the id it would
 * have had there; one the survivor already has (the same measure listing both) becomes one, with
 * both evidence lists. Relationships between the two are dropped (a merged node does not relate to
 * itself); the snapshots written with the merge keep them for a split.
 */

/** Stored properties of a node or relationship, values as the driver returns them. */
export type StoredProperties = Record<string, unknown>;

/** A stored relationship of the absorbed node or of the survivor. */
export interface StoredRelationship {
  /** Its `id` property (`<from>|<TYPE>|<to>…`). */
  id: string;
  type: string;
  /** Id of its start node. */
  start: string;
  /** Id of its end node. */
  end: string;
  properties: StoredProperties;
}

/** What the merge reads before writing (node-merge.ts). */
export interface MergeInput {
  survivor: { id: string; properties: StoredProperties };
  absorbed: { id: string; labels: string[]; properties: StoredProperties };
  /** Every relationship of the absorbed node. */
  absorbedRelationships: StoredRelationship[];
  /** The survivor's relationships whose ids a moved relationship would take, by id. */
  survivorRelationships: StoredRelationship[];
}

/** One relationship of the absorbed node, and what the merge does with it. */
export interface RelationshipMove {
  /** The relationship as stored (its snapshot restores it on a split). */
  before: StoredRelationship;
  /**
   * `CREATE`: a new relationship of the survivor (`after`); `COMBINE`: the survivor's relationship
   * of the same id takes `after`'s properties; `DROP`: a relationship between the two nodes.
   */
  action: 'CREATE' | 'COMBINE' | 'DROP';
  after: StoredRelationship | null;
}

/** The merge to write. */
export interface MergePlan {
  survivorId: string;
  absorbedId: string;
  /** Every property the survivor has after the merge. */
  survivorProperties: StoredProperties;
  /** Properties the survivor took from the absorbed node. */
  filled: string[];
  moves: RelationshipMove[];
}

const EVIDENCE_LISTS = [
  'evidenceDocumentIds',
  'evidenceQuotes',
  'evidenceStarts',
  'evidenceEnds',
] as const;
/** Properties of the absorbed node never copied: who owns a seed node stays with its own id. */
const NOT_FILLED = new Set([
  'id',
  'kind',
  'name',
  'names',
  'aliases',
  'declaredIn',
  'declaredKeys',
  'absorbedIds',
  'propertySources',
  'importFilled',
]);

const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const isBlank = (value: unknown) => value === null || value === undefined;

/** The evidence of `into` followed by the entries of `from` it lacks (by `documentId|start|end`). */
function mergeEvidence(into: StoredProperties, from: StoredProperties): StoredProperties {
  const [ids, quotes, starts, ends] = EVIDENCE_LISTS.map((key) => [...list(into[key])]) as [
    unknown[],
    unknown[],
    unknown[],
    unknown[],
  ];
  const key = (i: number, l: unknown[][]) =>
    `${String(l[0]![i])}|${String(l[2]![i])}|${String(l[3]![i])}`;
  const known = new Set(ids.map((_, i) => key(i, [ids, quotes, starts, ends])));
  const source = EVIDENCE_LISTS.map((name) => list(from[name]));
  source[0]!.forEach((_, i) => {
    const k = key(i, source);
    if (known.has(k)) return;
    known.add(k);
    ids.push(source[0]![i]);
    quotes.push(source[1]![i]);
    starts.push(source[2]![i]);
    ends.push(source[3]![i]);
  });
  if (ids.length === 0 && !(EVIDENCE_LISTS[0] in into)) return {};
  return {
    evidenceDocumentIds: ids,
    evidenceQuotes: quotes,
    evidenceStarts: starts,
    evidenceEnds: ends,
  };
}

/** `values` without repeats, in order of first appearance. */
function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

/**
 * The properties of a node or relationship `into` after taking in `from`: evidence merged,
 * `identity*` lists appended, other lists united, properties `into` lacks filled in (`filled`).
 */
function combine(
  into: StoredProperties,
  from: StoredProperties,
): { properties: StoredProperties; filled: string[] } {
  const properties: StoredProperties = { ...into, ...mergeEvidence(into, from) };
  const filled: string[] = [];
  for (const [key, value] of Object.entries(from)) {
    if (NOT_FILLED.has(key) || (EVIDENCE_LISTS as readonly string[]).includes(key)) continue;
    if (key.startsWith('identity') && Array.isArray(value))
      properties[key] = [...list(into[key]), ...value];
    else if (Array.isArray(value) && Array.isArray(into[key]))
      properties[key] = unique([...(into[key] as unknown[]), ...value]);
    else if (isBlank(into[key]) && !isBlank(value)) {
      properties[key] = value;
      filled.push(key);
    }
  }
  return { properties, filled };
}

/** The id `relationship` has once `absorbedId` is `survivorId` (its ends replaced in `<from>|<TYPE>|<to>…`). */
export function movedRelationshipId(
  relationship: Pick<StoredRelationship, 'id' | 'type' | 'start' | 'end'>,
  absorbedId: string,
  survivorId: string,
): string {
  const swap = (id: string) => (id === absorbedId ? survivorId : id);
  const parts = relationship.id.split('|');
  if (
    parts[0] === relationship.start &&
    parts[1] === relationship.type &&
    parts[2] === relationship.end
  )
    return [swap(parts[0]), parts[1], swap(parts[2]), ...parts.slice(3)].join('|');
  return `${swap(relationship.start)}|${relationship.type}|${swap(relationship.end)}`;
}

/** The merge of `input.absorbed` into `input.survivor` (see the module comment). */
export function planMerge(input: MergeInput): MergePlan {
  const { survivor, absorbed } = input;
  const a = survivor.properties;
  const b = absorbed.properties;
  const { properties, filled } = combine(a, b);
  const name = String(a.name);
  const aliases = unique([...list(a.aliases), b.name, ...list(b.aliases)].map(String)).filter(
    (alias) => alias !== name,
  );
  properties.aliases = aliases;
  properties.names = [name, ...aliases];
  properties.absorbedIds = unique([
    ...list(a.absorbedIds).map(String),
    absorbed.id,
    ...list(b.absorbedIds).map(String),
  ]);
  properties.propertySources = unique([
    ...list(a.propertySources).map(String),
    ...filled.map((key) => `${key}|${absorbed.id}`),
    ...list(b.propertySources).map(String),
  ]);
  // `documentId|property` of what an import filled in: the survivor's own, and the absorbed node's
  // for the properties the survivor took from it only (`import --remove` withdraws what these name,
  // so a property the survivor had of its own must not be named).
  const importFilled = unique([
    ...list(a.importFilled).map(String),
    ...list(b.importFilled)
      .map(String)
      .filter((entry) => filled.includes(entry.slice(entry.indexOf('|') + 1))),
  ]);
  if (importFilled.length > 0) properties.importFilled = importFilled;
  const existing = new Map(input.survivorRelationships.map((r) => [r.id, r]));
  const moves = input.absorbedRelationships.map((before): RelationshipMove => {
    const ends = [before.start, before.end];
    if (ends.includes(survivor.id) || before.start === before.end)
      return { before, action: 'DROP', after: null };
    const id = movedRelationshipId(before, absorbed.id, survivor.id);
    const swap = (end: string) => (end === absorbed.id ? survivor.id : end);
    const target = { id, type: before.type, start: swap(before.start), end: swap(before.end) };
    const there = existing.get(id);
    if (there)
      return {
        before,
        action: 'COMBINE',
        after: { ...target, properties: combine(there.properties, before.properties).properties },
      };
    return {
      before,
      action: 'CREATE',
      after: { ...target, properties: { ...before.properties, id } },
    };
  });
  return {
    survivorId: survivor.id,
    absorbedId: absorbed.id,
    survivorProperties: properties,
    filled,
    moves,
  };
}
