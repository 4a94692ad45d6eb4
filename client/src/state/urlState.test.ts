import { describe, expect, it } from 'vitest';
import { parseUrlState, serializeUrlState, type UrlState } from './urlState.ts';
import { NO_STATEMENT_FILTER } from './explorerState.ts';

const empty: UrlState = {
  nodes: [],
  selection: [],
  layout: 'fcose',
  expandFilter: { kinds: [], relationshipTypes: [] },
  statementFilter: NO_STATEMENT_FILTER,
  dateRange: { from: null, to: null },
  panel: 'details',
  document: null,
  path: null,
};

describe('URL state', () => {
  it('serialises the default view as an empty query string', () => {
    expect(serializeUrlState(empty)).toBe('');
    expect(parseUrlState('')).toEqual(empty);
  });

  it('round-trips a full view, whatever characters the ids hold', () => {
    const state: UrlState = {
      nodes: ['a,b', 'mao-ning', 'mofcom', 'x&y=z#frag', '商务部 公告'].sort(),
      selection: ['n:mofcom', 'r:cn-gallium|ISSUED_BY|mofcom', 'n:商务部 公告'],
      layout: 'layered',
      expandFilter: { kinds: ['PERSON', 'MEASURE'], relationshipTypes: ['SAID_BY', 'ISSUED_BY'] },
      statementFilter: {
        speaker: 'mao-ning',
        about: 'cn-gallium-germanium-export-control',
        from: '2023-07-01',
        to: '2023-07-31',
      },
      dateRange: { from: '2023-01-01', to: '2023-12-31' },
      panel: 'statements',
      document: { id: 'tmtpost-2023-07-06-cloud-curb', start: 120, end: 245 },
      path: { from: 'wsj', to: 'amazon', index: 2 },
    };
    const query = serializeUrlState(state);
    expect(parseUrlState(query)).toEqual(state);
    expect(parseUrlState(`?${query}`)).toEqual(state);
    // Through a real URL object too (what the browser hands back after a reload).
    const url = new URL(`http://localhost/?${query}`);
    expect(parseUrlState(url.search)).toEqual(state);
  });

  it('keeps lists as repeated keys', () => {
    const query = serializeUrlState({ ...empty, nodes: ['a', 'b'] });
    expect(query).toBe('n=a&n=b');
  });

  it('falls back to defaults for malformed values', () => {
    const state = parseUrlState(
      'layout=spiral&panel=nope&from=July&to=2023-13&doc=d&docStart=-1&docEnd=4&n=&n=a&n=a',
    );
    expect(state.layout).toBe('fcose');
    expect(state.panel).toBe('details');
    expect(state.dateRange).toEqual({ from: null, to: null });
    expect(state.document).toBeNull();
    expect(state.nodes).toEqual(['a']);
  });

  it('drops a document span that ends before it starts', () => {
    expect(parseUrlState('doc=d&docStart=10&docEnd=4').document).toBeNull();
    expect(parseUrlState('doc=d&docStart=4&docEnd=10').document).toEqual({
      id: 'd',
      start: 4,
      end: 10,
    });
  });
});
