import { compressToEncodedURIComponent } from 'lz-string';
import { describe, expect, it } from 'vitest';
import { legacyQuery } from './legacyQuery.ts';
import { DEFAULT_URL_STATE as empty, validateView, type UrlState } from './urlState.ts';
import { readViewLink, viewLinkHash } from './viewLink.ts';

const full: UrlState = {
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
  groups: {},
  viewFilter: empty.viewFilter,
};

const read = (hash: string, search = '') => readViewLink({ search, hash });

describe('view links', () => {
  it('gives the default view no fragment, and reads an empty location as the default view', () => {
    expect(viewLinkHash(empty)).toBe('');
    expect(read('')).toEqual({ url: empty, dropped: [], outdated: false });
  });

  it('round-trips a full view in the fragment, whatever characters the ids hold', () => {
    const hash = viewLinkHash(full);
    expect(hash.startsWith('#view=')).toBe(true);
    expect(read(hash)).toEqual({ url: full, dropped: [], outdated: false });
    // Through a real URL object too (what the browser hands back after a reload).
    const url = new URL(`http://localhost/${hash}`);
    expect(readViewLink(url)).toEqual({ url: full, dropped: [], outdated: false });
  });

  it('carries 1,000 node ids in a fragment far shorter than the ids themselves', () => {
    const nodes = Array.from({ length: 1000 }, (_, i) => `us-federal-register-rule-${i}`).sort();
    const hash = viewLinkHash({ ...empty, nodes });
    const plain = nodes.join('').length;
    expect(hash.length).toBeLessThan(plain / 3);
    expect(read(hash).url.nodes).toEqual(nodes);
  });

  it('opens a link of the old query-string format, and says it must be rewritten', () => {
    const link = read('', `?${legacyQuery(full)}`);
    expect(link).toEqual({ url: full, dropped: [], outdated: true });
    // The fragment wins over an old query string.
    expect(read(viewLinkHash(empty) || '#view=', `?n=old`).url.nodes).toEqual([]);
  });

  it('drops unknown kinds and relationship types from any link and says which', () => {
    const old = read('', '?n=mofcom&kind=ALIEN&kind=PERSON&rel=FOO&rel=SAID_BY');
    expect(old.url.expandFilter).toEqual({ kinds: ['PERSON'], relationshipTypes: ['SAID_BY'] });
    expect(old.dropped).toEqual(['node kind “ALIEN”', 'relationship type “FOO”']);
    const fragment = `#view=${compressToEncodedURIComponent(JSON.stringify({ v: 1, n: ['mofcom'], k: ['ALIEN', 7], r: ['constructor'] }))}`;
    const fresh = read(fragment);
    expect(fresh.url.expandFilter).toEqual({ kinds: [], relationshipTypes: [] });
    expect(fresh.dropped).toEqual([
      'node kind “ALIEN”',
      'node kind “7”',
      'relationship type “constructor”',
    ]);
    expect(fresh.outdated).toBe(true);
  });

  it('drops malformed values with a description and keeps the rest', () => {
    const link = read(
      '',
      '?layout=spiral&panel=nope&from=July&to=2023-02-30&doc=d&docStart=-1&docEnd=4&n=a&n=a&sel=zzz&sel=n:a&pathFrom=x&pathTo=y&path=9',
    );
    expect(link.url).toEqual({ ...empty, nodes: ['a'], selection: ['n:a'] });
    expect(link.dropped).toEqual([
      'layout “spiral”',
      'panel “nope”',
      'document span “d -1 4”',
      'path “x y 9”',
      'selected element “zzz”',
      'date “July”',
      'date “2023-02-30”',
    ]);
  });

  it('drops a document span that ends before it starts', () => {
    expect(read('', '?doc=d&docStart=10&docEnd=4').url.document).toBeNull();
    expect(read('', '?doc=d&docStart=4&docEnd=10').url.document).toEqual({
      id: 'd',
      start: 4,
      end: 10,
    });
  });

  it('reports a fragment it cannot read, or of an unknown version, and opens the default view', () => {
    for (const hash of [
      '#view=not-lz',
      `#view=${compressToEncodedURIComponent('[1,2]')}`,
      `#view=${compressToEncodedURIComponent(JSON.stringify({ v: 99, n: ['a'] }))}`,
    ]) {
      expect(read(hash)).toEqual({
        url: empty,
        dropped: ['a view that could not be read'],
        outdated: true,
      });
    }
  });

  it('never lets a value of the wrong type through', () => {
    const { url } = validateView({
      nodes: [1, null, 'ok', { id: 'x' }],
      speaker: 5,
      document: { id: 'd', start: 1.5, end: 3 },
      path: { from: 'a', to: ['b'] },
    });
    expect(url.nodes).toEqual(['ok']);
    expect(url.statementFilter.speaker).toBeNull();
    expect(url.document).toBeNull();
    expect(url.path).toBeNull();
  });
});
