import { describe, expect, it } from 'vitest';
import { SeedValidationError } from './problems.ts';
import { validateSeedSource } from './read-documents.ts';
import { extractionYamlOf } from './review-provenance.ts';
import { SAMPLE_TEXT } from './test-seed-files.ts';

const REVIEWED = `document:
  id: t-doc
  title: Widgets
  documentType: ARTICLE
  provenance: DRAFTED_ACCEPTED
  review: {reviewedBy: Alice, reviewedAt: '2026-01-31T09:30:00Z', rejected: 2}
actors:
  - id: t-ministry
    kind: AGENCY
    name: Ministry of Trade
    provenance: DRAFTED_EDITED
    evidence: ['The Ministry of Trade']
  - id: t-rassendyll
    kind: PERSON
    name: Rudolf Rassendyll
    provenance: ADDED_BY_REVIEWER
    evidence: ['spokesperson Rudolf Rassendyll']
relationships:
  - from: t-rassendyll
    type: HOLDS_ROLE
    role: spokesperson
    to: t-ministry
    provenance: ADDED_BY_REVIEWER
    evidence: ['spokesperson Rudolf Rassendyll']
`;

describe('provenance in seed files', () => {
  it('stores the review with the origin of every fact on the host document node', async () => {
    const document = await validateSeedSource({
      file: 'r.yaml',
      yaml: REVIEWED,
      text: SAMPLE_TEXT,
    });
    const host = document.nodes.find((node) => node.id === 't-doc')!;
    expect(host.properties.extractionYaml).toBe(REVIEWED);
    const review = JSON.parse(String(host.properties.review));
    expect(review).toMatchObject({
      documentId: 't-doc',
      reviewedBy: 'Alice',
      reviewedAt: '2026-01-31T09:30:00Z',
      acceptedUnchanged: 1,
      edited: 1,
      added: 2,
      rejected: 2,
    });
    expect(review.entries).toContainEqual({
      section: 'relationships',
      id: 't-rassendyll HOLDS_ROLE t-ministry',
      origin: 'ADDED_BY_REVIEWER',
    });
    const role = document.relationships.find((rel) => rel.type === 'HOLDS_ROLE')!;
    expect(review.facts).toEqual({
      't-doc': 'DRAFTED_ACCEPTED',
      't-ministry': 'DRAFTED_EDITED',
      't-rassendyll': 'ADDED_BY_REVIEWER',
      [role.id]: 'ADDED_BY_REVIEWER',
    });
  });

  it('keeps no review for a file written by hand', async () => {
    const yaml = REVIEWED.replace(/ {2}review: .*\n/, '').replace(/ +provenance: .*\n/g, '');
    const document = await validateSeedSource({ file: 'h.yaml', yaml, text: SAMPLE_TEXT });
    const host = document.nodes.find((node) => node.id === 't-doc')!;
    expect(host.properties.review).toBeUndefined();
    expect(host.properties.extractionYaml).toBe(yaml);
  });

  it('refuses a drafted origin without the document review, naming the entry and field', async () => {
    const yaml = REVIEWED.replace(/ {2}review: .*\n/, '');
    const error = await validateSeedSource({ file: 'n.yaml', yaml, text: SAMPLE_TEXT }).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(SeedValidationError);
    const problems = (error as SeedValidationError).problems;
    expect(problems.map((problem) => [problem.code, problem.entry, problem.field])).toEqual([
      ['SCHEMA', 'document', 'provenance'],
      ['SCHEMA', 'actors[0] (t-ministry)', 'provenance'],
      ['SCHEMA', 'actors[1] (t-rassendyll)', 'provenance'],
      ['SCHEMA', 'relationships[0]', 'provenance'],
    ]);
    expect(problems[0]!.message).toMatch(/needs the document's review/);
  });

  it('refuses an unknown origin and a review time that is not ISO 8601', async () => {
    const yaml = REVIEWED.replace('DRAFTED_EDITED', 'GUESSED').replace(
      "'2026-01-31T09:30:00Z'",
      'yesterday',
    );
    const error = (await validateSeedSource({ file: 'b.yaml', yaml, text: SAMPLE_TEXT }).catch(
      (caught: unknown) => caught,
    )) as SeedValidationError;
    expect(error.problems.map((problem) => [problem.entry, problem.field])).toEqual(
      expect.arrayContaining([
        ['document', 'review.reviewedAt'],
        ['actors[0] (t-ministry)', 'provenance'],
      ]),
    );
  });

  it('stores the YAML without its textFile, so an exported file loads from its own folder', () => {
    const yaml = 'document:\n  id: t-doc # ours\n  textFile: ../texts/t.txt\n  title: Widgets\n';
    expect(extractionYamlOf(yaml)).toBe('document:\n  id: t-doc # ours\n  title: Widgets\n');
    expect(extractionYamlOf(REVIEWED)).toBe(REVIEWED);
  });
});
