/**
 * The text report of an import: counts of rows (read, loaded, refused: a row counts once however
 * many problems it has), actors (new and merged, by rule), measures, listings (added, delisted by
 * absence, stated again), what changed in the graph, each refused row with its problems under it,
 * near-misses, time.
 */
import { refusedRows } from './import-errors.ts';
import type { ImportReport } from './run-import.ts';
import { UNKNOWN } from './source-provenance.ts';

function tally<T extends string>(values: Iterable<T>): string {
  const counts = new Map<T, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return (
    [...counts]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([key, count]) => `${key} ${count}`)
      .join(', ') || 'none'
  );
}

function changes(report: ImportReport): string {
  if (report.reimport) return 'nothing (this file was imported before)';
  const parts = [
    `${report.nodesCreated} nodes and ${report.relationshipsCreated} relationships created`,
    `${report.nodesUpdated} nodes and ${report.relationshipsUpdated} relationships changed`,
    `${report.propertiesChanged} properties differ`,
  ];
  return parts.join(', ');
}

function provenanceLine(report: ImportReport): string {
  const { provenance } = report;
  const unknown = (['origin', 'licence', 'attribution'] as const)
    .filter((key) => provenance[key] === UNKNOWN)
    .map((key) => (key === 'attribution' ? 'credit' : key));
  const from =
    provenance.givenBy.length > 0 ? `given by ${provenance.givenBy.join(' and ')}` : 'not given';
  return unknown.length > 0
    ? `${from}; ${unknown.join(', ')} recorded as unknown (give --origin, --licence, --credit or a sidecar file)`
    : `${from}: ${provenance.attribution}; licence: ${provenance.licence}`;
}

/** The report as lines of text; `details` adds every near-miss and every delisted listing. */
export function formatImportReport(report: ImportReport, details = false): string {
  const { plan } = report;
  const actorRows = plan.outcomes.filter((outcome) => outcome.rule !== null);
  const newActors = new Set(actorRows.filter((o) => o.rule === 'NEW').map((o) => o.nodeId));
  const nearMisses = plan.outcomes.flatMap((o) => o.nearMisses.map((miss) => ({ ...o, miss })));
  const lines = [
    `${report.file} (${report.format}) → document ${report.documentId}, as of ${report.asOf}${report.reimport ? ' (imported before: nothing new expected)' : ''}`,
    `  rows: ${report.rows} read, ${report.rows - report.refusedRows} loaded, ${report.refusedRows} refused`,
    `  source: ${provenanceLine(report)}`,
    `  actors: ${new Set(actorRows.map((o) => o.nodeId)).size} from rows (${newActors.size} new nodes); row matches by rule: ${tally(actorRows.map((o) => o.rule!))}`,
    `  issuing bodies: ${
      plan.actors
        .filter((a) => a.identities.some((i) => i.rule === 'ISSUING_BODY_TABLE'))
        .map((a) => a.id)
        .join(', ') || 'none'
    }`,
    `  measures: ${plan.measures.length}; publications: ${plan.documents.length - 1}; relationships: ${plan.relationships.length} (${tally(plan.relationships.map((r) => r.type))})`,
    `  listings: ${plan.listingIds.length} stated, ${report.listingsAdded} new, ${report.delisted.length} delisted as absent from this version, ${report.reappeared.length} stated again after being absent` +
      (report.delistingSkipped ? ' (delisting by absence skipped: rows were refused)' : ''),
    `  near-misses (shared a name, not merged): ${nearMisses.length}`,
    `  notes: ${tally(plan.outcomes.flatMap((o) => o.notes))}`,
    `  written: ${changes(report)}, in ${(report.durationMs / 1000).toFixed(2)} s`,
  ];
  for (const refused of refusedRows(report.rejected)) {
    lines.push(`  refused: ${report.file}: row ${refused.row} (line ${refused.line}):`);
    for (const problem of refused.problems)
      lines.push(`    ${problem.field ? `${problem.field}: ` : ''}${problem.reason}`);
  }
  if (details) {
    for (const { row, name, miss } of nearMisses)
      lines.push(
        `  near-miss: row ${row} "${name}" ~ ${miss.nodeId} "${miss.nodeName}" (shared "${miss.sharedName}"): ${miss.reason}`,
      );
    for (const id of report.delisted) lines.push(`  delisted: ${id}`);
  }
  return lines.join('\n');
}
