import { describe, expect, it } from 'vitest';
import { draftOf, words } from '../test-support/draft-of.ts';

/** Each measure of `text` as `evidence words | issuer | announced date`. */
function measuresOf(text: string, publishedOn = '2024-03-06'): string[] {
  const doc = draftOf(`Port notes\n\n${text}`, publishedOn);
  return doc.measures.map(
    (m) =>
      `${words(doc, m.evidence)} | ${m.issuer === undefined ? '-' : doc.entities[m.issuer]!.name} | ${m.announcedOn ?? '-'}`,
  );
}

describe('measures named by a verb phrase', () => {
  it('drafts "will require licenses for", with the country before the modal as its issuer', () => {
    const [m] = measuresOf(
      'Norway will require licenses for exports of 9 more types of sonar equipment.',
    );
    expect(m).toBe(
      'Norway will require licenses for exports of 9 more types of sonar equipment. | Norway | -',
    );
  });

  it('drafts a bill that would act, a rule that was finalized, a licensing requirement expanded', () => {
    const found = measuresOf(
      'Senator Ada Ruiz introduced a bill on Monday that would bar sales of sonar software to Valdoria. ' +
        'In January, the Harbour Agency finalized a rule banning Valdorian cranes from U.S. ports. ' +
        'The Ministry of Trade expanded its national licensing requirement to more sonar systems.',
    );
    expect(found.map((m) => m.split(' | ')[0])).toEqual([
      'Senator Ada Ruiz introduced a bill on Monday that would bar sales of sonar software to Valdoria.',
      'In January, the Harbour Agency finalized a rule banning Valdorian cranes from U.S. ports.',
      'The Ministry of Trade expanded its national licensing requirement to more sonar systems.',
    ]);
  });

  it('drafts no new measure from a definite reference whose only action word is its own noun', () => {
    const found = measuresOf(
      'The Harbour Agency imposed a licensing requirement on sonar exports on Monday. ' +
        'The agency said the licensing requirement is not aimed at any country. ' +
        'Separate restrictions on cranes remain under review.',
    );
    expect(found.map((m) => m.split(' | ')[0])).toEqual([
      'The Harbour Agency imposed a licensing requirement on sonar exports on Monday.',
      'Separate restrictions on cranes remain under review.',
    ]);
  });

  it('dates a measure by its own verb, not by "Today" said of something else', () => {
    const [, builds] = measuresOf(
      'Today, the Harbour Agency added 4 firms to the Entity List. ' +
        'Today’s rule builds on the sanctions that the Harbour Agency imposed on Valdoria on February 24, 2022.',
    );
    expect(builds).toMatch(/ \| Harbour Agency \| 2022-02-24$/);
  });
});
