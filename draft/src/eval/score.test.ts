import { describe, expect, it } from 'vitest';
import { draftText } from '../draft.ts';
import { Gazetteer } from '../gazetteer.ts';
import { scoreDocument } from './score.ts';
import type { Gold } from './gold.ts';

const text =
  'WASHINGTON, May 4, 2026 – The U.S. Treasury said on Monday that the U.S. would widen its rules. ' +
  '"We will act," said Treasury Secretary Dana Whitcombe.\n';

const gazetteer = new Gazetteer([
  {
    id: 'united-states',
    kind: 'COUNTRY_OR_BLOC',
    name: 'United States',
    aliases: ['U.S.', 'US'],
    country: 'US',
  },
]);

function score(gold: Gold) {
  const { doc } = draftText(text, { id: 'score-test', documentType: 'ARTICLE' }, gazetteer);
  return { doc, ...scoreDocument(doc, gold, gazetteer) };
}

describe('scoreDocument: actors linked', () => {
  it('expects the node a gold name matches even when its loose key is empty (`U.S.`)', () => {
    const { doc, counts } = score({
      actors: [{ name: 'United States', kind: 'COUNTRY_OR_BLOC', mentions: ['U.S.'] }],
      statements: [],
      measures: [],
    });
    const linked = doc.entities.filter((e) => e.linkedId === 'united-states');
    expect(linked.length).toBe(1);
    expect(counts['actors linked']).toEqual({ tp: 1, fp: 0, fn: 0 });
  });

  it('counts a link to a node the gold does not expect as a false link and names it', () => {
    const { doc, counts, misses } = score({
      actors: [{ name: 'Dana Whitcombe', kind: 'PERSON', mentions: ['Dana Whitcombe'] }],
      statements: [],
      measures: [],
    });
    const country = doc.entities.find((e) => e.linkedId === 'united-states')!;
    expect(counts['actors linked']).toEqual({ tp: 0, fp: 1, fn: 0 });
    expect(misses).toContain(
      `link extra: ${country.name}, not an actor of the gold, drafted as united-states`,
    );
  });
});
