import { describe, expect, it } from 'vitest';
import type { GraphNode, GraphRelationship, NodeKind, RelationshipType } from '../model/types.ts';
import { OPEN_RANGE } from './dateRange.ts';
import { hiddenIds, NO_VIEW_FILTER, viewFilterCounts } from './viewFilter.ts';

function node(id: string, kind: NodeKind, extra: Partial<GraphNode> = {}): GraphNode {
  return {
    id,
    kind,
    name: id,
    aliases: [],
    country: null,
    date: null,
    properties: {},
    evidence: [],
    statement: null,
    ...extra,
  };
}
function rel(
  source: string,
  type: RelationshipType,
  target: string,
  listName?: string,
): GraphRelationship {
  return {
    id: `${source}|${type}|${target}`,
    type,
    source,
    target,
    evidence: [],
    properties: listName ? { listName } : {},
  };
}

const nodes = [
  node('mofcom', 'AGENCY'),
  node('uel-1', 'MEASURE', {
    date: '2023-02-16',
    properties: { listName: 'Unreliable Entity List' },
  }),
  node('fr-1', 'MEASURE', { date: '2021-01-07' }),
  node('lockheed', 'COMPANY'),
];
const relationships = [
  rel('uel-1', 'ISSUED_BY', 'mofcom'),
  rel('fr-1', 'ISSUED_BY', 'mofcom'),
  rel('uel-1', 'LISTS', 'lockheed', 'Unreliable Entity List'),
];

describe('viewFilterCounts', () => {
  it('counts shown nodes by kind, relationships by type, list members and what lies outside the dates', () => {
    expect(viewFilterCounts(nodes, relationships, { from: '2022-01-01', to: null })).toEqual({
      kinds: [
        ['MEASURE', 2],
        ['AGENCY', 1],
        ['COMPANY', 1],
      ],
      relationshipTypes: [
        ['ISSUED_BY', 2],
        ['LISTS', 1],
      ],
      lists: [['Unreliable Entity List', 2]],
      outsideDates: 1,
      reviewed: 0,
    });
  });
});

describe('hiddenIds', () => {
  it('hides nothing without a filter', () => {
    expect(hiddenIds(NO_VIEW_FILTER, nodes, relationships, OPEN_RANGE).size).toBe(0);
  });
  it('hides a kind with the relationships that touch it', () => {
    const hidden = hiddenIds(
      { ...NO_VIEW_FILTER, kinds: ['COMPANY'] },
      nodes,
      relationships,
      OPEN_RANGE,
    );
    expect([...hidden].sort()).toEqual(['lockheed', 'uel-1|LISTS|lockheed']);
  });
  it('hides a relationship type, leaving the nodes', () => {
    const hidden = hiddenIds(
      { ...NO_VIEW_FILTER, relationshipTypes: ['ISSUED_BY'] },
      nodes,
      relationships,
      OPEN_RANGE,
    );
    expect([...hidden].sort()).toEqual(['fr-1|ISSUED_BY|mofcom', 'uel-1|ISSUED_BY|mofcom']);
  });
  it('hides a list: its measures and its listings', () => {
    const hidden = hiddenIds(
      { ...NO_VIEW_FILTER, lists: ['Unreliable Entity List'] },
      nodes,
      relationships,
      OPEN_RANGE,
    );
    expect([...hidden].sort()).toEqual(['uel-1', 'uel-1|ISSUED_BY|mofcom', 'uel-1|LISTS|lockheed']);
  });
  it('hides what is dated outside the range, never what is undated', () => {
    const hidden = hiddenIds({ ...NO_VIEW_FILTER, outsideDates: true }, nodes, relationships, {
      from: '2022-01-01',
      to: null,
    });
    expect([...hidden].sort()).toEqual(['fr-1', 'fr-1|ISSUED_BY|mofcom']);
  });
  it('shows only reviewed facts and the nodes their relationships join', () => {
    const reviewed = (origin: 'DRAFTED_EDITED' | 'HAND'): GraphNode['evidence'] => [
      {
        documentId: 'd',
        documentTitle: 'D',
        quote: 'q',
        start: 0,
        end: 1,
        provenance: {
          origin,
          reviewedBy: origin === 'HAND' ? null : 'Alice',
          reviewedAt: origin === 'HAND' ? null : '2026-01-31T09:30:00Z',
        },
      },
    ];
    const statement = node('s-1', 'STATEMENT', { evidence: reviewed('DRAFTED_EDITED') });
    const speaker = node('quill', 'PERSON', { evidence: reviewed('HAND') });
    // An actor is not a fact of its own, even with reviewed evidence: shown only when joined.
    const alone = node('board', 'AGENCY', { evidence: reviewed('DRAFTED_EDITED') });
    const saidBy = { ...rel('s-1', 'SAID_BY', 'quill'), evidence: reviewed('DRAFTED_EDITED') };
    const all = [...nodes, statement, speaker, alone];
    const rels = [...relationships, saidBy];
    const hidden = hiddenIds({ ...NO_VIEW_FILTER, reviewedOnly: true }, all, rels, OPEN_RANGE);
    expect([...hidden].sort()).toEqual(
      [...nodes.map((n) => n.id), 'board', ...relationships.map((r) => r.id)].sort(),
    );
    // The reviewed statement and the reviewed SAID_BY relationship; not the nodes.
    expect(viewFilterCounts(all, rels, OPEN_RANGE).reviewed).toBe(2);
  });
});
