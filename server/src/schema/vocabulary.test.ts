/**
 * The SDL's enums must list exactly the vocabulary of the data model (@policygraph/model), so a
 * kind or type added to the model cannot be missing from the API (nor from the explorer, whose
 * types codegen makes from these enums), or the other way round.
 */
import { describe, expect, it } from 'vitest';
import { buildASTSchema, isEnumType, parse } from 'graphql';
import {
  DATE_PRECISIONS,
  DOCUMENT_TYPES,
  ITEM_TYPES,
  MEASURE_TYPES,
  NODE_KINDS,
  RELATIONSHIP_TYPES,
  STATEMENT_FORMS,
} from '@policygraph/model';
import { loadTypeDefs } from './type-defs.ts';

const schema = buildASTSchema(parse(loadTypeDefs().join('\n')));

/** The value names of the SDL's enum `name`. */
function enumValues(name: string): string[] {
  const type = schema.getType(name);
  if (!isEnumType(type)) throw new Error(`enum ${name} is not in the SDL`);
  return type.getValues().map((value) => value.name);
}

describe('SDL enums and the data model', () => {
  it.each([
    ['NodeKind', NODE_KINDS],
    ['RelationshipType', RELATIONSHIP_TYPES],
    ['MeasureType', MEASURE_TYPES],
    ['DocumentType', DOCUMENT_TYPES],
    ['ItemType', ITEM_TYPES],
    ['StatementForm', STATEMENT_FORMS],
    ['DatePrecision', DATE_PRECISIONS],
  ] as const)('%s lists the same values as the model', (name, values) => {
    expect(enumValues(name).sort()).toEqual([...values].sort());
  });

  it('types every field and argument that carries a relationship type by the enum', () => {
    const relationship = schema.getType('Relationship');
    if (!relationship || !('getFields' in relationship)) throw new Error('no Relationship type');
    expect(String(relationship.getFields().type?.type)).toBe('RelationshipType!');
    const neighborhood = schema.getQueryType()?.getFields().neighborhood;
    const argument = neighborhood?.args.find((arg) => arg.name === 'relationshipTypes');
    expect(String(argument?.type)).toBe('[RelationshipType!]');
  });
});
