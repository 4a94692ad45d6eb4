/**
 * Limits on the shape of an operation, applied before any resolver runs; a refused operation gets
 * `extensions.code` OPERATION_LIMIT, a message giving the limit, and HTTP status 400:
 * - the query text's length (../limits.ts HTTP_LIMITS.maxQueryLength) and the length of any list in
 *   its variables (OPERATION_LIMITS.maxListItems), before it is parsed;
 * - depth, aliases, tokens and directives (graphql-armor), while it is parsed and validated;
 * - the same field or fragment selected more than OPERATION_LIMITS.maxRepeats times in one selection
 *   set, once parsed (so a document of one field repeated cannot make validation expensive);
 * - graphql-js's own bounds on the work of validating overlapping fields ("Validation aborted.") and
 *   on the nesting of introspection, given the same code and a message that says what to change.
 * Operations of a type the schema does not have (subscription) are refused while validated,
 * with GRAPHQL_VALIDATION_FAILED (graphql-js 16 would only fail them at execution, without a code).
 * The cost, which needs the variables, is checked by ./use-cost-limit.ts.
 */
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import type { ASTVisitor, DocumentNode, GraphQLError, ValidationContext } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { createGraphQLError } from 'graphql-yoga';
import { operationLimit } from '../errors.ts';
import { graphqlJs } from '../graphql-js.ts';
import { HTTP_LIMITS, OPERATION_LIMITS } from '../limits.ts';

const { Kind } = graphqlJs;

const tag = (_context: unknown, error: GraphQLError) => {
  const extensions = error.extensions as Record<string, unknown>;
  (error as { message: string }).message = error.message.replace(/^Syntax Error: /, '');
  extensions.code = 'OPERATION_LIMIT';
  extensions.http = { status: 400 };
};

/** graphql-js's messages for its own validation bounds, and what the client is told instead. */
const VALIDATION_BOUNDS: Record<string, string> = {
  'Validation aborted.':
    'The operation repeats or overlaps the same fields too often to be validated; select each field once.',
  'Maximum introspection depth exceeded':
    'The introspection query nests fields, interfaces, possibleTypes or inputFields too deeply.',
};

/** The first response key or fragment spread selected more than `max` times in one selection set. */
export function overRepeated(
  document: DocumentNode,
  max: number,
): { name: string; count: number } | null {
  let found: { name: string; count: number } | null = null;
  graphqlJs.visit(document, {
    SelectionSet(node) {
      const counts = new Map<string, number>();
      for (const selection of node.selections) {
        const name =
          selection.kind === Kind.FIELD
            ? (selection.alias?.value ?? selection.name.value)
            : selection.kind === Kind.FRAGMENT_SPREAD
              ? `...${selection.name.value}`
              : null;
        if (name) counts.set(name, (counts.get(name) ?? 0) + 1);
      }
      for (const [name, count] of counts) {
        if (count > max && (!found || count > found.count)) found = { name, count };
      }
    },
  });
  return found;
}

/** Refuses operations whose type (mutation, subscription) the schema has no root type for. */
function knownOperationTypes(context: ValidationContext): ASTVisitor {
  return {
    OperationDefinition(node) {
      if (context.getSchema().getRootType(node.operation)) return;
      context.reportError(
        createGraphQLError(`This API answers queries only; it has no ${node.operation} type.`, {
          nodes: [node],
        }),
      );
    },
  };
}

/**
 * The length of the longest list anywhere in `value` (walked without recursion, and without
 * spreading a list into one call's arguments: a body under the size limit can hold a list of
 * hundreds of thousands of items, more than a call takes).
 */
export function longestList(value: unknown): number {
  let longest = 0;
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const item = pending.pop();
    if (!item || typeof item !== 'object') continue;
    const children = Array.isArray(item) ? item : Object.values(item);
    if (Array.isArray(item)) longest = Math.max(longest, item.length);
    for (const child of children) if (child && typeof child === 'object') pending.push(child);
  }
  return longest;
}

export interface OperationLimitOptions {
  /** Longest query text, in UTF-16 code units. @default HTTP_LIMITS.maxQueryLength */
  maxQueryLength?: number;
}

function armor(): Plugin {
  const common = { exposeLimits: true, onReject: [tag], propagateOnRejection: true };
  return EnvelopArmorPlugin({
    maxDepth: {
      n: OPERATION_LIMITS.maxDepth,
      ignoreIntrospection: true,
      flattenFragments: true,
      ...common,
    },
    maxAliases: { n: OPERATION_LIMITS.maxAliases, ...common },
    maxTokens: { n: OPERATION_LIMITS.maxTokens, ...common },
    maxDirectives: { n: OPERATION_LIMITS.maxDirectives, ...common },
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: false },
  }) as unknown as Plugin;
}

export function useOperationLimits(options: OperationLimitOptions = {}): Plugin {
  const maxQueryLength = options.maxQueryLength ?? HTTP_LIMITS.maxQueryLength;
  // Documents already found within the repeat limit. Yoga's parser cache hands back the same
  // document object for the same query text, so each text is walked once, not once per request; a
  // document over the limit is never cached there (its parse result is the error).
  const withinRepeats = new WeakSet<DocumentNode>();
  return {
    onPluginInit({ addPlugin }) {
      addPlugin(armor());
    },
    onParams({ params, setResult }) {
      const length = typeof params.query === 'string' ? params.query.length : 0;
      if (length > maxQueryLength) {
        setResult({
          errors: [
            operationLimit(
              `The query is ${length} characters long; the limit is ${maxQueryLength}. Send a shorter query (move long values into variables).`,
            ),
          ],
        });
        return;
      }
      const items = longestList(params.variables);
      if (items > OPERATION_LIMITS.maxListItems) {
        setResult({
          errors: [
            operationLimit(
              `A list in the variables has ${items} items; the limit is ${OPERATION_LIMITS.maxListItems}.`,
            ),
          ],
        });
      }
    },
    onParse() {
      return ({ result, replaceParseResult }) => {
        if (!result || result instanceof Error || withinRepeats.has(result as DocumentNode)) return;
        const repeated = overRepeated(result as DocumentNode, OPERATION_LIMITS.maxRepeats);
        if (!repeated) withinRepeats.add(result as DocumentNode);
        if (repeated) {
          replaceParseResult(
            operationLimit(
              `"${repeated.name}" is selected ${repeated.count} times in one selection set; the limit is ${OPERATION_LIMITS.maxRepeats}.`,
            ),
          );
        }
      };
    },
    onValidate({ addValidationRule }) {
      addValidationRule(knownOperationTypes);
      return ({ valid, result, setResult }) => {
        if (valid) return;
        const bound = result.find((error) => error.message in VALIDATION_BOUNDS);
        if (bound) setResult([operationLimit(VALIDATION_BOUNDS[bound.message]!)]);
      };
    },
  };
}
