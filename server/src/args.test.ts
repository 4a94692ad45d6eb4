import { describe, expect, it } from 'vitest';
import type { GraphQLError } from 'graphql';
import {
  measuresArgs,
  neighborhoodArgs,
  parseArgs,
  pathsArgs,
  searchArgs,
  statementsArgs,
} from './args.ts';

function refusal(fn: () => unknown): { message: string; code: unknown; argumentName: unknown } {
  try {
    fn();
  } catch (error) {
    expect((error as Error).name).toBe('GraphQLError');
    const { message, extensions } = error as GraphQLError;
    return { message, code: extensions.code, argumentName: extensions.argumentName };
  }
  throw new Error('expected a refusal');
}

describe('parseArgs', () => {
  it('accepts arguments within the limits', () => {
    expect(parseArgs(neighborhoodArgs, { ids: ['mofcom'], depth: 3, limit: 1000 })).toEqual({
      ids: ['mofcom'],
      depth: 3,
      limit: 1000,
    });
    expect(parseArgs(pathsArgs, { from: 'wsj', to: 'amazon', maxHops: 6, first: 10 }).maxHops).toBe(
      6,
    );
  });
  it('names the argument beyond its maximum, with the value given', () => {
    expect(refusal(() => parseArgs(neighborhoodArgs, { ids: ['a'], depth: 4, limit: 10 }))).toEqual(
      {
        message: 'Argument "depth" must be at most 3 (got 4).',
        code: 'BAD_USER_INPUT',
        argumentName: 'depth',
      },
    );
    expect(
      refusal(() => parseArgs(pathsArgs, { from: 'a', to: 'b', maxHops: 7, first: 1 }))
        .argumentName,
    ).toBe('maxHops');
    expect(
      refusal(() => parseArgs(pathsArgs, { from: 'a', to: 'b', maxHops: 2, first: 11 }))
        .argumentName,
    ).toBe('first');
    expect(refusal(() => parseArgs(searchArgs, { text: 'x', first: 51 })).argumentName).toBe(
      'first',
    );
    expect(
      refusal(() => parseArgs(neighborhoodArgs, { ids: ['a'], depth: 1, limit: 1001 }))
        .argumentName,
    ).toBe('limit');
    expect(refusal(() => parseArgs(measuresArgs, { first: 101 })).argumentName).toBe('first');
  });
  it('names the argument below its minimum', () => {
    expect(
      refusal(() => parseArgs(neighborhoodArgs, { ids: [], depth: 1, limit: 10 })).argumentName,
    ).toBe('ids');
    expect(
      refusal(() => parseArgs(neighborhoodArgs, { ids: ['a'], depth: 0, limit: 10 })).message,
    ).toBe('Argument "depth" must be at least 1 (got 0).');
  });
  it('names an unknown relationship type and its position', () => {
    const { message, argumentName } = refusal(() =>
      parseArgs(neighborhoodArgs, {
        ids: ['a'],
        depth: 1,
        limit: 1,
        relationshipTypes: ['COVERS', 'LIKES'],
      }),
    );
    expect(argumentName).toBe('relationshipTypes');
    expect(message).toMatch(
      /^Argument "relationshipTypes"\[1\] "LIKES" is not a relationship type/,
    );
  });
  it('refuses a text too long to search and a date that is not on the calendar', () => {
    expect(
      refusal(() => parseArgs(searchArgs, { text: 'x'.repeat(201), first: 1 })).argumentName,
    ).toBe('text');
    expect(
      refusal(() => parseArgs(statementsArgs, { first: 1, to: '2023-02-29' })).argumentName,
    ).toBe('to');
    expect(parseArgs(statementsArgs, { first: 1, to: '2024-02-29' }).to).toBe('2024-02-29');
  });
});
