import { describe, expect, it } from 'vitest';
import { loadTypeDefs } from '../schema/type-defs.ts';
import { DELISTING_BASES, MERGE_RULE_VALUES, identityRows, listingFields } from './listing-rows.ts';
import type { NodeRow } from './rows.ts';

function enumValues(sdl: string, name: string): string[] {
  const body = new RegExp(`enum ${name} \\{([^}]*)\\}`).exec(sdl)?.[1] ?? '';
  return body
    .replace(/"""[\s\S]*?"""/g, '')
    .replace(/"[^"\n]*"/g, '')
    .split(/\s+/)
    .filter((token) => /^[A-Z][A-Z0-9_]*$/.test(token));
}

describe('listing rows', () => {
  const sdl = loadTypeDefs().join('\n');
  it('types the SDL enums of listings exactly', () => {
    expect(enumValues(sdl, 'MergeRule')).toEqual([...MERGE_RULE_VALUES]);
    expect(enumValues(sdl, 'DelistingBasis')).toEqual([...DELISTING_BASES]);
  });

  it('reads listing properties typed: precision only with a date, unknown values as null', () => {
    expect(
      listingFields({
        listedOn: '2023-02-16',
        delistedOn: '2026-01-01',
        delistedOnPrecision: 'YEAR',
        delistedBasis: 'END_DATE_IN_SOURCE',
        sourceUrl: 42,
        dataset: 'cn-sanctions',
      }),
    ).toEqual({
      listName: null,
      listedOn: '2023-02-16',
      listedOnPrecision: 'DAY',
      delistedOn: '2026-01-01',
      delistedOnPrecision: 'YEAR',
      delistedBasis: 'END_DATE_IN_SOURCE',
      delistedIn: null,
      sourceUrl: null,
      dataset: 'cn-sanctions',
    });
    expect(listingFields({ delistedBasis: 'GUESSED' })).toMatchObject({
      listedOnPrecision: null,
      delistedBasis: null,
      dataset: '',
    });
  });

  it('zips the identity lists, an unknown rule read as NEW', () => {
    const node: NodeRow = {
      id: 'n',
      kind: 'COMPANY',
      name: 'N',
      aliases: [],
      description: null,
      evidence: [],
      hasText: false,
      properties: {
        identityDocumentIds: ['d1', 'd2'],
        identityRows: [2, 3],
        identityDatasets: ['x', 'x'],
        identityRules: ['WIKIDATA_ID', 'SOMETHING'],
        identityKeys: ['wikidata:Q1', ''],
        identityNames: ['A', 'B'],
      },
    };
    expect(identityRows(node).map((r) => [r.documentId, r.row, r.rule])).toEqual([
      ['d1', 2, 'WIKIDATA_ID'],
      ['d2', 3, 'NEW'],
    ]);
  });
});
