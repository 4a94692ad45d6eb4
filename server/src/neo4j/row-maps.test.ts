import { describe, expect, it } from 'vitest';
import { toNodeRow } from './row-maps.ts';

describe('toNodeRow', () => {
  it('zips the evidence lists and keeps kind-specific properties apart', () => {
    const row = toNodeRow({
      id: 'mofcom',
      kind: 'AGENCY',
      name: 'Ministry of Commerce',
      aliases: ['MOFCOM'],
      country: 'CN',
      text: null,
      hasText: false,
      evidenceDocumentIds: ['d1', 'd2'],
      evidenceQuotes: ['Ministry of Commerce', 'MOFCOM'],
      evidenceStarts: [10, 50],
      evidenceEnds: [30, 56],
    });
    expect(row).toEqual({
      id: 'mofcom',
      kind: 'AGENCY',
      name: 'Ministry of Commerce',
      aliases: ['MOFCOM'],
      description: null,
      hasText: false,
      properties: { country: 'CN' },
      evidence: [
        { documentId: 'd1', quote: 'Ministry of Commerce', start: 10, end: 30, ownerId: 'mofcom' },
        { documentId: 'd2', quote: 'MOFCOM', start: 50, end: 56, ownerId: 'mofcom' },
      ],
    });
  });
});
