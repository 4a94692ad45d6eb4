/**
 * zod schemas of the root fields' arguments, with the documented limits (./limits.ts). Parsing
 * happens before any Cypher is built; a violation becomes BAD_USER_INPUT naming the argument.
 */
import { z } from 'zod';
import { badUserInput } from './errors.ts';
import { LIMITS } from './limits.ts';
import { NODE_KINDS, RELATIONSHIP_TYPES } from './model.ts';
import { isCalendarDate } from '@policygraph/model';

/** A node id argument: 1 to LIMITS.idLength characters. */
export const id = z
  .string()
  .min(1, 'must not be empty')
  .max(LIMITS.idLength, `must be at most ${LIMITS.idLength} characters`);
const kinds = z.array(z.enum(NODE_KINDS)).nullish();
/** A date argument: a calendar date written `YYYY-MM-DD`. */
export const isoDate = z
  .string()
  .refine(isCalendarDate, 'must be a calendar date written YYYY-MM-DD');
const intIn = (min: number, max: number) =>
  z.number().int().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`);

export const searchArgs = z.object({
  text: z
    .string()
    .max(LIMITS.searchTextLength, `must be at most ${LIMITS.searchTextLength} characters`),
  kinds,
  first: intIn(1, LIMITS.searchFirst),
});

export const searchConnectionArgs = searchArgs.extend({ after: z.string().nullish() });

export const nodeArgs = z.object({ id });

export const neighborhoodArgs = z.object({
  ids: z
    .array(id)
    .min(1, 'must name at least one node')
    .max(LIMITS.neighborhoodIds, `must name at most ${LIMITS.neighborhoodIds} nodes`),
  depth: intIn(1, LIMITS.neighborhoodDepth),
  kinds,
  relationshipTypes: z
    .array(
      z.enum(RELATIONSHIP_TYPES, {
        error: (issue) =>
          `"${String(issue.input)}" is not a relationship type (${RELATIONSHIP_TYPES.join(', ')})`,
      }),
    )
    .nullish(),
  limit: intIn(1, LIMITS.neighborhoodLimit),
});

export const neighborhoodSummaryArgs = neighborhoodArgs
  .pick({ kinds: true, relationshipTypes: true })
  .extend({ id });

const subgraphIds = z
  .array(id)
  .min(1, 'must name at least one node')
  .max(LIMITS.subgraphIds, `must name at most ${LIMITS.subgraphIds} nodes`);

export const subgraphArgs = z.object({ ids: subgraphIds });

export const relationshipsBetweenArgs = z.object({ from: subgraphIds, to: subgraphIds });

export const pathsArgs = z.object({
  from: id,
  to: id,
  maxHops: intIn(1, LIMITS.pathsMaxHops),
  first: intIn(1, LIMITS.pathsFirst),
});

const page = {
  first: intIn(1, LIMITS.pageSize),
  after: z.string().max(200, 'must be at most 200 characters').nullish(),
};

export const statementsArgs = z.object({
  speaker: id.nullish(),
  about: id.nullish(),
  reportedIn: id.nullish(),
  from: isoDate.nullish(),
  to: isoDate.nullish(),
  ...page,
});

export const measuresArgs = z.object({
  issuedBy: id.nullish(),
  covers: id.nullish(),
  appliesTo: id.nullish(),
  ...page,
});

/**
 * Parses a root field's arguments.
 * @throws GraphQLError BAD_USER_INPUT whose message and `extensions.argumentName` name the first
 *   argument in error, e.g. `Argument "depth" must be at most 3 (got 5).`
 */
export function parseArgs<T extends z.ZodType>(schema: T, args: unknown): z.infer<T> {
  const result = schema.safeParse(args);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const argumentName = String(issue.path[0] ?? 'arguments');
  const at = issue.path.length > 1 ? `[${issue.path.slice(1).join('][')}]` : '';
  const given = issue.path.reduce<unknown>(
    (value, key) => (value as Record<PropertyKey, unknown> | null)?.[key],
    args,
  );
  const got =
    issue.path.length === 1 && (typeof given === 'number' || typeof given === 'string')
      ? ` (got ${JSON.stringify(given).slice(0, 60)})`
      : '';
  throw badUserInput(argumentName, `Argument "${argumentName}"${at} ${issue.message}${got}.`);
}
