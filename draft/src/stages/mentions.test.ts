import { describe, expect, it } from 'vitest';
import { draftOf } from '../test-support/draft-of.ts';

function actors(text: string): string[] {
  const doc = draftOf(text);
  return doc.entities.map((e) => `${e.name} (${e.kind})`);
}

describe('mentions and entities', () => {
  it('splits a title from the name and an organisation from a title of it', () => {
    const doc = draftOf(
      'Deputy Secretary of the Interior Department for Water Maria J. Oduya visited the dam.',
    );
    expect(doc.entities.map((e) => `${e.name} (${e.kind})`)).toEqual([
      'Interior Department (AGENCY)',
      'Maria J. Oduya (PERSON)',
    ]);
    expect(doc.mentions.find((m) => m.kind === 'PERSON')!.title).toBe('Deputy Secretary');
  });

  it('tells kinds from the last word and from the head of a name', () => {
    expect(
      actors(
        'The Lakeside Fishing Co., Ltd. and the Bureau of Coastal Safety signed a pact with the Harbour Workers Union.',
      ),
    ).toEqual([
      'Lakeside Fishing Co., Ltd. (COMPANY)',
      'Bureau of Coastal Safety (AGENCY)',
      'Harbour Workers Union (ORGANIZATION)',
    ]);
  });

  it('takes an acronym in brackets as the short form of the name before it', () => {
    const doc = draftOf(
      'The Office of River Management (ORM) issued a notice. ORM will review it in May.',
    );
    const orm = doc.entities.find((e) => e.name === 'Office of River Management')!;
    expect(orm.mentions.map((m) => doc.mentions[m]!.text)).toEqual([
      'Office of River Management',
      'ORM',
      'ORM',
    ]);
  });

  it('finds governments by a lower-case head and countries by name', () => {
    expect(actors('The Okafor administration and the Norwegian government met in Chile.')).toEqual([
      'Okafor administration (GOVERNMENT)',
      'Norwegian government (GOVERNMENT)',
      'Chile (COUNTRY_OR_BLOC)',
    ]);
  });

  it('draws nothing from page furniture', () => {
    const doc = draftOf(
      'Mayor Lena Holm opened the bridge.\n\nCredit:Harbour Photo Agency\n\nLIKE 4\nRelated Posts\nMayor Kai Berg Wins Award\nMayor Kai Berg Wins Award',
    );
    expect(doc.entities.map((e) => e.name)).toEqual(['Lena Holm']);
  });

  it('merges a full name written two ways and links a surname alone to it', () => {
    const doc = draftOf(
      'President Joseph K. Marlow, Jr. spoke today. President Joe Marlow agreed to talks. Marlow left at noon.',
    );
    expect(doc.entities.map((e) => e.name)).toEqual(['Joseph K. Marlow, Jr.']);
    expect(doc.entities[0]!.mentions).toHaveLength(3);
  });

  it('takes a bare acronym for an organisation when it is used as one, not as a modifier', () => {
    expect(
      actors(
        'Officials met at the OSRA Summit in Lumo. The KDF and USMB said AV sensors need a Safe Harbour Order (SHO). ' +
          'Minister Ada Quist, SRPA Tomas Brill and the SHO rules were discussed, and KDF agreed.',
      ).sort(),
    ).toEqual([
      'Ada Quist (PERSON)',
      'KDF (ORGANIZATION)',
      'OSRA (ORGANIZATION)',
      'Tomas Brill (PERSON)',
      'USMB (AGENCY)',
    ]);
  });

  it('tells an organisation from its head with "for" (`Coalition for a …`, `Center for …`)', () => {
    expect(
      actors(
        'The Coalition for a Greener Delta and the Center for Tidal Research wrote to the Alliance of Reed Farmers.',
      ),
    ).toEqual([
      'Coalition for a Greener Delta (ORGANIZATION)',
      'Center for Tidal Research (ORGANIZATION)',
      'Alliance of Reed Farmers (ORGANIZATION)',
    ]);
  });

  it('takes a capital city that acts for its government, not a capital as a place', () => {
    const doc = draftOf(
      'Nairobi unveiled new port fees on Monday. A Nairobi-based shipper said trade in Nairobi was slow.',
    );
    const governments = doc.mentions.filter((m) => m.kind === 'GOVERNMENT').map((m) => m.start);
    expect(governments).toEqual([0]);
  });

  it('takes the byline author as a person, once when the page printed the name twice', () => {
    const doc = draftOf(
      'Ana_RuizAna_Ruiz ・ Mar. 6, 2024\nFerries Return to Lumo\n\nThe ferries are back.',
      null,
    );
    expect(doc.entities.map((e) => `${e.name} (${e.kind})`)).toContain('Ana_Ruiz (PERSON)');
  });

  it('takes a list of names sharing their last word as business units', () => {
    expect(
      actors(
        'The market leaders were Velden Cloud, Ostra Cloud, Lumo Data Cloud and Quist Cloud.',
      ).sort(),
    ).toEqual([
      'Lumo Data Cloud (BUSINESS_UNIT)',
      'Ostra Cloud (BUSINESS_UNIT)',
      'Quist Cloud (BUSINESS_UNIT)',
      'Velden Cloud (BUSINESS_UNIT)',
    ]);
  });

  it('keeps lower-case particles inside a person’s name, also after a title alone', () => {
    const doc = draftOf(
      'Trade Minister Joris van Velde met the Harbour Agency. Minister van Velde said the talks went well.',
    );
    const person = doc.mentions.filter((m) => m.kind === 'PERSON').map((m) => m.text);
    expect(person).toEqual(['Joris van Velde', 'van Velde']);
  });

  it('drops a `Place-based` prefix and splits two companies that each carry a suffix', () => {
    expect(
      actors(
        'The bureau added Lakeside-based Orlan Marine Limited and Dune-based Kessel Tools FZE to the list.',
      ),
    ).toEqual(['Orlan Marine Limited (COMPANY)', 'Kessel Tools FZE (COMPANY)']);
    expect(actors('It fined Orlan Marine Ltd. and Kessel Tools Inc. last year.')).toEqual([
      'Orlan Marine Ltd. (COMPANY)',
      'Kessel Tools Inc. (COMPANY)',
    ]);
  });

  it('reads neither an opening adverb nor the state of a dateline as an actor', () => {
    expect(
      actors('LAKESIDE, D.C. – The Harbour Agency met. Separately, Joris Velde said it was fine.'),
    ).toEqual(['Harbour Agency (AGENCY)', 'Joris Velde (PERSON)']);
  });
});
