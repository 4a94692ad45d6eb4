import { describe, expect, it } from 'vitest';
import {
  mergedNodes,
  mergedNodesNotice,
  missingNodeIds,
  missingNodesNotice,
} from './missingNodes.ts';

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

describe('ids merged into another node', () => {
  const returned = [
    { id: 'li-dan', name: 'Li Dan' },
    { id: 'agency-mofcom', name: 'MOFCOM' },
  ];
  const resolved = [
    { asked: 'dana-quill', id: 'li-dan' },
    { asked: 'dana-q', id: 'li-dan' },
    { asked: 'not-asked', id: 'agency-mofcom' },
  ];

  it('are not missing: the node they were merged into came back', () => {
    expect(
      missingNodeIds(['dana-quill', 'agency-mofcom', 'gone', 'dana-q'], returned, resolved),
    ).toEqual(['gone']);
    // Resolved to a node that did not come back (another batch's answer lost): still missing.
    expect(missingNodeIds(['x'], returned, [{ asked: 'x', id: 'elsewhere' }])).toEqual(['x']);
  });

  it('are listed with the node shown instead, once each, in the order asked', () => {
    expect(
      mergedNodes(['dana-q', 'agency-mofcom', 'dana-quill', 'dana-q'], returned, resolved),
    ).toEqual([
      { asked: 'dana-q', id: 'li-dan', name: 'Li Dan' },
      { asked: 'dana-quill', id: 'li-dan', name: 'Li Dan' },
    ]);
    expect(mergedNodes(['agency-mofcom'], returned, resolved)).toEqual([]);
  });

  it('are said by name, one or many', () => {
    expect(mergedNodesNotice([])).toBeNull();
    expect(mergedNodesNotice([{ asked: 'dana-quill', name: 'Li Dan' }])).toBe(
      '“dana-quill” was merged into Li Dan, shown instead',
    );
    expect(
      mergedNodesNotice([
        { asked: 'a', name: 'Li Dan' },
        { asked: 'b', name: 'Li Dan' },
        { asked: 'c', name: 'MOFCOM' },
      ]),
    ).toBe('3 nodes of this link were merged into others (Li Dan, MOFCOM), shown instead');
  });
});
