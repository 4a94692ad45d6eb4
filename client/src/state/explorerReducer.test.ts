import { describe, expect, it } from 'vitest';
import { explorerReducer } from './explorerReducer.ts';
import { INITIAL_STATE } from './explorerState.ts';
import type { GraphNode, GraphRelationship, Subgraph } from '../model/types.ts';

function node(id: string): GraphNode {
  return {
    id,
    kind: 'AGENCY',
    name: id,
    aliases: [],
    country: null,
    date: null,
    properties: {},
    evidence: [],
    statement: null,
  };
}
function rel(source: string, target: string): GraphRelationship {
  return {
    id: `${source}|PART_OF|${target}`,
    type: 'PART_OF',
    source,
    target,
    evidence: [],
    properties: {},
  };
}
function subgraph(ids: string[], rels: [string, string][]): Subgraph {
  return { nodes: ids.map(node), relationships: rels.map(([a, b]) => rel(a, b)), truncated: false };
}

describe('explorerReducer', () => {
  const star = explorerReducer(INITIAL_STATE, {
    type: 'graph/merge',
    subgraph: subgraph(
      ['hub', 'a', 'b', 'c'],
      [
        ['a', 'hub'],
        ['b', 'hub'],
        ['c', 'hub'],
        ['c', 'a'],
      ],
    ),
    label: 'search hub',
  });

  it('merges a subgraph and records it for undo', () => {
    expect(Object.keys(star.graph.nodes).sort()).toEqual(['a', 'b', 'c', 'hub']);
    expect(star.history.map((entry) => entry.label)).toEqual(['search hub']);
  });

  it('undoes the last expansion only', () => {
    const expanded = explorerReducer(star, {
      type: 'graph/merge',
      subgraph: subgraph(['b', 'd'], [['d', 'b']]),
      label: 'expand b',
    });
    expect(Object.keys(expanded.graph.nodes).sort()).toEqual(['a', 'b', 'c', 'd', 'hub']);
    const undone = explorerReducer(expanded, { type: 'graph/undo' });
    expect(Object.keys(undone.graph.nodes).sort()).toEqual(['a', 'b', 'c', 'hub']);
    expect(undone.history.map((entry) => entry.label)).toEqual(['search hub']);
  });

  it('records nothing when an expansion brings nothing new', () => {
    const again = explorerReducer(star, {
      type: 'graph/merge',
      subgraph: subgraph(['a', 'hub'], [['a', 'hub']]),
      label: 'expand a',
    });
    expect(again.history).toHaveLength(1);
  });

  it('collapses a node: hides the neighbours connected to nothing else', () => {
    const collapsed = explorerReducer(star, { type: 'graph/collapse', nodeId: 'hub' });
    // b hangs only off hub; a and c are linked to each other, so they stay.
    expect(Object.keys(collapsed.graph.nodes).sort()).toEqual(['a', 'c', 'hub']);
    expect(Object.keys(collapsed.graph.relationships).sort()).toEqual([
      'a|PART_OF|hub',
      'c|PART_OF|a',
      'c|PART_OF|hub',
    ]);
  });

  it('hides nodes with their relationships and drops them from the selection', () => {
    const selected = explorerReducer(star, { type: 'selection/set', elementIds: ['n:a', 'n:b'] });
    const hidden = explorerReducer(selected, { type: 'graph/hide', nodeIds: ['a'] });
    expect(Object.keys(hidden.graph.nodes).sort()).toEqual(['b', 'c', 'hub']);
    expect(Object.keys(hidden.graph.relationships).sort()).toEqual([
      'b|PART_OF|hub',
      'c|PART_OF|hub',
    ]);
    expect(hidden.selection).toEqual(['n:b']);
  });

  it('keeps the same state object for a selection that did not change', () => {
    const selected = explorerReducer(star, { type: 'selection/set', elementIds: ['n:a'] });
    expect(explorerReducer(selected, { type: 'selection/set', elementIds: ['n:a'] })).toBe(
      selected,
    );
  });

  it('highlights a path and adds its nodes', () => {
    const path = subgraph(['a', 'e'], [['a', 'e']]);
    const shown = explorerReducer(star, {
      type: 'path/show',
      path: { from: 'a', to: 'e', index: 0 },
      subgraph: path,
    });
    expect(shown.pathIds.sort()).toEqual(['a', 'a|PART_OF|e', 'e']);
    expect(shown.graph.nodes.e).toBeDefined();
    expect(shown.panel).toBe('paths');
  });
});
