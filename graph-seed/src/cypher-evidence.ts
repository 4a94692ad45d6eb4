/**
 * The Cypher fragment that appends evidence to a node or relationship: entries whose
 * `documentId|start|end` is already stored are skipped, so loading twice leaves one entry.
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
