import { describe, expect, it } from 'vitest';
import neo4j from 'neo4j-driver';
import { buildTouchedQuery, countChanges, touchedState } from './import-changes.ts';

describe('what an import changed', () => {
  it('reads the touched nodes and relationships with parameters only', () => {
    expect(
      buildTouchedQuery(['a', 'b'], [{ id: 'a|LISTS|b', from: 'a', to: 'b' }]),
    ).toMatchSnapshot();
  });

  it('counts created elements, changed ones and differing properties, nothing for equal values', () => {
    const before = touchedState([
      { key: 'node:a', labels: ['Entity', 'Actor'], properties: { name: 'A', n: neo4j.int(1) } },
      { key: 'node:b', labels: ['Entity'], properties: { name: 'B', aliases: ['x'] } },
      { key: 'rel:r', labels: [], properties: { on: new neo4j.types.Date(2024, 1, 2) } },
    ]);
    const same = touchedState([
      { key: 'node:a', labels: ['Actor', 'Entity'], properties: { n: neo4j.int(1), name: 'A' } },
      { key: 'node:b', labels: ['Entity'], properties: { name: 'B', aliases: ['x'] } },
      { key: 'rel:r', labels: [], properties: { on: new neo4j.types.Date(2024, 1, 2) } },
    ]);
    expect(countChanges(before, same)).toEqual({
      nodesCreated: 0,
      nodesUpdated: 0,
      relationshipsCreated: 0,
      relationshipsUpdated: 0,
      propertiesChanged: 0,
    });
    const after = touchedState([
      { key: 'node:a', labels: ['Entity', 'Actor'], properties: { name: 'A', n: neo4j.int(1) } },
      {
        key: 'node:b',
        labels: ['Entity', 'Actor'],
        properties: { name: 'B', aliases: ['x', 'y'] },
      },
      { key: 'node:c', labels: ['Entity'], properties: { name: 'C' } },
      { key: 'rel:r', labels: [], properties: { on: new neo4j.types.Date(2024, 1, 3) } },
      { key: 'rel:s', labels: [], properties: { id: 's' } },
    ]);
    expect(countChanges(before, after)).toEqual({
      nodesCreated: 1,
      nodesUpdated: 1,
      relationshipsCreated: 1,
      relationshipsUpdated: 1,
      propertiesChanged: 2 + 2 + 1 + 1,
    });
  });
});
