import { describe, expect, it } from 'vitest';
import neo4j from 'neo4j-driver';
import { toNodeRow, toPlain } from './convert.ts';

describe('toPlain', () => {
  it('turns integers into numbers and dates into YYYY-MM-DD, through lists and maps', () => {
    expect(
      toPlain({
        n: neo4j.int(42),
        big: neo4j.int('9007199254740993'),
        d: new neo4j.types.Date(2023, 8, 1),
        early: new neo4j.types.Date(987, 1, 9),
        list: [neo4j.int(1), { at: new neo4j.types.Date(2023, 12, 31) }],
        missing: undefined,
      }),
    ).toEqual({
      n: 42,
      big: '9007199254740993',
      d: '2023-08-01',
      early: '0987-01-09',
      list: [1, { at: '2023-12-31' }],
      missing: null,
    });
  });
  it('converts lists and plain maps in place, but never the properties of a driver node', () => {
    const list = [neo4j.int(1), [neo4j.int(2)], { at: neo4j.int(3) }];
    const map = { list, date: new neo4j.types.Date(2024, 2, 29) };
    expect(toPlain(map)).toBe(map);
    expect(map).toEqual({ list: [1, [2], { at: 3 }], date: '2024-02-29' });
    const properties = { id: 'n1', count: neo4j.int(7) };
    const node = new neo4j.types.Node(neo4j.int(1), ['Entity'], properties, 'element-1');
    expect(toPlain(node)).toEqual({ id: 'n1', count: 7 });
    expect(neo4j.isInt(properties.count)).toBe(true);
  });
  it('leaves no Integer behind', () => {
    const plain = JSON.stringify(toPlain({ x: [neo4j.int(5), neo4j.int(-3)] }));
    expect(plain).toBe('{"x":[5,-3]}');
  });
});

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
        { documentId: 'd1', quote: 'Ministry of Commerce', start: 10, end: 30 },
        { documentId: 'd2', quote: 'MOFCOM', start: 50, end: 56 },
      ],
    });
  });
});
