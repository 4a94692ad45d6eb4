import { describe, expect, it } from 'vitest';
import { syntheticGraph } from '../generate.ts';
import { buildChunkWrites, chunkDocuments, chunkLabel } from './chunk-writes.ts';
import { buildTypedRelationshipWrites, relationshipMergeCypher } from './relationship-writes.ts';

const graph = syntheticGraph({ nodes: 1_000 });
const documents = [...graph.documents()];

describe('chunks', () => {
  it('never split a document and stay under the node budget unless one document exceeds it', () => {
    const chunks = [...chunkDocuments(documents, 120)];
    expect(chunks.flat()).toEqual(documents);
    for (const chunk of chunks) {
      const size = chunk.reduce((sum, d) => sum + d.nodes.length, 0);
      expect(chunk.length === 1 || size <= 120).toBe(true);
    }
    expect(chunkLabel(chunks[0]!)).toMatch(/^syn-registry-countries-0 … .+ \(\d+ documents\)$/);
  });
});

describe('chunk writes', () => {
  it('check kinds over every node, write nodes, then relationships by type, then reported statuses', () => {
    const chunk = documents.filter(
      (d) => d.documentId === 'syn-announcement-0' || d.documentId === 'syn-article-0',
    );
    const writes = buildChunkWrites(chunk);
    expect(writes.nodes).toBe(chunk.reduce((sum, d) => sum + d.nodes.length, 0));
    expect(writes.conflicts.params.rows).toHaveLength(writes.nodes);
    expect(writes.steps.map((step) => step.description)).toMatchSnapshot();
    expect(
      writes.steps.reduce(
        (sum, step) => sum + (step.description.includes('relationship') ? step.expected : 0),
        0,
      ),
    ).toBe(writes.relationships);
  });

  it('splice the relationship type from the allow-list, so the relationship index finds an existing one', () => {
    expect(relationshipMergeCypher('REPORTS_STATUS')).toMatchSnapshot();
    expect(() => relationshipMergeCypher('DROP' as never)).toThrow(
      'Unknown relationship type DROP',
    );
  });

  it('batch relationships of one type by the batch size', () => {
    const relationships = documents
      .flatMap((d) => d.relationships)
      .filter((r) => r.type === 'SAID_BY');
    const steps = buildTypedRelationshipWrites(relationships, 100);
    expect(steps.map((step) => step.expected)).toEqual(
      Array.from({ length: Math.ceil(relationships.length / 100) }, (_, i) =>
        Math.min(100, relationships.length - i * 100),
      ),
    );
    expect(steps[0]!.params.rows).toEqual(
      relationships.slice(0, 100).map((r) => ({
        id: r.id,
        from: r.from,
        to: r.to,
        properties: r.properties,
        dates: r.dates,
        evidence: r.evidence.map((e) => ({ key: `${e.documentId}|${e.start}|${e.end}`, ...e })),
      })),
    );
  });
});
