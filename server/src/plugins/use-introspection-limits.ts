/**
 * Introspection (`__schema`, `__type`) while an operation is validated: refused everywhere with
 * INTROSPECTION_DISABLED when the server is configured without it (INTROSPECTION=false), else bounded
 * to OPERATION_LIMITS.maxSchemaIntrospections `__schema` and maxTypeIntrospections `__type` fields per
 * operation (aliases cannot multiply the whole schema into one response). `__typename` is always allowed.
 */
import type { ASTVisitor, SelectionSetNode, ValidationContext, ValidationRule } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { introspectionDisabled, operationLimit } from '../errors.ts';
import { OPERATION_LIMITS } from '../limits.ts';
import { graphqlJs } from '../graphql-js.ts';

const { Kind } = graphqlJs;

const INTROSPECTION_FIELDS = new Set(['__schema', '__type']);

/** Refuses every introspection field. */
const noIntrospection: ValidationRule = (context: ValidationContext): ASTVisitor => ({
  Field(node) {
    if (INTROSPECTION_FIELDS.has(node.name.value))
      context.reportError(introspectionDisabled(node.name.value));
  },
});

/** The response keys of the root introspection fields of a selection set, fragments included. */
function rootIntrospections(
  context: ValidationContext,
  set: SelectionSetNode,
  keys: Map<string, string>,
  seen: Set<string>,
): void {
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      const name = selection.name.value;
      if (INTROSPECTION_FIELDS.has(name)) keys.set(selection.alias?.value ?? name, name);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      rootIntrospections(context, selection.selectionSet, keys, seen);
    } else if (!seen.has(selection.name.value)) {
      seen.add(selection.name.value);
      const fragment = context.getFragment(selection.name.value);
      if (fragment) rootIntrospections(context, fragment.selectionSet, keys, seen);
    }
  }
}

/** Bounds the introspection fields of each operation. */
const boundedIntrospection: ValidationRule = (context: ValidationContext): ASTVisitor => ({
  OperationDefinition(node) {
    const keys = new Map<string, string>();
    rootIntrospections(context, node.selectionSet, keys, new Set());
    const count = (name: string) => [...keys.values()].filter((value) => value === name).length;
    const limits: [string, number][] = [
      ['__schema', OPERATION_LIMITS.maxSchemaIntrospections],
      ['__type', OPERATION_LIMITS.maxTypeIntrospections],
    ];
    for (const [field, max] of limits) {
      if (count(field) > max) {
        context.reportError(
          operationLimit(
            `The operation asks for "${field}" ${count(field)} times; the limit is ${max}.`,
          ),
        );
      }
    }
  },
});

export function useIntrospectionLimits({ enabled }: { enabled: boolean }): Plugin {
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(enabled ? boundedIntrospection : noIntrospection);
    },
  };
}
