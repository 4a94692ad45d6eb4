import { describe, expect, it } from 'vitest';
import type { DraftDoc } from '../document.ts';
import { draftOf, words } from '../test-support/draft-of.ts';

/** Each scope entry of each measure as `TYPE target name | evidence words`. */
function scopeOf(doc: DraftDoc): string[] {
  return doc.measures.flatMap((m) =>
    m.scope.map(
      (s) =>
        `${s.type} ${s.type === 'COVERS' ? doc.items[s.to]!.name : doc.entities[s.to]!.name} | ${words(doc, s.evidence)}`,
    ),
  );
}

describe('what a measure covers', () => {
  it('splits the items after "export controls on" on commas and "and", without the date', () => {
    const doc = draftOf(
      'The Ministry of Trade of Brazil announced export controls on cobalt, nickel ore and lithium hydroxide on Monday.',
    );
    expect(scopeOf(doc)).toEqual([
      'COVERS Cobalt | export controls on cobalt',
      'COVERS Nickel ore | export controls on cobalt, nickel ore',
      'COVERS Lithium hydroxide | export controls on cobalt, nickel ore and lithium hydroxide',
    ]);
    expect(doc.items.map((i) => i.itemType)).toEqual(['PRODUCT', 'MATERIAL', 'MATERIAL']);
  });

  it('takes the subject of "shall not be exported without permission", heads and their kinds', () => {
    const doc = draftOf(
      'Cobalt-related items such as cobalt metal, cobalt oxide, etc., and nickel-related items such as nickel powder shall not be exported without permission from August 1, according to an announcement of the Ministry of Trade on Monday.',
    );
    expect(doc.measures).toHaveLength(1);
    expect(doc.measures[0]!.types).toEqual(['LICENSING_REQUIREMENT', 'EXPORT_CONTROL']);
    expect(doc.items.map((i) => i.name)).toEqual([
      'Cobalt-related items',
      'Cobalt metal',
      'Cobalt oxide',
      'Nickel-related items',
      'Nickel powder',
    ]);
    expect(words(doc, doc.measures[0]!.scope[0]!.evidence)).toMatch(/shall not be exported$/);
  });

  it('stops an item at a finite verb and leaves out vague phrases and firms', () => {
    const doc = draftOf(
      'The Hale administration imposed restrictions on drone engines came as a surprise. The Hale administration imposed export controls on some metals and on chipmakers.',
    );
    expect(doc.items.map((i) => i.name)).toEqual(['Drone engines']);
  });

  it('links an item to the graph’s Item node of the same name', () => {
    const doc = draftOf(
      'The Hale administration imposed export controls on lithium hydroxide.',
      '2024-03-06',
      [{ id: 'lioh', kind: 'ITEM', name: 'Lithium hydroxide', aliases: [], itemType: 'MATERIAL' }],
    );
    expect(doc.items).toEqual([
      expect.objectContaining({ name: 'Lithium hydroxide', linkedId: 'lioh', rule: 'item-linked' }),
    ]);
  });
});

describe('whom a measure applies to or targets', () => {
  it('applies to the firms it requires to act, and targets a country after "from"', () => {
    const doc = draftOf(
      'The Hale administration is mulling a new rule that could require Zentrix, Hollow Corp. and other cloud providers to apply for a licence. The Hale administration imposed tariffs on electric bicycles imported from Brazil.',
    );
    expect(scopeOf(doc)).toEqual([
      'APPLIES_TO Zentrix | require Zentrix, Hollow Corp. and other cloud providers to',
      'APPLIES_TO Hollow Corp. | require Zentrix, Hollow Corp. and other cloud providers to',
      'COVERS Electric bicycles | tariffs on electric bicycles',
      'TARGETS Brazil | imported from Brazil',
    ]);
  });

  it('targets the country of a demonym before customers or firms', () => {
    const doc = draftOf(
      'Brazil is far away. The Hale administration is weighing a rule restricting services to Brazilian customers.',
    );
    expect(scopeOf(doc)).toContain('TARGETS Brazil | to Brazilian customers');
  });

  it('drafts a measure named with its country and targets the country after "on"', () => {
    const doc = draftOf('The step answers Brazil’s growing curbs on Chile’s mining sector.');
    expect(doc.measures.map((m) => [m.name, m.rule, doc.entities[m.issuer!]!.name])).toEqual([
      ['Brazil’s growing curbs', 'country-measure', 'Brazil'],
    ]);
    expect(scopeOf(doc)).toEqual(['TARGETS Chile | on Chile']);
  });
});

describe('more cues', () => {
  it('reads an order on items, and items of an enumerated measure', () => {
    const doc = draftOf(
      'The agency has issued six tariff orders, including one on pepper products from the Harl region, and another on tin ore.',
    );
    expect(doc.items.map((i) => i.name)).toEqual(['Pepper products', 'Tin ore']);
  });

  it('targets the country of counted firms (`added five Brazilian entities`)', () => {
    const doc = draftOf(
      'Brazil is far away. The Bureau of Trade Safety added to the Entity List five Brazilian entities.',
    );
    expect(scopeOf(doc)).toContain('TARGETS Brazil | five Brazilian entities');
  });

  it('reads no item from a rule’s title', () => {
    const doc = draftOf(
      'The Bureau of Trade Safety issued the Interim Final Rule on Battery Recycling today.',
    );
    expect(doc.items).toEqual([]);
  });

  it('leaves out generic inputs', () => {
    const doc = draftOf('The Hale administration imposed restrictions on inputs.');
    expect(doc.items).toEqual([]);
  });
});
