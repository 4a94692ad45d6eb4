/**
 * Up to `first` shortest paths between two nodes in ONE query, following relationships in either
 * direction, through distinct nodes only, at most `maxHops` relationships long; plus the documents
 * their evidence cites.
 */
import { LIMITS } from '../limits.ts';
import { evidenceDocumentsOf } from './evidence-documents.ts';
import { nodeMap, relationshipMap } from './projection.ts';
import { lines, type CypherQuery } from './query.ts';
import { resolvedIdExpr, resolvedIdsOf } from './resolve-ids.ts';

export interface PathsArgs {
  from: string;
  to: string;
  /** 1..LIMITS.pathsMaxHops (validated before; spliced as the quantifier's upper bound). */
  maxHops: number;
  /** 1..LIMITS.pathsFirst (validated before; spliced as SHORTEST k). */
  first: number;
}

function assertIntegerIn(name: string, value: number, max: number): void {
  if (!Number.isInteger(value) || value < 1 || value > max) {
    throw new Error(`${name} must be an integer from 1 to ${max}.`);
  }
}

/**
 * Builds the query; one row with `paths` (each `{nodes, relationships}` in path order, shortest
 * first) and `evidenceDocuments`. From a node to itself, the one path of length 0.
 */
export function buildPaths(args: PathsArgs): CypherQuery {
  assertIntegerIn('maxHops', args.maxHops, LIMITS.pathsMaxHops);
  assertIntegerIn('first', args.first, LIMITS.pathsFirst);
  const params = { from: args.from, to: args.to };
  const resolved = `${resolvedIdsOf('[$from, $to]')} AS resolvedIds`;
  const ends = `WITH ${resolvedIdExpr('$from')} AS from, ${resolvedIdExpr('$to')} AS to`;
  if (args.from === args.to) {
    return {
      cypher: lines(
        ends,
        'OPTIONAL MATCH (a:Entity {id: from})',
        'WITH [p IN [a] WHERE p IS NOT NULL] AS nodes',
        `RETURN [n IN nodes | {nodes: [${nodeMap('n')}], relationships: []}] AS paths,`,
        `  ${evidenceDocumentsOf('nodes', '[]')} AS evidenceDocuments,`,
        `  ${resolved}`,
      ),
      params,
    };
  }
  const cypher = lines(
    ends,
    `OPTIONAL MATCH p = SHORTEST ${args.first} (`,
    `  (a:Entity {id: from}) (()-[]-(via:Entity)){1,${args.maxHops}} (b:Entity {id: to})`,
    '  WHERE NOT a IN via AND size(reduce(seen = [], n IN via | CASE WHEN n IN seen THEN seen ELSE seen + n END)) = size(via)',
    ')',
    'WITH from, to, p ORDER BY length(p), [n IN nodes(p) | n.id]',
    'WITH from, to, [p IN collect(p) WHERE p IS NOT NULL] AS found',
    // Two ids of one node (one absorbed by a merge into the other): the path of length 0.
    'OPTIONAL MATCH (same:Entity {id: from}) WHERE from = to',
    'WITH found, [n IN [same] WHERE n IS NOT NULL] AS sameNode,',
    '  reduce(acc = [], p IN found | acc + nodes(p)) AS pathNodes,',
    '  reduce(acc = [], p IN found | acc + relationships(p)) AS pathRels',
    'WITH found, sameNode, sameNode + pathNodes AS pathNodes, pathRels',
    `RETURN [n IN sameNode | {nodes: [${nodeMap('n')}], relationships: []}] + [p IN found | {`,
    `    nodes: [n IN nodes(p) | ${nodeMap('n')}],`,
    `    relationships: [r IN relationships(p) | ${relationshipMap('r')}]`,
    '  }] AS paths,',
    `  ${evidenceDocumentsOf('pathNodes', 'pathRels')} AS evidenceDocuments,`,
    `  ${resolved}`,
  );
  return { cypher, params };
}
