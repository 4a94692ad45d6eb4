/**
 * Every look-up of a node by `id` in the project's Cypher goes through a uniqueness constraint of
 * EXPECTED_INDEXES. A kind's label alone (`(d:Document {id: $id})`) has no index on `id`, so Neo4j
 * scans every node of that label for each id: 687 evidence documents of a 1,000-node view took
 * 0.96 s that way against a few ms through `:Entity(id)`. The Cypher builders live in many
 * packages, so this reads their sources (tests excepted) for node patterns that match on `id`.
 * A look-up whose condition sits in another string than its pattern (`WHERE a.id = actor` added to
 * `MATCH (m:Measure)-[r:LISTS]->(a:Actor)`) is not seen here; test/integration/id-lookup-cost.test.ts
 * measures those by their database hits.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { EXPECTED_INDEXES } from './neo4j-schema.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const PACKAGES = ['db', 'model', 'graph-seed', 'import', 'synthetic', 'draft', 'server'];

/** Labels whose `id` a uniqueness constraint indexes. */
const INDEXED = new Set(
  EXPECTED_INDEXES.filter(
    (index) => index.unique && index.entityType === 'NODE' && index.properties.join() === 'id',
  ).flatMap((index) => index.labelsOrTypes),
);

/** `(x:A:B {…, id: …})` and `MATCH (x:A:B) WHERE x.id = / IN …`: the labels and the matched text. */
export function idLookups(source: string): { labels: string[]; text: string }[] {
  const found: { labels: string[]; text: string }[] = [];
  const labelsOf = (list: string) => list.split(':').filter(Boolean);
  for (const match of source.matchAll(/\(\s*\w*((?::[A-Za-z]\w*)+)\s*\{([^}]*)\}/g))
    if (/(^|[\s,])id\s*:/.test(match[2]!))
      found.push({ labels: labelsOf(match[1]!), text: match[0] });
  for (const match of source.matchAll(
    /\(\s*(\w+)((?::[A-Za-z]\w*)+)\s*\)\s*'?,?\s*'?\s*WHERE\s+(?:\$\w+\s+IS\s+NULL\s+OR\s+)?\1\.id\s*(?:=|IN\b)/g,
  ))
    found.push({ labels: labelsOf(match[2]!), text: match[0] });
  return found;
}

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sources(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

describe('look-ups of nodes by id', () => {
  it('recognises a look-up through a kind’s label alone, and one through :Entity', () => {
    expect(INDEXED).toEqual(new Set(['Entity', 'Draft']));
    expect(idLookups("'MATCH (d:Document {id: id})',")).toEqual([
      { labels: ['Document'], text: '(d:Document {id: id}' },
    ]);
    expect(idLookups('MATCH (d:Document) WHERE d.id IN $ids RETURN d')[0]?.labels).toEqual([
      'Document',
    ]);
    expect(idLookups("['MATCH (d:Document)', 'WHERE $ids IS NULL OR d.id IN $ids']")).toHaveLength(
      1,
    );
    expect(idLookups('MERGE (n:Entity:Document {id: row.id, kind: row.kind})')[0]?.labels).toEqual([
      'Entity',
      'Document',
    ]);
    expect(idLookups('MATCH (r:DraftRevision {version: $version})')).toEqual([]);
    expect(idLookups('MATCH (d:Document) WHERE d.documentId = $id')).toEqual([]);
  });

  it('all name a label whose id a uniqueness constraint indexes', () => {
    const unindexed: string[] = [];
    let seen = 0;
    for (const file of PACKAGES.flatMap((name) => sources(path.join(root, name, 'src')))) {
      for (const lookup of idLookups(readFileSync(file, 'utf8'))) {
        seen += 1;
        if (!lookup.labels.some((label) => INDEXED.has(label)))
          unindexed.push(`${path.relative(root, file)}: ${lookup.text}`);
      }
    }
    expect(seen, 'look-ups found (the scan reads the sources)').toBeGreaterThan(20);
    expect(unindexed).toEqual([]);
  });
});
