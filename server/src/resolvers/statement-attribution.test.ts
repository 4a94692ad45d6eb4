import { describe, expect, it } from 'vitest';
import { attributionChain } from './statement-attribution.ts';

describe('attributionChain', () => {
  it('goes from the publishing outlet through the relayed report and its outlet to the cited source', () => {
    expect(
      attributionChain([
        {
          documentId: 'tmtpost-article',
          firstMention: 0,
          outletIds: ['tmtpost'],
          relayed: [
            { id: 'wsj-report', hops: 1, outletIds: ['wsj'], citedIds: ['people-familiar'] },
          ],
        },
      ]),
    ).toEqual(['tmtpost', 'wsj-report', 'wsj', 'people-familiar']);
  });
  it('orders documents by first evidence, relays by distance, and names each node once', () => {
    expect(
      attributionChain([
        {
          documentId: 'second',
          firstMention: 3,
          outletIds: ['outlet-b'],
          relayed: [],
        },
        {
          documentId: 'first',
          firstMention: 0,
          outletIds: ['outlet-a'],
          relayed: [
            { id: 'far', hops: 2, outletIds: ['outlet-c'], citedIds: ['source'] },
            { id: 'near', hops: 1, outletIds: ['outlet-c'], citedIds: ['source'] },
          ],
        },
      ]),
    ).toEqual(['outlet-a', 'near', 'outlet-c', 'far', 'source', 'outlet-b']);
  });
  it('is just the outlet for a statement the publishing document carries itself', () => {
    expect(
      attributionChain([{ documentId: 'd', firstMention: 0, outletIds: ['o'], relayed: [] }]),
    ).toEqual(['o']);
  });
});
