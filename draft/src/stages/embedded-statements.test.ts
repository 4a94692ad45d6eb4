import { describe, expect, it } from 'vitest';
import { draftOf, statementsOf } from '../test-support/draft-of.ts';

describe('paraphrases whose speaker is not the subject', () => {
  it('takes the point a titled person made, resolving the title', () => {
    const doc = draftOf(
      'President Hanna Vogel met the mayors on Monday.\n\nYou know, one of the points the President really registered was: ports must stay open to every ship.',
    );
    expect(statementsOf(doc)).toContain(
      'Hanna Vogel | PARAPHRASE | one of the points the President really registered was: ports must stay open to every ship.',
    );
  });

  it('gives a transcript speaker’s framing sentence to the person whose point it was', () => {
    const doc = draftOf(
      'Press Briefing by Press Secretary Tom Okafor\n\nMR. OKAFOR: Good morning. President Hanna Vogel met the mayors today.\n\nQ Did she raise the ports?\n\nMR. OKAFOR: I would just say one point the President made was to reinforce that ports must stay open to every ship.',
    );
    expect(statementsOf(doc)).toEqual([
      'Hanna Vogel | PARAPHRASE | one point the President made was to reinforce that ports must stay open to every ship.',
    ]);
  });

  it('takes a person raising or reinforcing something in a gerund clause', () => {
    const doc = draftOf(
      'Minister Lars Dahl met Premier Ines Roca in Oslo. There was nothing surprising about Premier Roca raising her concerns about the fishing quotas.',
    );
    expect(statementsOf(doc)).toEqual([
      'Ines Roca | PARAPHRASE | Premier Roca raising her concerns about the fishing quotas.',
    ]);
  });

  it('drafts nothing for a verb with no more than a topic after it', () => {
    const doc = draftOf(
      'Minister Lars Dahl met Premier Ines Roca in Oslo. They discussed the issue today.',
    );
    expect(statementsOf(doc)).toEqual([]);
  });

  it('splits a second reported clause of the same person', () => {
    const doc = draftOf(
      'Premier Ines Roca raised concerns over the fishing quotas in the north, and she emphasized the need for open ports.',
    );
    expect(statementsOf(doc)).toEqual([
      'Ines Roca | PARAPHRASE | Premier Ines Roca raised concerns over the fishing quotas in the north',
      'Ines Roca | PARAPHRASE | she emphasized the need for open ports.',
    ]);
  });

  it('drafts no statement for a call with a person of a country, and keeps `said no`', () => {
    expect(
      statementsOf(draftOf('President Ada Moss spoke today with President Lin Wei of Norway.')),
    ).toEqual([]);
    expect(statementsOf(draftOf('Minister Lars Dahl met the press. Lars Dahl said no.'))).toEqual([
      'Lars Dahl | PARAPHRASE | Lars Dahl said no.',
    ]);
  });
});
