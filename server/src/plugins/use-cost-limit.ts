/**
 * Checks each operation once its variables are known, before any resolver runs:
 * - variables that do not fit their declared types are refused with BAD_USER_INPUT (HTTP 400);
 * - the estimated cost (../operation-cost.ts), counting list sizes given as literals, as variables or
 *   by the schema's defaults, must not exceed OPERATION_LIMITS.maxCost, else OPERATION_LIMIT.
 * This runs at execution rather than validation because validation results are cached per document
 * and never see the variables.
 */
import type { FragmentDefinitionNode } from 'graphql';
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

export function useCostLimit(options: CostLimitOptions = {}): Plugin {
  const maxCost = options.maxCost ?? OPERATION_LIMITS.maxCost;
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
      const fragments = new Map<string, FragmentDefinitionNode>();
      for (const definition of args.document.definitions) {
        if (definition.kind === Kind.FRAGMENT_DEFINITION)
          fragments.set(definition.name.value, definition);
      }
      const cost = operationCost(args.schema, operation, fragments, coerced.coerced);
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
