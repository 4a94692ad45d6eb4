/**
 * STATUS_MISMATCH: a measure's `status` must be the status of its latest REPORTS_STATUS in the same
 * file (the graph keeps `status` equal to the latest reported one).
 */
import type { ProblemList } from './problems.ts';
import type { GraphNode, GraphRelationship } from '@policygraph/model';

/** The latest REPORTS_STATUS of each measure: the greatest asOf, ties broken by relationship id. */
export function latestReportedStatus(
  relationships: readonly GraphRelationship[],
): Map<string, GraphRelationship> {
  const latest = new Map<string, GraphRelationship>();
  for (const relationship of relationships) {
    if (relationship.type !== 'REPORTS_STATUS') continue;
    const current = latest.get(relationship.to);
    const asOf = relationship.dates.asOf ?? '';
    const currentAsOf = current?.dates.asOf ?? '';
    if (!current || asOf > currentAsOf || (asOf === currentAsOf && relationship.id > current.id)) {
      latest.set(relationship.to, relationship);
    }
  }
  return latest;
}

/**
 * Adds a STATUS_MISMATCH problem (entry of the measure, field `status`) for each measure of the
 * file whose `status` differs from the status of its latest REPORTS_STATUS in the same file
 * (latestReportedStatus); measures without a REPORTS_STATUS in the file are not checked.
 */
export function validateStatuses(
  nodes: readonly GraphNode[],
  relationships: readonly GraphRelationship[],
  problems: ProblemList,
): void {
  const latest = latestReportedStatus(relationships);
  for (const node of nodes) {
    const report = latest.get(node.id);
    if (node.kind !== 'MEASURE' || !report) continue;
    const status = node.properties.status;
    if (status !== report.properties.status) {
      problems.add(
        'STATUS_MISMATCH',
        node.entry,
        'status',
        `is ${String(status)}, but the latest REPORTS_STATUS (${report.entry}, as of ${report.dates.asOf}) says ${report.properties.status}.`,
      );
    }
  }
}
