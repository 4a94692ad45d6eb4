import { describe, expect, it } from 'vitest';
import { diffElements, indexElements } from './diffElements.ts';
import { toElements, type GraphElement } from './elements.ts';
import type { GraphNode, GraphRelationship } from '../model/types.ts';
import { OPEN_RANGE } from '../state/dateRange.ts';

function node(id: string, kind = 'AGENCY', date: string | null = null): GraphNode {
  return {
    id,
    kind,
    name: id.toUpperCase(),
    aliases: [],
    country: null,
    date,
    properties: {},
    evidence: [],
    statement: null,
  };
}
function rel(source: string, type: string, target: string): GraphRelationship {
  return { id: `${source}|${type}|${target}`, type, source, target, evidence: [], properties: {} };
}
function elements(
  nodes: GraphNode[],
  rels: GraphRelationship[],
  pathIds: string[] = [],
): GraphElement[] {
  return toElements({
    nodes,
    relationships: rels,
    dateRange: OPEN_RANGE,
    pathIds: new Set(pathIds),
  });
}

describe('toElements', () => {
  it('labels measures and documents with what tells them apart, other kinds only among namesakes', () => {
    const measure = (id: string, date: string) => ({
      ...node(id, 'MEASURE', date),
      name: 'Additions to the Entity List',
      disambiguation: `BIS, ${date}`,
    });
    const agency = (id: string, country: string) => ({
      ...node(id, 'AGENCY'),
      name: 'Ministry of Commerce',
      disambiguation: `agency, ${country}`,
    });
    const labels = (nodes: GraphNode[]) =>
      elements(nodes, []).map((element) => String(element.data.label));
    expect(labels([measure('m1', '2023-10-19'), agency('cn', 'CN')])).toEqual([
      'Ministry of Commerce',
      'Additions to the Entity List\n(BIS, 2023-10-19)',
    ]);
    expect(labels([agency('cn', 'CN'), agency('in', 'IN')])).toEqual([
      'Ministry of Commerce\n(agency, CN)',
      'Ministry of Commerce\n(agency, IN)',
    ]);
  });

  it('prefixes node and relationship ids so they never collide', () => {
    // A node whose id equals a relationship id: both must survive as distinct elements.
    const out = elements([node('a'), node('b'), node('a|PART_OF|b')], [rel('a', 'PART_OF', 'b')]);
    const ids = out.map((element) => element.data.id);
    expect(ids).toEqual(['n:a', 'n:a|PART_OF|b', 'n:b', 'r:a|PART_OF|b']);
    expect(new Set(ids).size).toBe(ids.length);
    const edge = out.find((element) => element.group === 'edges')!;
    expect(edge.data).toMatchObject({
      source: 'n:a',
      target: 'n:b',
      type: 'PART_OF',
      label: 'part of',
    });
  });

  it('leaves out relationships whose ends are not both shown', () => {
    const out = elements([node('a')], [rel('a', 'PART_OF', 'b')]);
    expect(out.map((element) => element.data.id)).toEqual(['n:a']);
  });

  it('fades nodes dated outside the range and their relationships, never undated ones', () => {
    const out = toElements({
      nodes: [
        node('old', 'STATEMENT', '2022-01-05'),
        node('new', 'STATEMENT', '2023-07-05'),
        node('x'),
      ],
      relationships: [rel('old', 'ABOUT', 'x'), rel('new', 'ABOUT', 'x')],
      dateRange: { from: '2023-01-01', to: null },
      pathIds: new Set(),
    });
    const classes = Object.fromEntries(out.map((element) => [element.data.id, element.classes]));
    expect(classes).toEqual({
      'n:new': '',
      'n:old': 'faded',
      'n:x': '',
      'r:new|ABOUT|x': '',
      'r:old|ABOUT|x': 'faded',
    });
  });
});

describe('diffElements', () => {
  const a = node('a');
  const b = node('b');
  const c = node('c');
  const ab = rel('a', 'PART_OF', 'b');
  const bc = rel('b', 'PART_OF', 'c');

  it('adds everything to an empty graph, nodes before edges', () => {
    const diff = diffElements(new Map(), elements([a, b], [ab]));
    expect(diff.added.map((element) => element.data.id)).toEqual(['n:a', 'n:b', 'r:a|PART_OF|b']);
    expect(diff.addedNodes).toEqual(['n:a', 'n:b']);
    expect(diff.removed).toEqual([]);
    expect(diff.changed).toEqual([]);
  });

  it('reports nothing when nothing changed, so no layout runs', () => {
    const shown = elements([a, b], [ab]);
    const diff = diffElements(indexElements(shown), elements([a, b], [ab]));
    expect(diff).toEqual({ added: [], removed: [], changed: [], addedNodes: [], removedNodes: [] });
  });

  it('adds only what an expansion brought', () => {
    const diff = diffElements(indexElements(elements([a, b], [ab])), elements([a, b, c], [ab, bc]));
    expect(diff.added.map((element) => element.data.id)).toEqual(['n:c', 'r:b|PART_OF|c']);
    expect(diff.addedNodes).toEqual(['n:c']);
    expect(diff.removed).toEqual([]);
  });

  it('removes edges before nodes when nodes are hidden', () => {
    const diff = diffElements(indexElements(elements([a, b, c], [ab, bc])), elements([a, b], [ab]));
    expect(diff.removed).toEqual(['r:b|PART_OF|c', 'n:c']);
    expect(diff.removedNodes).toEqual(['n:c']);
    expect(diff.added).toEqual([]);
  });

  it('updates classes and data in place', () => {
    const shown = indexElements(elements([a, b], [ab]));
    const diff = diffElements(shown, elements([a, { ...b, name: 'Renamed' }], [ab], ['a']));
    expect(diff.added).toEqual([]);
    expect(diff.removed).toEqual([]);
    expect(
      diff.changed.map((element) => [element.data.id, element.classes, element.data.label]),
    ).toEqual([
      ['n:a', 'on-path', 'A'],
      ['n:b', '', 'Renamed'],
    ]);
  });

  it('re-adds an edge whose ends changed', () => {
    const shown = indexElements([
      { group: 'edges', data: { id: 'r:e', source: 'n:a', target: 'n:b' }, classes: '' },
    ]);
    const diff = diffElements(shown, [
      { group: 'edges', data: { id: 'r:e', source: 'n:a', target: 'n:c' }, classes: '' },
    ]);
    expect(diff.removed).toEqual(['r:e']);
    expect(diff.added.map((element) => element.data.target)).toEqual(['n:c']);
    expect(diff.changed).toEqual([]);
  });

  it('rejects duplicate ids', () => {
    const twice: GraphElement = { group: 'nodes', data: { id: 'n:a' }, classes: '' };
    expect(() => diffElements(new Map(), [twice, twice])).toThrow('Duplicate element id n:a');
  });
});
