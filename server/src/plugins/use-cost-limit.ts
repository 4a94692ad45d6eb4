/**
 * Checks each operation once its variables are known, before any resolver runs:
 * - variables that do not fit their declared types are refused with BAD_USER_INPUT (HTTP 400);
 * - the estimated cost (../operation-cost.ts), counting list sizes given as literals, as variables or
 *   by the schema's defaults, must not exceed OPERATION_LIMITS.maxCost, else OPERATION_LIMIT.
 * This runs at execution rather than validation because validation results are cached per document
 * and never see the variables. The cost is kept per document (Yoga's parser cache hands back the
 * same document object for the same text) and per shape of the variables that can change it
 * (numbers, booleans, list lengths; never the text of a string), so a question asked again with
 * other ids or search texts is not walked again.
 */
import type { DocumentNode, FragmentDefinitionNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { badVariable, operationLimit } from '../errors.ts';
import { graphqlJs } from '../graphql-js.ts';
import { OPERATION_LIMITS } from '../limits.ts';
import { operationCost } from '../operation-cost.ts';

export interface CostLimitOptions {
  /** @default OPERATION_LIMITS.maxCost */
  maxCost?: number;
}

const { getOperationAST, getVariableValues, Kind } = graphqlJs;

/** Costs kept per document, at most this many variable shapes each. */
const SHAPES_PER_DOCUMENT = 32;

/**
 * What of the variables the cost may depend on: numbers, booleans, and each list's length and
 * number of distinct values; strings themselves (ids, texts, enum values) become 0.
 */
function shapeOf(value: unknown): unknown {
  if (typeof value === 'string') return 0;
  if (Array.isArray(value)) return [value.length, new Set(value).size, value.map(shapeOf)];
  if (value && typeof value === 'object')
    return Object.entries(value).map(([key, item]) => [key, shapeOf(item)]);
  return value;
}

function costShape(operationName: string | null | undefined, variables: unknown): string {
  return `${operationName ?? ''}|${JSON.stringify(shapeOf(variables))}`;
}

export function useCostLimit(options: CostLimitOptions = {}): Plugin {
  const maxCost = options.maxCost ?? OPERATION_LIMITS.maxCost;
  const costs = new WeakMap<DocumentNode, Map<string, number>>();
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const operation = getOperationAST(args.document, args.operationName);
      if (!operation) return;
      const coerced = getVariableValues(
        args.schema,
        operation.variableDefinitions ?? [],
        (args.variableValues ?? {}) as Record<string, unknown>,
        { maxErrors: 10 },
      );
      if (coerced.errors) {
        setResultAndStopExecution({
          errors: coerced.errors.map((error) => badVariable(error.message)),
        });
        return;
      }
      let known = costs.get(args.document);
      if (!known) {
        known = new Map();
        costs.set(args.document, known);
      }
      const shape = costShape(args.operationName, coerced.coerced);
      let cost = known.get(shape);
      if (cost === undefined) {
        const fragments = new Map<string, FragmentDefinitionNode>();
        for (const definition of args.document.definitions) {
          if (definition.kind === Kind.FRAGMENT_DEFINITION)
            fragments.set(definition.name.value, definition);
        }
        cost = operationCost(args.schema, operation, fragments, coerced.coerced);
        if (known.size >= SHAPES_PER_DOCUMENT) known.clear();
        known.set(shape, cost);
      }
      if (cost > maxCost) {
        setResultAndStopExecution({
          errors: [
            operationLimit(
              `The operation's estimated cost is ${Math.round(cost)}; the limit is ${maxCost}. Ask for fewer items (first, limit, depth) or fewer nested fields.`,
            ),
          ],
        });
      }
    },
  };
}
