import { describe, expect, it } from 'vitest';
import type { GraphNode, GraphRelationship, NodeKind, Subgraph } from '../model/types.ts';
import { groupElements } from '../graph/groupElements.ts';
import { explorerReducer } from './explorerReducer.ts';
import { INITIAL_STATE, type ExplorerState } from './explorerState.ts';
import { EMPTY_GRAPH, mergeSubgraph } from './graphOps.ts';
import {
  NO_GROUPS,
  closedMembers,
  collapsibleGroupOf,
  drawnGraph,
  groupCaption,
  groupExpansion,
  groupedIds,
  matchingMembers,
  pluralKind,
  pruneGroups,
  summarizeGroups,
} from './groups.ts';
import { DEFAULT_URL_STATE, urlStateOf } from './urlState.ts';
import { readViewLink, viewLinkHash } from './viewLink.ts';

function node(id: string, kind: NodeKind, date: string | null = null, name = id): GraphNode {
  return {
    id,
    kind,
    name,
    aliases: [],
    country: null,
    date,
    properties: {},
    evidence: [],
    statement: null,
  };
}
function rel(source: string, type: GraphRelationship['type'], target: string): GraphRelationship {
  return { id: `${source}|${type}|${target}`, type, source, target, evidence: [], properties: {} };
}

/** The hub `bis` with 20 rules (2020 to 2026, issued by it), 2 people and an earlier neighbour. */
const RULES = Array.from({ length: 20 }, (_, i) =>
  node(
    `rule-${String(i).padStart(2, '0')}`,
    'MEASURE',
    `${2020 + (i % 7)}-0${1 + (i % 9)}-15`,
    i % 5 === 0 ? `Entity List additions ${i}` : `Export rule ${i}`,
  ),
);
const expansion: Subgraph = {
  nodes: [
    node('bis', 'AGENCY'),
    ...RULES,
    node('raimondo', 'PERSON'),
    node('estevez', 'PERSON'),
    node('commerce', 'AGENCY'),
  ],
  relationships: [
    ...RULES.map((rule) => rel(rule.id, 'ISSUED_BY', 'bis')),
    rel('raimondo', 'HOLDS_ROLE', 'bis'),
    rel('estevez', 'HOLDS_ROLE', 'bis'),
    rel('bis', 'PART_OF', 'commerce'),
    rel('rule-03', 'RESPONDS_TO', 'rule-04'),
  ],
  truncated: false,
};
const before = mergeSubgraph(EMPTY_GRAPH, {
  nodes: [node('bis', 'AGENCY'), node('commerce', 'AGENCY')],
  relationships: [rel('bis', 'PART_OF', 'commerce')],
});
const after = mergeSubgraph(before, expansion);

describe('grouping an expansion', () => {
  const groups = groupExpansion(NO_GROUPS, before, after, 'bis', ['MEASURE']);

  it('puts the new neighbours of the chosen kind into one group, not the others', () => {
    expect(Object.keys(groups)).toEqual(['bis|MEASURE']);
    const group = groups['bis|MEASURE']!;
    expect(group.members).toEqual(RULES.map((rule) => rule.id).sort());
    expect(group.released).toEqual([]);
    expect(groupedIds(groups, after).size).toBe(20);
    expect(Object.keys(drawnGraph({ graph: after, groups }).nodes).sort()).toEqual([
      'bis',
      'commerce',
      'estevez',
      'raimondo',
    ]);
  });

  it('never takes a node that was already shown into a group', () => {
    const shownRule = mergeSubgraph(before, {
      nodes: [RULES[0]!],
      relationships: [rel(RULES[0]!.id, 'ISSUED_BY', 'bis')],
    });
    const regrouped = groupExpansion(NO_GROUPS, shownRule, after, 'bis', ['MEASURE']);
    expect(regrouped['bis|MEASURE']!.members).toHaveLength(19);
    expect(regrouped['bis|MEASURE']!.members).not.toContain(RULES[0]!.id);
    expect(groupExpansion(NO_GROUPS, after, after, 'bis', ['MEASURE'])).toBe(NO_GROUPS);
  });

  it('summarises a group by its count, date span and relationship types, and captions it', () => {
    const [summary] = summarizeGroups(groups, after);
    expect(summary!.members).toHaveLength(20);
    expect(summary!.firstDate).toBe('2020-01-15');
    expect(summary!.lastDate).toBe('2026-07-15');
    expect(summary!.relationshipTypes).toEqual(['ISSUED_BY']);
    expect(groupCaption(20, 'Measure', summary!.firstDate, summary!.lastDate)).toBe(
      '20 measures, 2020–2026',
    );
    expect(groupCaption(1, 'Person', '2024-01-01', '2024-03-01')).toBe('1 person, 2024');
    expect(groupCaption(47, 'Company', null, null)).toBe('47 companies');
    expect(pluralKind('Person')).toBe('people');
    expect(pluralKind('Country or bloc')).toBe('countries or blocs');
    expect(pluralKind('Agency')).toBe('agencies');
  });

  it('draws one group node joined to its anchor, and hides it with its kind', () => {
    const elements = groupElements({
      groups: summarizeGroups(groups, after),
      drawn: new Set(['bis']),
      hiddenKinds: new Set(),
    });
    expect(elements.map((element) => [element.data.id, element.data.label])).toEqual([
      ['g:bis|MEASURE', '20 measures, 2020–2026'],
      ['ge:bis|MEASURE', 'issued by'],
    ]);
    expect(elements[1]!.data).toMatchObject({ source: 'n:bis', target: 'g:bis|MEASURE' });
    const hidden = groupElements({
      groups: summarizeGroups(groups, after),
      drawn: new Set(),
      hiddenKinds: new Set(['MEASURE']),
    });
    expect(hidden).toHaveLength(1);
    expect(hidden[0]!.classes).toBe('filtered group');
  });

  it('filters members by name text and dates (undated members match only an open range)', () => {
    const group = groups['bis|MEASURE']!;
    const byText = { ...group, filter: { text: 'entity LIST', from: null, to: null } };
    expect(matchingMembers(byText, after)).toEqual(['rule-00', 'rule-05', 'rule-10', 'rule-15']);
    const byDate = { ...group, filter: { text: '', from: '2025-01-01', to: '2026-12-31' } };
    expect(matchingMembers(byDate, after)).toEqual([
      'rule-05',
      'rule-06',
      'rule-12',
      'rule-13',
      'rule-19',
    ]);
    // Members 5, 12 and 19 are dated 2025, 6 and 13 are dated 2026 (2020 + i mod 7).
    expect(matchingMembers(byDate, after).map((id) => after.nodes[id]!.date!.slice(0, 4))).toEqual([
      '2025',
      '2026',
      '2025',
      '2026',
      '2025',
    ]);
  });

  it('forgets hidden members, and a group left empty', () => {
    const pruned = pruneGroups(
      groups,
      mergeSubgraph(before, { nodes: [RULES[1]!], relationships: [] }),
    );
    expect(pruned['bis|MEASURE']!.members).toEqual(['rule-01']);
    expect(pruneGroups(groups, before)).toEqual({});
    expect(pruneGroups(groups, after)).toBe(groups);
  });
});

describe('groups in the explorer state', () => {
  const start = explorerReducer(INITIAL_STATE, {
    type: 'graph/merge',
    subgraph: {
      nodes: before.nodes.bis ? [node('bis', 'AGENCY')] : [],
      relationships: [],
      truncated: false,
    },
    label: 'show bis',
  });
  const grouped = explorerReducer(start, {
    type: 'graph/merge',
    subgraph: expansion,
    label: 'expansion of bis',
    group: { anchor: 'bis', kinds: ['MEASURE'] },
  });
  const id = 'bis|MEASURE';

  it('opens a group as a step, collapses it as another, and Back walks them', () => {
    expect(grouped.step.label).toBe('expansion of bis');
    const opened = explorerReducer(grouped, { type: 'group/open', groupId: id, matching: false });
    expect(opened.step.label).toBe('open 20 measures');
    expect(closedMembers(opened.groups[id]!, opened.graph)).toEqual([]);
    expect(collapsibleGroupOf(opened.groups, 'bis')?.id).toBe(id);
    expect(collapsibleGroupOf(opened.groups, 'rule-07')?.id).toBe(id);
    const collapsed = explorerReducer(opened, { type: 'group/collapse', groupId: id });
    expect(collapsed.step.label).toBe('collapse 20 measures');
    expect(closedMembers(collapsed.groups[id]!, collapsed.graph)).toHaveLength(20);
    const back = explorerReducer(collapsed, { type: 'history/go', stepId: opened.step.id });
    expect(back.groups).toEqual(opened.groups);
    const back2 = explorerReducer(back, { type: 'history/go', stepId: grouped.step.id });
    expect(back2.groups).toEqual(grouped.groups);
  });

  it('opens only what the filter matches, the rest staying grouped', () => {
    const filtered = explorerReducer(grouped, {
      type: 'group/filter',
      groupId: id,
      filter: { text: 'entity list', from: null, to: null },
    });
    expect(filtered.step).toEqual(grouped.step); // narrowing is no step
    const opened = explorerReducer(filtered, { type: 'group/open', groupId: id, matching: true });
    expect(opened.groups[id]!.released).toEqual(['rule-00', 'rule-05', 'rule-10', 'rule-15']);
    expect(closedMembers(opened.groups[id]!, opened.graph)).toHaveLength(16);
  });

  it('draws a member on its own when a search picks it, and drops a selected group once opened', () => {
    const picked = explorerReducer(grouped, {
      type: 'graph/merge',
      subgraph: { nodes: [RULES[2]!], relationships: [], truncated: false },
      label: 'show rule',
      select: ['n:rule-02'],
    });
    expect(picked.groups[id]!.released).toEqual(['rule-02']);
    const selected = explorerReducer(grouped, { type: 'selection/set', elementIds: [`g:${id}`] });
    const opened = explorerReducer(selected, { type: 'group/open', groupId: id, matching: false });
    expect(opened.selection).toEqual([]);
  });

  it('hiding the group hides its members; Clear forgets the groups', () => {
    const hidden = explorerReducer(grouped, {
      type: 'graph/hide',
      nodeIds: closedMembers(grouped.groups[id]!, grouped.graph),
    });
    expect(hidden.groups).toEqual({});
    expect(Object.keys(hidden.graph.nodes)).not.toContain('rule-00');
    expect(explorerReducer(grouped, { type: 'graph/clear' }).groups).toEqual({});
  });

  it('round-trips groups and the Show filter through a link', () => {
    const state: ExplorerState = {
      ...explorerReducer(grouped, {
        type: 'group/filter',
        groupId: id,
        filter: { text: 'rule', from: '2021-01-01', to: null },
      }),
      viewFilter: {
        kinds: ['PERSON'],
        relationshipTypes: ['HOLDS_ROLE'],
        lists: ['Entity List'],
        outsideDates: true,
        reviewedOnly: true,
      },
    };
    const opened = explorerReducer(state, { type: 'group/open', groupId: id, matching: true });
    const url = urlStateOf(opened);
    const link = readViewLink({ search: '', hash: viewLinkHash(url) });
    expect(link.dropped).toEqual([]);
    expect(link.url.groups).toEqual(opened.groups);
    expect(link.url.viewFilter).toEqual(opened.viewFilter);
    expect(link.url.nodes).toEqual(url.nodes);
  });

  it('drops unknown Show filter values and malformed groups from a link, saying which', () => {
    const hash = viewLinkHash({
      ...DEFAULT_URL_STATE,
      nodes: ['bis', 'rule-00'],
      groups: {
        'bis|ALIEN': {
          id: 'bis|ALIEN',
          anchor: 'bis',
          kind: 'ALIEN' as NodeKind,
          members: ['rule-00'],
          released: [],
          filter: { text: '', from: null, to: null },
        },
        'bis|MEASURE': {
          id: 'bis|MEASURE',
          anchor: 'bis',
          kind: 'MEASURE',
          members: ['rule-00', 'not-in-the-view'],
          released: ['rule-00'],
          filter: { text: '', from: '2024-02-30', to: null },
        },
      },
      viewFilter: {
        kinds: ['ALIEN', 'PERSON'],
        relationshipTypes: ['FOO'],
        lists: [],
        outsideDates: false,
        reviewedOnly: false,
      },
    });
    const link = readViewLink({ search: '', hash });
    expect(link.dropped).toEqual([
      'group “bis ALIEN”',
      'date “2024-02-30”',
      'hidden node kind “ALIEN”',
      'hidden relationship type “FOO”',
    ]);
    expect(link.url.viewFilter.kinds).toEqual(['PERSON']);
    expect(link.url.viewFilter.relationshipTypes).toEqual([]);
    expect(link.url.groups['bis|MEASURE']).toMatchObject({
      members: ['rule-00'],
      released: ['rule-00'],
      filter: { from: null },
    });
    expect(link.outdated).toBe(true);
  });
});
