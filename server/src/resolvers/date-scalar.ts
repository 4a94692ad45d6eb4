/**
 * The `Date` scalar: an ISO-8601 calendar date `YYYY-MM-DD`. Values come from the graph already as
 * such strings (`toPlain` of @policygraph/model), so no JavaScript Date and no time zone is ever involved.
 */
import type { GraphQLScalarType, ValueNode } from 'graphql';
import { createGraphQLError } from 'graphql-yoga';
import { isCalendarDate } from '@policygraph/model';
import { graphqlJs } from '../graphql-js.ts';

const { Kind } = graphqlJs;

/**
 * Input dates must be strings here; whether the string is a real `YYYY-MM-DD` date is checked with
 * the field's other arguments (args.ts), so that the error names the argument.
 */
function parse(value: unknown): string {
  if (typeof value !== 'string') {
    throw createGraphQLError(
      `Date must be a string written YYYY-MM-DD, got ${JSON.stringify(value)}.`,
      {
        extensions: { code: 'BAD_USER_INPUT' },
      },
    );
  }
  return value;
}

/**
 * The scalar's behaviour, given as a plain object that the schema builder copies onto the `Date`
 * type of the SDL (so no second copy of graphql-js can be involved).
 */
export const DateScalar = {
  serialize(value: unknown): string {
    if (typeof value === 'string' && isCalendarDate(value)) return value;
    throw new Error(`Date cannot represent ${JSON.stringify(value)}.`);
  },
  parseValue: parse,
  parseLiteral(ast: ValueNode): string {
    return parse(ast.kind === Kind.STRING ? ast.value : undefined);
  },
} as unknown as GraphQLScalarType<string, string>;
