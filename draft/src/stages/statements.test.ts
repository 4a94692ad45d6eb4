import { describe, expect, it } from 'vitest';
import { draftOf, statementsOf } from '../test-support/draft-of.ts';

describe('statements', () => {
  it('finds the speaker after the quote through a reporting verb', () => {
    const doc = draftOf(
      '“The bridge will reopen next spring,” said Harbour Commissioner Alice M. Brandt.',
    );
    expect(statementsOf(doc)).toEqual([
      'Alice M. Brandt | DIRECT_QUOTE | The bridge will reopen next spring',
    ]);
  });

  it('finds the speaker before the quote, and resolves a short form to the full name', () => {
    const doc = draftOf(
      'Mayor Tomas Ortega opened the session. Ortega stressed the plan is “cheaper and faster than a bridge”.',
    );
    expect(statementsOf(doc)).toContain(
      'Tomas Ortega | DIRECT_QUOTE | cheaper and faster than a bridge',
    );
    expect(doc.entities.filter((e) => e.kind === 'PERSON').map((e) => e.name)).toEqual([
      'Tomas Ortega',
    ]);
  });

  it('drafts a sentence ending in "X said" as a paraphrase of X, the quote ending before the comma', () => {
    const doc = draftOf(
      'Senator Rosa Klein spoke first. The levy will fund new ferries for the islands, Klein said.',
    );
    expect(statementsOf(doc)).toContain(
      'Rosa Klein | PARAPHRASE | The levy will fund new ferries for the islands',
    );
  });

  it('drafts "according to X" with X as the speaker', () => {
    const doc = draftOf(
      'Ferry traffic fell by a third in the winter, according to the Northern Shipping Association.',
    );
    expect(statementsOf(doc)).toEqual([
      'Northern Shipping Association | PARAPHRASE | Ferry traffic fell by a third in the winter',
    ]);
  });

  it('drafts "X reported, citing Y" as a statement of Y relayed by X', () => {
    const doc = draftOf(
      'The port may close in June, the Coastal Times reported, citing people familiar with the matter.',
    );
    const s = doc.statements[0]!;
    expect(doc.entities[s.speaker]!.kind).toBe('UNNAMED_SOURCE');
    expect(doc.entities[s.reportedBy!]!.name).toBe('Coastal Times');
  });

  it('resolves a pronoun subject to the nearest person, with lower confidence', () => {
    const doc = draftOf(
      'Governor Ada Quist met farmers on Monday. She noted that the drought aid will be paid in April.',
    );
    const s = doc.statements.find((x) => x.rule === 'reference-verb')!;
    expect(doc.entities[s.speaker]!.name).toBe('Ada Quist');
    expect(s.confidence).toBeLessThan(0.7);
  });

  it('gives "told X" as whom it was said to', () => {
    const doc = draftOf(
      'The talks were useful and will go on, Chen Bo, director of the Lakeside Institute, told the River Daily.',
    );
    const s = doc.statements[0]!;
    expect(doc.entities[s.speaker]!.name).toBe('Chen Bo');
    expect(doc.entities[s.saidTo!]!.name).toBe('River Daily');
  });

  it('gives a transcript turn to the speaker its label names', () => {
    const text =
      'Briefing by Press Secretary Nora Vance\n\nMS. VANCE: Good morning. We announced the new ferry schedule today.\n\nQ Will fares rise?\n\nMS. VANCE: We emphasized that fares stay the same this year.';
    const doc = draftOf(text);
    expect(statementsOf(doc)).toContain(
      'Nora Vance | PARAPHRASE | We emphasized that fares stay the same this year.',
    );
    expect(statementsOf(doc).some((s) => s.includes('Will fares rise'))).toBe(false);
  });

  it('splits "both leaders agreed" between the two people last named', () => {
    const doc = draftOf(
      'President Ana Silva spoke with Prime Minister Jon Berg. The two leaders agreed to meet again in May.',
    );
    expect(statementsOf(doc)).toEqual([
      'Jon Berg | PARAPHRASE | The two leaders agreed to meet again in May.',
      'Ana Silva | PARAPHRASE | The two leaders agreed to meet again in May.',
    ]);
  });

  it('takes the speaker of a compilation from its label: an organisation alone, or after a compound title', () => {
    const doc = draftOf(
      'Reedworkers: “We welcome the decision on river tolls.”\n\n' +
        'President and CEO Tomas Brill, Velden Aluminum: “The tolls are fair.”\n\n' +
        'Senator Ada Quist, Lakeshire: “The tolls are too high.”',
    );
    expect(statementsOf(doc)).toEqual([
      'Reedworkers | DIRECT_QUOTE | We welcome the decision on river tolls.',
      'Tomas Brill | DIRECT_QUOTE | The tolls are fair.',
      'Ada Quist | DIRECT_QUOTE | The tolls are too high.',
    ]);
    const kinds = Object.fromEntries(doc.entities.map((e) => [e.name, e.kind]));
    expect(kinds).toMatchObject({ Reedworkers: 'ORGANIZATION', 'Velden Aluminum': 'COMPANY' });
    expect(kinds).not.toHaveProperty('Lakeshire');
  });

  it('gives a label alone on its line the quotation of the next paragraph, and an unclosed one its unmarked sequel', () => {
    const doc = draftOf(
      'Director Ada Quist, Velden Growers Association: “We welcome the tolls.\n\n' +
        'The river needs dredging before the autumn floods arrive.\n\n' +
        'Chair Tomas Brill, Lakeshire Ferry Union: “\n\n' +
        '“The ferry crews will keep their jobs, and the tolls will pay for the new landing stages.”',
    );
    expect(statementsOf(doc)).toEqual([
      'Ada Quist | DIRECT_QUOTE | We welcome the tolls.',
      'Ada Quist | DIRECT_QUOTE | The river needs dredging before the autumn floods arrive.',
      'Tomas Brill | DIRECT_QUOTE | The ferry crews will keep their jobs, and the tolls will pay for the new landing stages.',
    ]);
  });

  it('resolves a definite description (`the expert`, `the analyst firm`) to the nearest actor it fits', () => {
    const doc = draftOf(
      'Freight volumes at Lumo doubled in the spring, according to Quayside Research Group. ' +
        'The “Harbour Three” handled most of it, with a rise of 6% on the year, the shipping analyst firm estimated in May. ' +
        'Tomas Brill, director of the Velden Port Office, welcomed the figures. ' +
        'The expert expected the rise could go on through the summer.',
    );
    const statements = statementsOf(doc);
    expect(statements).toContain(
      'Quayside Research Group | PARAPHRASE | The “Harbour Three” handled most of it, with a rise of 6% on the year',
    );
    expect(statements).toContain(
      'Tomas Brill | PARAPHRASE | the rise could go on through the summer.',
    );
    expect(statements.some((s) => s.endsWith('| Harbour Three'))).toBe(false);
  });

  it('makes the outlet that reports a source the party the source spoke to', () => {
    const doc = draftOf(
      'The port will close for a week in June, the Velden Courier reported, citing people familiar with the matter.',
    );
    const s = doc.statements[0]!;
    expect(doc.entities[s.speaker]!.kind).toBe('UNNAMED_SOURCE');
    expect(doc.entities[s.saidTo!]!.name).toBe('Velden Courier');
    expect(doc.entities[s.reportedBy!]!.name).toBe('Velden Courier');
  });

  it('quotes a transcript speaker where the words state a position, with a sentence that goes on', () => {
    const doc = draftOf(
      'Briefing by Harbour Master Ada Quist on the Ferry Strike\n\n' +
        'MS. QUIST: Good morning. The boats left at nine. We remain convinced that the ferries must run. But the crews need a better deal.\n\n' +
        'Q: Will the strike end?\n\n' +
        'MS. QUIST: What I will say is that the talks go on.',
    );
    expect(statementsOf(doc)).toEqual([
      'Ada Quist | DIRECT_QUOTE | We remain convinced that the ferries must run. But the crews need a better deal.',
      'Ada Quist | DIRECT_QUOTE | What I will say is that the talks go on.',
    ]);
  });

  it('gives a passive `was said to` with no one named to the outlet whose report was relayed', () => {
    const doc = draftOf(
      'The port will close for a week in June, the Velden Courier reported, citing people familiar with the matter. ' +
        'The closure was said to aim to repair the old quay walls before the autumn storms.',
    );
    expect(statementsOf(doc)).toContain(
      'Velden Courier | PARAPHRASE | The closure was said to aim to repair the old quay walls before the autumn storms.',
    );
  });
});
