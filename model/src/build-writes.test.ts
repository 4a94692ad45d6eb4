/** Snapshot tests of the pure Cypher builders of the data model's writes (build-writes.ts, neo4j-schema.ts). */
import { describe, expect, it } from 'vitest';
import {
  BATCH_SIZE,
  buildKindConflictQuery,
  buildNodeWrites,
  buildRelationshipWrites,
} from './build-writes.ts';
import { schemaStatements } from './neo4j-schema.ts';
import type { GraphNode } from './graph-types.ts';
import { DOCUMENT } from '../../test/fixtures/validated-document.ts';

describe('Cypher builders', () => {
  it('writes all nodes with one parameterised MERGE, actors before measures', () => {
    const [step, ...rest] = buildNodeWrites(DOCUMENT.nodes);
    expect(rest).toEqual([]);
    expect(step!.params.rows).toMatchObject([
      { id: 'ministry', labels: ['Actor', 'Agency'] },
      { id: 'licence', labels: ['Measure'] },
    ]);
    expect(step).toMatchSnapshot();
  });
  it('writes relationships by id with their type as a parameter, in the order of the data model', () => {
    const steps = buildRelationshipWrites(DOCUMENT.relationships);
    expect(steps).toHaveLength(1);
    expect((steps[0]!.params.rows as { type: string }[]).map((row) => row.type)).toEqual([
      'ISSUED_BY',
      'REPORTS_STATUS',
    ]);
    expect(steps[0]).toMatchSnapshot();
  });
  it('batches rows by BATCH_SIZE and expects each batch to be written whole', () => {
    const many: GraphNode[] = Array.from({ length: BATCH_SIZE + 1 }, (_, index) => ({
      ...DOCUMENT.nodes[1]!,
      id: `n${index}`,
    }));
    expect(buildNodeWrites(many).map((step) => step.expected)).toEqual([BATCH_SIZE, 1]);
  });
  it('checks for ids stored with another kind', () => {
    expect(buildKindConflictQuery(DOCUMENT.nodes)).toMatchSnapshot();
  });
  it('creates the constraints and indexes of the data model', () => {
    expect(schemaStatements()).toMatchSnapshot();
  });
});
