/**
 * The benchmark's questions as a developer would ask them of the peer (peer-schema.ts): search as
 * the two `@fulltext` queries (Latin and CJK index) with the same Lucene query our server sends,
 * and the neighbourhood as the node with every relationship field's connection (evidence as
 * relationship properties), nested once more for depth 2.
 */
import { PEER_RELATIONSHIP_FIELDS } from './peer-schema.ts';

/** Most neighbours asked for per relationship field (our API's default `limit` is 200 nodes). */
export const PEER_FIRST = 200;

/** Search in both full-text indexes; `$phrase` is a Lucene query. */
export const PEER_SEARCH = `query PeerSearch($phrase: String!) {
  latin: searchFolding(phrase: $phrase, first: 10) { edges { score node { id kind name aliases } } }
  cjk: searchCjk(phrase: $phrase, first: 10) { edges { score node { id kind name aliases } } }
}`;

function connections(inner: string, indent: string): string {
  return PEER_RELATIONSHIP_FIELDS.map(
    ({ field }) =>
      `${indent}${field}Connection(first: ${PEER_FIRST}) { edges { properties { id evidenceDocumentIds evidenceQuotes evidenceStarts evidenceEnds } node { id kind name${inner} } } }`,
  ).join('\n');
}

/** The neighbourhood of `$id` to `depth` 1 or 2. */
export function peerNeighborhood(depth: 1 | 2): string {
  const inner = depth === 2 ? `\n${connections('', '          ')}\n        ` : '';
  return `query PeerNeighborhood($id: ID!) {
  entities(where: { id: { eq: $id } }) {
    id kind name
${connections(inner, '    ')}
  }
}`;
}
