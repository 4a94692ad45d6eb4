/**
 * Opaque Relay cursors for the statement and measure connections. A cursor encodes the position
 * of an edge in the ordered result (base64url of `offset:<n>`), so the server keeps no state.
 */
import { badUserInput } from './errors.ts';
import type { EdgeRow, NodeConnectionRow } from './neo4j/rows.ts';

/** The cursor of the edge at `offset` (0-based). */
export function encodeCursor(offset: number): string {
  return Buffer.from(`offset:${offset}`, 'utf8').toString('base64url');
}

/**
 * The offset of the first edge after `after` (0 when absent).
 * @throws GraphQLError BAD_USER_INPUT naming `after` when it is not a cursor this API gave out.
 */
export function offsetAfter(after: string | null | undefined): number {
  if (after == null) return 0;
  const match = /^offset:(\d{1,9})$/.exec(Buffer.from(after, 'base64url').toString('utf8'));
  if (!match) throw badUserInput('after', 'Argument "after" is not a cursor of this connection.');
  return Number(match[1]) + 1;
}

/** The edges of a page, with their cursors. */
export function edgesOf(page: NodeConnectionRow): EdgeRow[] {
  return page.nodes.map((node, i) => ({ cursor: encodeCursor(page.offset + i), node }));
}

/** Relay PageInfo of a page. */
export function pageInfoOf(page: NodeConnectionRow) {
  const last = page.offset + page.nodes.length - 1;
  return {
    hasNextPage: page.offset + page.nodes.length < page.totalCount,
    hasPreviousPage: page.offset > 0,
    startCursor: page.nodes.length > 0 ? encodeCursor(page.offset) : null,
    endCursor: page.nodes.length > 0 ? encodeCursor(last) : null,
  };
}
