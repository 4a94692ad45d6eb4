import { describe, expect, it } from 'vitest';
import type { GraphQLError } from 'graphql';
import { checkCreateDraftArgs } from './create-draft.ts';

/** The error `checkCreateDraftArgs` throws for `args`, or null. */
function refusal(args: Parameters<typeof checkCreateDraftArgs>[0]) {
  try {
    checkCreateDraftArgs(args);
    return null;
  } catch (error) {
    expect((error as Error).name).toBe('GraphQLError');
    const { message, extensions } = error as GraphQLError;
    return { message, code: extensions.code, argumentName: extensions.argumentName };
  }
}

describe('createDraft arguments', () => {
  it('accepts a text with a real publication day', () => {
    expect(refusal({ text: 'A text.', publishedOn: '2024-02-29' })).toBeNull();
  });

  it('names publishedOn when it is no day of the calendar, not the text', () => {
    expect(refusal({ text: 'A text.', publishedOn: '2024-02-30' })).toEqual({
      message: 'publishedOn 2024-02-30 is not a day of the calendar.',
      code: 'BAD_USER_INPUT',
      argumentName: 'publishedOn',
    });
    expect(refusal({ text: 'A text.', publishedOn: '2023-13-01' })?.argumentName).toBe(
      'publishedOn',
    );
  });

  it('names publishedOn when it is not YYYY-MM-DD, and text when it is blank', () => {
    expect(refusal({ text: 'A text.', publishedOn: '14 May 2024' })?.message).toBe(
      'publishedOn must be YYYY-MM-DD.',
    );
    expect(refusal({ text: '  \n ' })?.argumentName).toBe('text');
  });
});
