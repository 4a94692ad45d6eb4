import { describe, expect, it } from 'vitest';
import { draftText } from './draft.ts';
import { emitSeed } from './emit.ts';
import { quoteOf } from './emit-ids.ts';
import { Gazetteer } from './gazetteer.ts';
import { draftAndValidate } from './write-draft.ts';

describe('emitSeed', () => {
  it('gives a new actor a fresh id when its slug is taken by another node of the graph', () => {
    const graph = new Gazetteer([
      {
        id: 'harbour-workers-union',
        kind: 'MEASURE',
        name: 'Harbour Workers Union rule',
        aliases: [],
      },
    ]);
    const { doc, candidates } = draftText(
      'The Harbour Workers Union met on Monday.',
      { id: 'd', documentType: 'ARTICLE' },
      graph,
    );
    const { seed } = emitSeed(doc, candidates, 'd.txt', new Set(graph.nodes.map((n) => n.id)));
    expect((seed.actors as Array<{ id: string }>).map((a) => a.id)).toEqual([
      'harbour-workers-union-2',
    ]);
  });

  it('writes a linked actor with the node’s own id, name and kind, the text’s name as an alias', () => {
    const graph = new Gazetteer([
      {
        id: 'us-department-of-commerce',
        kind: 'AGENCY',
        name: 'US Department of Commerce',
        aliases: ['Commerce Department'],
        country: 'US',
      },
    ]);
    const { doc, candidates } = draftText(
      'The U.S. Commerce Department issued a rule.',
      { id: 'd', documentType: 'ARTICLE' },
      graph,
    );
    const { seed } = emitSeed(doc, candidates, 'd.txt', new Set(['us-department-of-commerce']));
    expect(seed.actors).toEqual([
      {
        id: 'us-department-of-commerce',
        kind: 'AGENCY',
        name: 'US Department of Commerce',
        aliases: ['U.S. Commerce Department'],
        evidence: ['U.S. Commerce Department'],
      },
    ]);
  });

  it('states a relationship once when the text supports it twice (the loader refuses duplicates)', async () => {
    const text =
      'Ports may close in May, the Coastal Times reported, citing people familiar with the matter. ' +
      'Ferries may stop in June, the Coastal Times reported, citing people familiar with the matter.';
    const { seed } = await draftAndValidate(text, 'twice', {}, new Gazetteer([]), 'twice.txt');
    const cites = (seed.relationships as Array<{ type: string; evidence: unknown[] }>).filter(
      (r) => r.type === 'CITES',
    );
    expect(cites).toHaveLength(1);
    expect(cites[0]!.evidence).toHaveLength(2);
  });

  it('writes covered items and COVERS, APPLIES_TO and TARGETS with evidence the loader accepts', async () => {
    const text =
      'The Hale administration imposed export controls on lithium hydroxide and drone engines imported from Brazil. ' +
      'The Hale administration is mulling a new rule that could require Zentrix, Hollow Corp. and other cloud providers to apply for a licence.';
    const graph = new Gazetteer([
      { id: 'lioh', kind: 'ITEM', name: 'Lithium hydroxide', aliases: [], itemType: 'MATERIAL' },
    ]);
    const { seed } = await draftAndValidate(text, 'scope', {}, graph, 'scope.txt');
    expect(seed.items).toEqual([
      {
        id: 'lioh',
        name: 'Lithium hydroxide',
        itemType: 'MATERIAL',
        aliases: ['lithium hydroxide'],
        evidence: ['lithium hydroxide'],
      },
      {
        id: 'drone-engines',
        name: 'Drone engines',
        itemType: 'PRODUCT',
        aliases: ['drone engines'],
        evidence: ['drone engines'],
      },
    ]);
    const scope = (seed.relationships as Array<{ type: string; to: string; evidence: string[] }>)
      .filter((r) => /^(COVERS|APPLIES_TO|TARGETS)$/.test(r.type))
      .map((r) => `${r.type} ${r.to} | ${r.evidence.join(' / ')}`);
    expect(scope).toEqual([
      'COVERS lioh | export controls on lithium hydroxide',
      'COVERS drone-engines | export controls on lithium hydroxide and drone engines',
      'TARGETS brazil | imported from Brazil',
      'APPLIES_TO zentrix | require Zentrix, Hollow Corp. and other cloud providers to',
      'APPLIES_TO hollow-corp | require Zentrix, Hollow Corp. and other cloud providers to',
    ]);
  });

  it('writes a repeated quote with the occurrence of the span meant', () => {
    const text = 'Yes. No. Yes.';
    expect(quoteOf(text, { start: 0, end: 4 })).toEqual({ quote: 'Yes.', occurrence: 1 });
    expect(quoteOf(text, { start: 9, end: 13 })).toEqual({ quote: 'Yes.', occurrence: 2 });
    expect(quoteOf(text, { start: 5, end: 8 })).toBe('No.');
  });
});
