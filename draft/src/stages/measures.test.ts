import { describe, expect, it } from 'vitest';
import { draftOf, words } from '../test-support/draft-of.ts';

describe('measures', () => {
  it('reads the status from the wording and resolves dates against the document date', () => {
    // Published Wednesday 6 March 2024: "on Monday" is 4 March, "from April 1" is 1 April 2024.
    const doc = draftOf(
      'The Ministry of Trade announced an export control on Monday: shipments of cobalt need a licence from April 1.',
      '2024-03-06',
    );
    const m = doc.measures[0]!;
    expect(m.status).toBe('ANNOUNCED');
    expect(m.types).toContain('EXPORT_CONTROL');
    expect(m.types).toContain('LICENSING_REQUIREMENT');
    expect(m.announcedOn).toBe('2024-03-04');
    expect(m.effectiveOn).toBe('2024-04-01');
    expect(doc.entities[m.issuer!]!.name).toBe('Ministry of Trade');
  });

  it('drafts a measure under consideration from "is mulling"', () => {
    const doc = draftOf('The Okafor administration is mulling new tariffs on imported bicycles.');
    expect(doc.measures.map((m) => m.status)).toEqual(['UNDER_CONSIDERATION']);
    expect(doc.entities[doc.measures[0]!.issuer!]!.kind).toBe('GOVERNMENT');
  });

  it('takes the issuer from "by X" when the sentence is passive', () => {
    const doc = draftOf(
      'The Pinecrest Mining Co. was designated last year by the Office of Mineral Control.',
    );
    const m = doc.measures[0]!;
    expect(doc.entities[m.issuer!]!.name).toBe('Office of Mineral Control');
    expect(words(doc, m.evidence)).toBe(doc.text);
  });

  it('drafts no measure from a sentence that says there is none', () => {
    expect(draftOf('I do not have any announcements of new sanctions today.').measures).toEqual([]);
  });

  it('drafts a measure inside a quotation only when the quote reports an official body acting', () => {
    const doc = draftOf(
      'Mayor Ada Quist, Port of Velden: “I support the decision to raise tariffs on imported steel.”\n\n' +
        'Director Tomas Brill, Velden Growers: “Today the government announced new tariffs on imported fertiliser.”',
    );
    expect(doc.measures.map((m) => m.name)).toEqual(['Tariffs on imported fertiliser']);
  });

  it('takes an instrument the text defines with an acronym as a measure word, and one measure per enumerated item', () => {
    const doc = draftOf(
      'Under its Cargo Hold Notice (CHN) scheme, the Port Authority has issued a CHN on timber from Velden. ' +
        'Inspections have produced four Cargo Hold Notices this year, including one on copper wire from Lumo, another on dyed cotton, and one on the Ostra Fishing Co.',
    );
    expect(doc.measures.map((m) => [m.name, words(doc, m.evidence)])).toEqual([
      [
        'Cargo Hold Notice (CHN) scheme',
        'Under its Cargo Hold Notice (CHN) scheme, the Port Authority has issued a CHN on timber from Velden.',
      ],
      ['Cargo Hold Notice on copper wire from Lumo', 'one on copper wire from Lumo'],
      ['Cargo Hold Notice on dyed cotton', 'another on dyed cotton'],
      ['Cargo Hold Notice on the Ostra Fishing Co', 'one on the Ostra Fishing Co'],
    ]);
  });

  it('drafts each item of a bulleted list a paragraph introduces as measures, dated by the document', () => {
    const doc = draftOf(
      'The Harbour Authority today issued a rule on river freight.\n\n' +
        'Three key measures in the rule apply to barges:\n\n' +
        '- Barges over 40 metres need a pilot on board.\n\n' +
        '- Night sailing is limited to the lower river.\n\n' +
        'The Authority thanked the crews for their patience.\n\n' +
        '- Tickets are sold at the quay.',
      '2024-03-06',
    );
    expect(doc.measures.map((m) => [words(doc, m.evidence), m.announcedOn])).toEqual([
      ['The Harbour Authority today issued a rule on river freight.', '2024-03-06'],
      ['Barges over 40 metres need a pilot on board.', '2024-03-06'],
      ['Night sailing is limited to the lower river.', '2024-03-06'],
    ]);
    expect(new Set(doc.measures.map((m) => doc.entities[m.issuer!]!.name))).toEqual(
      new Set(['Harbour Authority']),
    );
  });

  it('takes the possessive before the measure as its issuer, over the sentence’s subject', () => {
    const doc = draftOf(
      'Minister Kai Berg raised concerns about the Harbour Agency’s recent export controls on rare-earth magnets.',
    );
    expect(doc.measures.map((m) => `${m.name} | ${doc.entities[m.issuer!]!.name}`)).toEqual([
      'Export controls on rare-earth magnets | Harbour Agency',
    ]);
  });
});
