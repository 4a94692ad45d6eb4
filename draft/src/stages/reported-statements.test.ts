import { describe, expect, it } from 'vitest';
import { draftOf, statementsOf } from '../test-support/draft-of.ts';

describe('statements relayed through a report', () => {
  it('follows a report through "reported on <day>, citing", "the report said" and "the people said"', () => {
    const doc = draftOf(
      'The port authority is preparing rules on cargo drones, Harbor Wire reported on Tuesday, citing people familiar with the matter. ' +
        'The rule could be published next month, the report said. ' +
        'Officials have discussed the plan with two neighbours, the people said.',
    );
    expect(statementsOf(doc)).toEqual([
      'people familiar with the matter | PARAPHRASE | The port authority is preparing rules on cargo drones',
      'Harbor Wire | PARAPHRASE | The rule could be published next month',
      'people familiar with the matter | PARAPHRASE | Officials have discussed the plan with two neighbours',
    ]);
    const wire = doc.entities.findIndex((e) => e.name === 'Harbor Wire');
    expect(doc.entities[wire]!.kind).toBe('MEDIA_OUTLET');
    expect(doc.statements[0]!.reportedBy).toBe(wire);
    expect(doc.statements[2]!.reportedBy).toBe(wire);
    expect(doc.statements[1]!.reportedBy).toBeUndefined();
  });

  it('takes the author of a report named after "according to a report by"', () => {
    const doc = draftOf('Cargo volumes fell by half last year, according to a report by Quillon.');
    expect(statementsOf(doc)).toEqual([
      'Quillon | PARAPHRASE | Cargo volumes fell by half last year',
    ]);
  });

  it('drafts no statement from scare quotes; a sentence of quoted fragments is a paraphrase', () => {
    const doc = draftOf(
      'We urge certain politicians to stop hyping the so-called “harbour threat.” ' +
        'Lena Varga, a spokesperson for the ministry, said Valdoria “firmly rejects” the “misuse of port rules” and would “fully defend” its shippers.',
    );
    expect(statementsOf(doc)).toEqual([
      'Lena Varga | PARAPHRASE | Valdoria “firmly rejects” the “misuse of port rules” and would “fully defend” its shippers.',
    ]);
  });
});
