/**
 * What a GraphQL operation selects below a resolver's field, so that a query carries only what the
 * answer needs (cypher/projection.ts). Fragments (named and inline) are followed whatever their type
 * condition and `@skip`/`@include` are ignored, so a field is taken as selected whenever it may be:
 * the answer can only carry more than needed, never less.
 */
import type { FieldNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';
import { graphqlJs } from '../graphql-js.ts';
import { SUMMARY_FIELDS, type Detail, type SubgraphProjection } from '../cypher/projection.ts';

type Info = Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>;

/** The fields of `sets`, through fragments (each named fragment once). */
function fieldsOf(sets: readonly SelectionSetNode[], info: Info): FieldNode[] {
  const fields: FieldNode[] = [];
  const seen = new Set<string>();
  const pending = [...sets];
  while (pending.length > 0) {
    for (const selection of pending.pop()!.selections) {
      if (selection.kind === graphqlJs.Kind.FIELD) fields.push(selection);
      else if (selection.kind === graphqlJs.Kind.INLINE_FRAGMENT)
        pending.push(selection.selectionSet);
      else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        const fragment = info.fragments[selection.name.value];
        if (fragment) pending.push(fragment.selectionSet);
      }
    }
  }
  return fields;
}

/**
 * The names of the fields selected at `path` (field names, not aliases) below the resolver's field,
 * or null when nothing is selected there.
 */
export function fieldsAt(info: Info, path: readonly string[]): Set<string> | null {
  let sets = info.fieldNodes.flatMap((field) => (field.selectionSet ? [field.selectionSet] : []));
  for (const name of path) {
    sets = fieldsOf(sets, info).flatMap((field) =>
      field.name.value === name && field.selectionSet ? [field.selectionSet] : [],
    );
  }
  if (sets.length === 0) return null;
  return new Set(fieldsOf(sets, info).map((field) => field.name.value));
}

/** `summary` when every field selected at `path` is in SUMMARY_FIELDS, `full` otherwise, `none` when nothing is. */
export function detailAt(info: Info, path: readonly string[]): Detail | 'none' {
  const fields = fieldsAt(info, path);
  if (!fields) return 'none';
  for (const field of fields) if (!SUMMARY_FIELDS.has(field)) return 'full';
  return 'summary';
}

const DEARER: Record<Detail | 'none', number> = { none: 0, summary: 1, full: 2 };

/** What a `Subgraph` field's answer must carry for the selection below it. */
export function subgraphProjection(info: Info): SubgraphProjection {
  const nodes = detailAt(info, ['nodes']);
  const documents = [
    detailAt(info, ['nodes', 'evidence', 'document']),
    detailAt(info, ['relationships', 'evidence', 'document']),
  ].reduce((a, b) => (DEARER[a] >= DEARER[b] ? a : b));
  return { nodes: nodes === 'full' ? 'full' : 'summary', documents };
}

const summaryOnly = new WeakMap<readonly FieldNode[], boolean>();

/** True when the resolver's field selects nothing beyond SUMMARY_FIELDS (memoised per field nodes). */
export function selectsSummaryOnly(info: Info): boolean {
  let answer = summaryOnly.get(info.fieldNodes);
  if (answer === undefined) {
    answer = detailAt(info, []) !== 'full';
    summaryOnly.set(info.fieldNodes, answer);
  }
  return answer;
}

const onlyAt = new WeakMap<readonly FieldNode[], Map<string, boolean>>();

/**
 * True when every field selected at `path` below the resolver's field is in `fields`, or nothing
 * is selected there (memoised per field nodes and path, so per document: Yoga's parser cache hands
 * back the same document; `fields` must be the same set for a path).
 */
export function selectsOnlyAt(
  info: Info,
  path: readonly string[],
  fields: ReadonlySet<string>,
): boolean {
  let byPath = onlyAt.get(info.fieldNodes);
  if (!byPath) {
    byPath = new Map();
    onlyAt.set(info.fieldNodes, byPath);
  }
  const key = path.join('.');
  let answer = byPath.get(key);
  if (answer === undefined) {
    const selected = fieldsAt(info, path);
    answer = !selected || [...selected].every((field) => fields.has(field));
    byPath.set(key, answer);
  }
  return answer;
}
