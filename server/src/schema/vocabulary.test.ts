/**
 * The SDL's enums must list exactly the vocabulary of the data model (model/src/vocabulary.ts),
 * so a kind or type added to the model cannot be missing from the API, or the other way round.
 */
import { describe, expect, it } from 'vitest';
import {
  DATE_PRECISIONS,
  DOCUMENT_TYPES,
  ITEM_TYPES,
  MEASURE_TYPES,
  NODE_KINDS,
  STATEMENT_FORMS,
} from '@policygraph/model';
import { loadTypeDefs } from './type-defs.ts';

/** The values of `enum <name> { ... }` in the SDL, descriptions and comments removed. */
function enumValues(sdl: string, name: string): string[] {
  const body = new RegExp(`enum ${name} \\{([^}]*)\\}`).exec(sdl)?.[1];
  if (body === undefined) throw new Error(`enum ${name} is not in the SDL`);
  return body
    .replace(/"""[\s\S]*?"""/g, '')
    .replace(/"[^"\n]*"/g, '')
    .replace(/#.*$/gm, '')
    .split(/\s+/)
    .filter((token) => /^[A-Z][A-Z0-9_]*$/.test(token));
}

describe('SDL enums and the data model', () => {
  const sdl = loadTypeDefs().join('\n');
  it.each([
    ['NodeKind', NODE_KINDS],
    ['MeasureType', MEASURE_TYPES],
    ['DocumentType', DOCUMENT_TYPES],
    ['ItemType', ITEM_TYPES],
    ['StatementForm', STATEMENT_FORMS],
    ['DatePrecision', DATE_PRECISIONS],
  ] as const)('%s lists the same values as the model', (name, values) => {
    expect(enumValues(sdl, name).sort()).toEqual([...values].sort());
  });
});
