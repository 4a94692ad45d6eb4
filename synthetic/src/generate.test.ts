import { describe, expect, it } from 'vitest';
import { GraphValidator } from './bulk/validate-graph.ts';
import { chunkDocuments } from './bulk/chunk-writes.ts';
import type { ValidatedDocument } from '@policygraph/model';
import { syntheticGraph } from './generate.ts';

const all = (seed?: number, nodes = 2_000): ValidatedDocument[] => [
  ...syntheticGraph({ nodes, seed }).documents(),
];

describe('the synthetic graph', () => {
  const documents = all();
  const nodes = documents.flatMap((document) => document.nodes);
  const relationships = documents.flatMap((document) => document.relationships);
  const texts = new Map(
    nodes
      .filter((node) => node.kind === 'DOCUMENT')
      .map((node) => [node.id, String(node.properties.text)]),
  );

  it('is the same for the same seed and differs for another seed', () => {
    expect(JSON.stringify(all())).toBe(JSON.stringify(documents));
    const other = all(7);
    expect(other[0]!.documentId).toBe(documents[0]!.documentId);
    expect(JSON.stringify(other)).not.toBe(JSON.stringify(documents));
  });

  it('has about the asked number of nodes, several relationships per node and unique ids', () => {
    expect(nodes.length).toBeGreaterThanOrEqual(2_000);
    expect(nodes.length).toBeLessThan(2_010);
    expect(new Set(nodes.map((node) => node.id)).size).toBe(nodes.length);
    expect(relationships.length / nodes.length).toBeGreaterThan(2.5);
  });

  it('puts evidence on every relationship and statement, each quote at its real offsets', () => {
    const evidence = [...nodes, ...relationships].flatMap((item) => item.evidence);
    expect(relationships.every((relationship) => relationship.evidence.length > 0)).toBe(true);
    expect(
      nodes
        .filter((node) => node.kind === 'STATEMENT')
        .every((node) => node.evidence.some((e) => e.quote === node.properties.quote)),
    ).toBe(true);
    for (const record of evidence)
      expect(texts.get(record.documentId)!.slice(record.start, record.end)).toBe(record.quote);
  });

  it('names things in Latin, CJK, Cyrillic and Arabic scripts', () => {
    const names = nodes.flatMap((node) => [node.name, ...node.aliases]);
    for (const script of [
      /\p{Script=Han}/u,
      /\p{Script=Hangul}/u,
      /\p{Script=Cyrillic}/u,
      /\p{Script=Arabic}/u,
      /[éèüöøë]/u,
    ]) {
      expect(names.some((name) => script.test(name))).toBe(true);
    }
  });

  it('spreads statements and documents over years', () => {
    const years = new Set(
      nodes
        .filter((node) => node.kind === 'DOCUMENT' && node.properties.documentType !== 'DATASET')
        .map((node) => node.dates.publishedOn!.slice(0, 4)),
    );
    expect(years.size).toBeGreaterThanOrEqual(8);
  });

  it('has hubs: the best-connected node has many times the median degree', () => {
    const degree = new Map<string, number>();
    for (const relationship of relationships) {
      for (const id of [relationship.from, relationship.to])
        degree.set(id, (degree.get(id) ?? 0) + 1);
    }
    const sorted = [...degree.values()].sort((a, b) => a - b);
    expect(sorted[sorted.length - 1]!).toBeGreaterThan(40 * sorted[sorted.length >> 1]!);
  });

  it('passes the bulk loader validation, chunk by chunk', () => {
    const validator = new GraphValidator();
    for (const chunk of chunkDocuments(documents, 500)) expect(validator.check(chunk)).toEqual([]);
    expect(validator.knownNodes.size).toBe(nodes.length);
  });
});
