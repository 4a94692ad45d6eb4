import { describe, expect, it } from 'vitest';
import { missingNodeIds, missingNodesNotice } from './missingNodes.ts';

describe('missingNodeIds', () => {
  it('gives the ids asked for that did not come back, once each, in the order asked', () => {
    const returned = [{ id: 'agency-mofcom' }, { id: 'measure-1' }];
    expect(
      missingNodeIds(['gone-b', 'agency-mofcom', 'gone-a', 'gone-b', 'measure-1'], returned),
    ).toEqual(['gone-b', 'gone-a']);
  });

  it('is empty when every node came back, and lists all when none did', () => {
    expect(missingNodeIds(['a', 'b'], [{ id: 'b' }, { id: 'a' }])).toEqual([]);
    expect(missingNodeIds(['a', 'b'], [])).toEqual(['a', 'b']);
  });
});

describe('missingNodesNotice', () => {
  it('counts the nodes, in the singular for one, and says nothing for none', () => {
    expect(missingNodesNotice(2)).toBe('2 nodes of this link are no longer in the graph');
    expect(missingNodesNotice(1)).toBe('1 node of this link is no longer in the graph');
    expect(missingNodesNotice(1200)).toBe('1,200 nodes of this link are no longer in the graph');
    expect(missingNodesNotice(0)).toBeNull();
  });
});
