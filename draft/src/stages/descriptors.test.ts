import { describe, expect, it } from 'vitest';
import { draftOf, statementsOf } from '../test-support/draft-of.ts';

function actors(text: string): string[] {
  return draftOf(text)
    .entities.map((e) => `${e.name} (${e.kind})`)
    .sort();
}

describe('names and the words around them', () => {
  it('takes the name after a comma-listed portfolio as the person, the whole title as the role', () => {
    const doc = draftOf(
      'Valdoria’s Minister of Fisheries, Ports and Shipping Tarek Olsund said on Monday that the harbour would close.',
    );
    const person = doc.mentions.find((m) => m.kind === 'PERSON')!;
    expect(person.text).toBe('Tarek Olsund');
    expect(person.title).toBe('Minister of Fisheries, Ports and Shipping');
    expect(statementsOf(doc)).toEqual(['Tarek Olsund | PARAPHRASE | the harbour would close.']);
  });

  it('keeps a name with an apostrophe whole and matches it written with the other apostrophe', () => {
    const doc = draftOf(
      "Kieran O'Brien, a spokesperson for the port, spoke first. “The cranes stay idle until May,” O’Brien said.",
    );
    expect(doc.entities.map((e) => e.name)).toEqual(["Kieran O'Brien"]);
    expect(statementsOf(doc)).toEqual([
      "Kieran O'Brien | DIRECT_QUOTE | The cranes stay idle until May",
    ]);
  });

  it('reads a company from a descriptor before it: a maker, a firm, a research firm, a listed one', () => {
    expect(
      actors(
        'The Baltic drone maker Skarvik Aero said sales rose. Chipmaker Telvane said nothing. ' +
          'Rules would target firms including Orlin Tools Co. and Mardell Photonics, according to research firm Quellon Group.',
      ),
    ).toEqual(
      [
        'Skarvik Aero (COMPANY)',
        'Telvane (COMPANY)',
        'Orlin Tools Co. (COMPANY)',
        'Mardell Photonics (COMPANY)',
        'Quellon Group (ANALYST_FIRM)',
      ].sort(),
    );
  });

  it('finds the speaker before a relative clause or an aside, not an actor inside it', () => {
    const doc = draftOf(
      'Port review\n\nRuairi Dellamont, who leads the review for France, said the ferry rule would follow in May. ' +
        'The sonar maker Hollis Marine, which supplies Canada and Norway, said it “backs any measure that keeps ports safe.”',
    );
    expect(statementsOf(doc).sort()).toEqual([
      'Hollis Marine | DIRECT_QUOTE | backs any measure that keeps ports safe.',
      'Ruairi Dellamont | PARAPHRASE | the ferry rule would follow in May.',
    ]);
  });

  it('takes a country’s embassy as an agency', () => {
    expect(
      actors('A spokesperson for the Valdorian embassy in Lisbon declined to comment.'),
    ).toEqual(['Valdorian embassy in Lisbon (AGENCY)']);
  });

  it('takes the labels of a press conference’s questions as news outlets, and a name with People’s', () => {
    const doc = draftOf(
      'Regular Press Briefing\n\nHarbor Wire: The agency added ten firms. What is your comment?\n\n' +
        'Spokesperson Ana Ruiz said the People’s Maritime Bureau is not involved.\n\nMeridian: Will the minister travel?',
    );
    expect(doc.entities.map((e) => `${e.name} (${e.kind})`).sort()).toEqual([
      'Ana Ruiz (PERSON)',
      'Harbor Wire (MEDIA_OUTLET)',
      'Meridian (MEDIA_OUTLET)',
      'People’s Maritime Bureau (AGENCY)',
    ]);
  });
});
