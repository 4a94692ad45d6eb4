import { describe, expect, it } from 'vitest';
import { explorerReducer, statementAbout } from './explorerReducer.ts';
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

  it('merges a subgraph as a new step of the investigation', () => {
    expect(Object.keys(star.graph.nodes).sort()).toEqual(['a', 'b', 'c', 'hub']);
    expect(star.step).toEqual({ id: 1, label: 'search hub' });
    expect(star.past.map((step) => step.label)).toEqual(['start']);
  });

  it('goes back to the step before an expansion, and forward to it again', () => {
    const selected = explorerReducer(star, { type: 'selection/set', elementIds: ['n:b'] });
    const expanded = explorerReducer(selected, {
      type: 'graph/merge',
      subgraph: subgraph(['b', 'd'], [['d', 'b']]),
      label: 'expand b',
    });
    expect(Object.keys(expanded.graph.nodes).sort()).toEqual(['a', 'b', 'c', 'd', 'hub']);
    // Selecting is no step: it changed the current one in place.
    expect(expanded.past.map((step) => step.id)).toEqual([0, 1]);
    const back = explorerReducer(expanded, { type: 'history/go', stepId: 1 });
    expect(Object.keys(back.graph.nodes).sort()).toEqual(['a', 'b', 'c', 'hub']);
    expect(back.selection).toEqual(['n:b']);
    expect(back.step).toEqual({ id: 1, label: 'search hub' });
    expect(back.future.map((step) => step.label)).toEqual(['expand b']);
    const forward = explorerReducer(back, { type: 'history/go', stepId: expanded.step.id });
    expect(forward.graph).toBe(expanded.graph);
    expect(forward.past.map((step) => step.id)).toEqual([0, 1]);
    expect(forward.future).toEqual([]);
    // Back two steps at once, to the start.
    const start = explorerReducer(expanded, { type: 'history/go', stepId: 0 });
    expect(start.graph.nodes).toEqual({});
    expect(start.future.map((step) => step.label)).toEqual(['search hub', 'expand b']);
    // A new step after going back drops the steps ahead, as a browser does.
    const other = explorerReducer(back, { type: 'graph/hide', nodeIds: ['a'] });
    expect(other.future).toEqual([]);
    expect(other.step.label).toBe('hide a');
    expect(other.step.id).toBeGreaterThan(expanded.step.id);
  });

  it('makes no step when an expansion brings nothing new, or for an unknown step', () => {
    const again = explorerReducer(star, {
      type: 'graph/merge',
      subgraph: subgraph(['a', 'hub'], [['a', 'hub']]),
      label: 'expand a',
    });
    expect(again.past).toHaveLength(1);
    expect(explorerReducer(star, { type: 'history/go', stepId: 99 })).toBe(star);
  });

  it('opening a document and showing a path are steps; Clear leaves no pinned topic', () => {
    const opened = explorerReducer(star, {
      type: 'document/open',
      document: { id: 'doc', start: 1, end: 4 },
    });
    expect(opened.step.label).toBe('opening the document');
    const pinned = explorerReducer(opened, {
      type: 'statementFilter/set',
      filter: { speaker: null, about: 'hub', from: null, to: null },
    });
    const cleared = explorerReducer(pinned, { type: 'graph/clear' });
    expect(cleared.statementFilter.about).toBeNull();
    expect(cleared.document).toBeNull();
    expect(cleared.step.label).toBe('clear');
  });

  it('choosing a tab shows its panel and closes the open document; programmatic panel changes keep it', () => {
    const opened = explorerReducer(star, {
      type: 'document/open',
      document: { id: 'doc', start: 1, end: 4 },
    });
    const chosen = explorerReducer(opened, { type: 'panel/choose', panel: 'statements' });
    expect(chosen.panel).toBe('statements');
    expect(chosen.document).toBeNull();
    expect(chosen.step).toBe(opened.step);
    // The tab already shown, chosen again, still closes the document over it.
    const same = explorerReducer(opened, { type: 'panel/choose', panel: opened.panel });
    expect(same.document).toBeNull();
    expect(explorerReducer(chosen, { type: 'panel/choose', panel: 'statements' })).toBe(chosen);
    const set = explorerReducer(opened, { type: 'panel/set', panel: 'paths' });
    expect(set.document).toEqual({ id: 'doc', start: 1, end: 4 });
  });

  it('has the who-said-what list follow the one selected node unless a topic is pinned', () => {
    expect(statementAbout(star)).toBeNull();
    const selected = explorerReducer(star, { type: 'selection/set', elementIds: ['n:a'] });
    expect(statementAbout(selected)).toBe('a');
    const two = explorerReducer(star, { type: 'selection/set', elementIds: ['n:a', 'n:b'] });
    expect(statementAbout(two)).toBeNull();
    const pinned = explorerReducer(selected, {
      type: 'statementFilter/set',
      filter: { speaker: null, about: 'hub', from: null, to: null },
    });
    expect(statementAbout(pinned)).toBe('hub');
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
