/**
 * The estimated cost of executing an operation, computed from its selections and the values of its
 * arguments (literals, variables or the schema's defaults) before any resolver runs. It estimates
 * how many values the response can hold, plus the database work of the root fields:
 *
 * - every field selected costs 1 (a scalar) or 2 (an object); `Document.text` costs 20;
 * - an object field's selections count once per item it can return: `first` items of a list or of a
 *   connection's `edges` (any field with a `first` or `limit` argument), `limit` nodes and 3 × `limit`
 *   relationships of a neighbourhood, one node per id and 3 relationships per id of a `subgraph`
 *   (3 relationships per id of both sets of `relationshipsBetween`), `first` paths of `maxHops` + 1 nodes and `maxHops`
 *   relationships, and 5 items for any other list of objects;
 * - each root field that reads the graph adds 100, a neighbourhood 20 × `limit` × `depth` more, a
 *   subgraph (or relationshipsBetween) 20 × its number of ids more, and paths 100 × `first` × `maxHops` more;
 * - of fragments on different object types (`... on Actor`, `... on Measure`) only the dearest
 *   counts, since each item is of one type; each named fragment is costed once per place it is used
 *   from, so nesting fragments cannot make the computation itself expensive;
 * - introspection (`__schema`, `__type`, `__typename`) costs nothing here (it is bounded separately).
 *
 * Sizes are capped at the documented maxima (./limits.ts), so an out-of-range argument is refused by
 * its resolver with BAD_USER_INPUT naming it, not as a costly operation.
 */
import type {
  FieldNode,
  FragmentDefinitionNode,
  GraphQLCompositeType,
  GraphQLOutputType,
  GraphQLSchema,
  OperationDefinitionNode,
  SelectionSetNode,
} from 'graphql';
import { graphqlJs } from './graphql-js.ts';
import { LIMITS } from './limits.ts';

const {
  getArgumentValues,
  getNamedType,
  isAbstractType,
  isCompositeType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
} = graphqlJs;

/** The weights of the cost model (documented in docs/api.md). */
export const COST_WEIGHTS = {
  scalar: 1,
  object: 2,
  /** Items assumed for a list of objects whose size no argument bounds. */
  nestedListItems: 5,
  /** Database work of any root field that reads the graph. */
  rootField: 100,
  /** Per node a neighbourhood may keep, per level walked. */
  neighborhoodPerNodeAndLevel: 20,
  /** Per id of `subgraph` and `relationshipsBetween` (an index seek and a walk of the node's relationships). */
  subgraphPerNode: 20,
  /** Per path and hop of `paths`. */
  pathsPerPathAndHop: 100,
  /** Fields whose values are long texts. */
  fieldCosts: { 'Document.text': 20 } as Record<string, number>,
} as const;

/** Items each child field can return (child field name → items). */
type Sizes = Record<string, number>;

interface FieldSizes {
  /** Items the field itself returns (lists), when its arguments say. */
  items?: number;
  /** Items of its children's lists, when its arguments say. */
  children: Sizes;
  /** Database work. */
  work: number;
}

const clamp = (value: unknown, max: number, fallback: number): number =>
  typeof value === 'number' && Number.isFinite(value)
    ? Math.min(Math.max(Math.trunc(value), 1), max)
    : fallback;

/** What a field's arguments say about the sizes of its results and its database work. */
function fieldSizes(
  coordinate: string,
  args: Record<string, unknown>,
  returnsList: boolean,
  isRoot: boolean,
): FieldSizes {
  const work = isRoot ? COST_WEIGHTS.rootField : 0;
  if (coordinate === 'Query.neighborhood') {
    const limit = clamp(args.limit, LIMITS.neighborhoodLimit, 200);
    const depth = clamp(args.depth, LIMITS.neighborhoodDepth, 1);
    return {
      children: { nodes: limit, relationships: LIMITS.relationshipsPerNode * limit },
      work: work + COST_WEIGHTS.neighborhoodPerNodeAndLevel * limit * depth,
    };
  }
  if (coordinate === 'Query.subgraph') {
    const count = Array.isArray(args.ids) ? new Set(args.ids).size : 1;
    const nodes = clamp(count, LIMITS.subgraphIds, 1);
    return {
      children: { nodes, relationships: LIMITS.relationshipsPerNode * nodes },
      work: work + COST_WEIGHTS.subgraphPerNode * nodes,
    };
  }
  if (coordinate === 'Query.relationshipsBetween') {
    const count = (list: unknown) =>
      clamp(Array.isArray(list) ? new Set(list).size : 1, LIMITS.subgraphIds, 1);
    const ids = count(args.from) + count(args.to);
    return {
      children: { relationships: LIMITS.relationshipsPerNode * ids },
      work: work + COST_WEIGHTS.subgraphPerNode * ids,
    };
  }
  if (coordinate === 'Query.paths') {
    const first = clamp(args.first, LIMITS.pathsFirst, 3);
    const maxHops = clamp(args.maxHops, LIMITS.pathsMaxHops, 4);
    return {
      items: first,
      children: { nodes: maxHops + 1, relationships: maxHops },
      work: work + COST_WEIGHTS.pathsPerPathAndHop * first * maxHops,
    };
  }
  const bound = args.first ?? args.limit;
  if (bound === undefined || bound === null) return { children: {}, work };
  const size = clamp(
    bound,
    coordinate === 'Query.search' || coordinate === 'Query.searchConnection'
      ? LIMITS.searchFirst
      : LIMITS.pageSize,
    1,
  );
  return returnsList ? { items: size, children: {}, work } : { children: { edges: size }, work };
}

function isList(type: GraphQLOutputType): boolean {
  return isListType(isNonNullType(type) ? type.ofType : type);
}

class CostWalk {
  private readonly memo = new Map<string, number>();
  private readonly visiting = new Set<string>();

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly fragments: ReadonlyMap<string, FragmentDefinitionNode>,
    private readonly variables: Record<string, unknown>,
  ) {}

  selectionSet(
    set: SelectionSetNode,
    parent: GraphQLCompositeType,
    sizes: Sizes,
    isRoot: boolean,
  ): number {
    let always = 0;
    const byType = new Map<string, number>();
    const add = (typeName: string | undefined, cost: number) => {
      const type = typeName ? this.schema.getType(typeName) : parent;
      if (!type || type === parent || isAbstractType(type) || !isObjectType(type)) always += cost;
      else byType.set(type.name, (byType.get(type.name) ?? 0) + cost);
    };
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        always += this.field(selection, parent, sizes, isRoot);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const typeName = selection.typeCondition?.name.value;
        const type = typeName ? this.schema.getType(typeName) : parent;
        if (type && isCompositeType(type))
          add(typeName, this.selectionSet(selection.selectionSet, type, sizes, isRoot));
      } else {
        const name = selection.name.value;
        const fragment = this.fragments.get(name);
        if (!fragment || this.visiting.has(name)) continue;
        const typeName = fragment.typeCondition.name.value;
        const type = this.schema.getType(typeName);
        if (!type || !isCompositeType(type)) continue;
        const key = `${name}|${parent.name}|${JSON.stringify(sizes)}|${isRoot}`;
        let cost = this.memo.get(key);
        if (cost === undefined) {
          this.visiting.add(name);
          cost = this.selectionSet(fragment.selectionSet, type, sizes, isRoot);
          this.visiting.delete(name);
          this.memo.set(key, cost);
        }
        add(typeName, cost);
      }
    }
    return always + Math.max(0, ...byType.values());
  }

  private field(
    node: FieldNode,
    parent: GraphQLCompositeType,
    sizes: Sizes,
    isRoot: boolean,
  ): number {
    const name = node.name.value;
    if (name.startsWith('__') || !('getFields' in parent)) return 0;
    const definition = 'getFields' in parent ? parent.getFields()[name] : undefined;
    if (!definition) return 0;
    const coordinate = `${parent.name}.${name}`;
    let args: Record<string, unknown> = {};
    try {
      args = getArgumentValues(definition, node, this.variables);
    } catch {
      // Invalid arguments: execution reports them; cost what is known.
    }
    const returnsList = isList(definition.type);
    const own = fieldSizes(coordinate, args, returnsList, isRoot);
    const items =
      sizes[name] ??
      own.items ??
      (returnsList && node.selectionSet ? COST_WEIGHTS.nestedListItems : 1);
    const named = getNamedType(definition.type);
    let cost: number;
    if (node.selectionSet && isCompositeType(named)) {
      cost = COST_WEIGHTS.object + this.selectionSet(node.selectionSet, named, own.children, false);
    } else {
      cost = COST_WEIGHTS.fieldCosts[coordinate] ?? COST_WEIGHTS.scalar;
    }
    return items * cost + own.work;
  }
}

/**
 * The estimated cost of `operation` (see the module comment) with the given coerced variable values.
 * @param fragments the document's fragment definitions by name
 */
export function operationCost(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
): number {
  const root = schema.getRootType(operation.operation);
  if (!root) return 0;
  return new CostWalk(schema, fragments, variables).selectionSet(
    operation.selectionSet,
    root,
    {},
    true,
  );
}
