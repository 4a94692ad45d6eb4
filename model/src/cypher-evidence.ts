/**
 * Cypher fragments over the four evidence lists of a node or relationship: appending entries
 * (skipping those whose `documentId|start|end` is stored already, so loading twice leaves one
 * entry), and withdrawing a document's entries it no longer gives.
 */

/** The evidence of a row as sent in parameters: offsets as numbers, made integers in Cypher. */
export interface EvidenceParam {
  key: string;
  documentId: string;
  quote: string;
  start: number;
  end: number;
}

/**
 * Cypher appending `row.evidence` (a list of EvidenceParam) to the four evidence lists of `variable`.
 * Expects `variable` and `row` in scope; ends with `variable` and `row` in scope.
 */
export function appendEvidenceCypher(variable: string): string {
  const v = variable;
  return [
    `WITH ${v}, row, coalesce(${v}.evidenceDocumentIds, []) AS knownDocs, coalesce(${v}.evidenceStarts, []) AS knownStarts, coalesce(${v}.evidenceEnds, []) AS knownEnds`,
    `WITH ${v}, row, [i IN range(0, size(knownDocs) - 1) | knownDocs[i] + '|' + toString(knownStarts[i]) + '|' + toString(knownEnds[i])] AS known`,
    `WITH ${v}, row, [e IN row.evidence WHERE NOT e.key IN known] AS fresh`,
    `SET ${v}.evidenceDocumentIds = coalesce(${v}.evidenceDocumentIds, []) + [e IN fresh | e.documentId],`,
    `    ${v}.evidenceQuotes = coalesce(${v}.evidenceQuotes, []) + [e IN fresh | e.quote],`,
    `    ${v}.evidenceStarts = coalesce(${v}.evidenceStarts, []) + [e IN fresh | toInteger(e.start)],`,
    `    ${v}.evidenceEnds = coalesce(${v}.evidenceEnds, []) + [e IN fresh | toInteger(e.end)]`,
  ].join('\n');
}

/** The key of a stored evidence entry kept by keepEvidenceCypher: `documentId|start|end|quote`. */
export function keptEvidenceKey(entry: {
  documentId: string;
  quote: string;
  start: number;
  end: number;
}): string {
  return `${entry.documentId}|${entry.start}|${entry.end}|${entry.quote}`;
}

/**
 * Cypher removing from `variable` the evidence entries of `$documentId` whose
 * `documentId|start|end|quote` (keptEvidenceKey) is not in `$keep[variable.id]`, the entries the
 * document gives now; entries of other documents stay, in order. Expects `variable` in scope and
 * keeps only it.
 */
export function keepEvidenceCypher(variable: string): string {
  const v = variable;
  return [
    `WITH ${v}, coalesce(${v}.evidenceDocumentIds, []) AS ids, coalesce(${v}.evidenceQuotes, []) AS quotes,`,
    `     coalesce(${v}.evidenceStarts, []) AS starts, coalesce(${v}.evidenceEnds, []) AS ends, coalesce($keep[${v}.id], []) AS keep`,
    `WITH ${v}, ids, quotes, starts, ends, [i IN range(0, size(ids) - 1) WHERE ids[i] <> $documentId`,
    `     OR ids[i] + '|' + toString(starts[i]) + '|' + toString(ends[i]) + '|' + quotes[i] IN keep] AS kept`,
    `SET ${v}.evidenceDocumentIds = [i IN kept | ids[i]], ${v}.evidenceQuotes = [i IN kept | quotes[i]],`,
    `    ${v}.evidenceStarts = [i IN kept | starts[i]], ${v}.evidenceEnds = [i IN kept | ends[i]]`,
    `WITH ${v}`,
  ].join('\n');
}
