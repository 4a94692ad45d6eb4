/** Resolvers of `Measure` and `StatusReport`: authorities, coverage, statements and status history. */
import { related } from '../neo4j/loaders.ts';
import type { StatusReportRow } from '../neo4j/rows.ts';
import type {
  MeasureResolvers,
  MeasureType,
  StatusReportResolvers,
} from '../schema/resolvers-types.generated.ts';
import { loadNode } from './evidence.ts';
import { byDateDescending, listProperty, neighbours, property, disambiguationOf } from './node.ts';

export const Measure: MeasureResolvers = {
  disambiguation: disambiguationOf,
  measureTypes: listProperty<MeasureType>('measureTypes'),
  status: (measure) => (measure.properties.status as string | null) ?? 'UNKNOWN',
  announcedOn: property<string | null>('announcedOn'),
  effectiveOn: property<string | null>('effectiveOn'),
  issuedBy: neighbours('OUT', 'ISSUED_BY'),
  proposedBy: neighbours('OUT', 'PROPOSED_BY'),
  consideredBy: neighbours('OUT', 'CONSIDERED_BY'),
  covers: neighbours('OUT', 'COVERS'),
  appliesTo: neighbours('OUT', 'APPLIES_TO'),
  targets: neighbours('OUT', 'TARGETS'),
  relatedMeasures: async (measure, _args, context) => {
    const [outgoing, incoming] = await Promise.all([
      related(context.loaders, measure.id, 'OUT', ['RESPONDS_TO', 'CLOSES_LOOPHOLE_IN']),
      related(context.loaders, measure.id, 'IN', ['RESPONDS_TO', 'CLOSES_LOOPHOLE_IN']),
    ]);
    const byId = new Map([...outgoing, ...incoming].map(({ node }) => [node.id, node]));
    return [...byId.values()];
  },
  statements: async (measure, _args, context) =>
    (await related(context.loaders, measure.id, 'IN', ['ABOUT']))
      .map((entry) => entry.node)
      .filter((node) => node.kind === 'STATEMENT')
      .sort(byDateDescending),
  statusHistory: async (measure, _args, context): Promise<StatusReportRow[]> =>
    (await related(context.loaders, measure.id, 'IN', ['REPORTS_STATUS']))
      .map(({ node, relationship }) => ({
        status: relationship.status ?? 'UNKNOWN',
        asOf: relationship.asOf,
        documentId: node.id,
        evidence: relationship.evidence,
      }))
      .sort(
        (a, b) =>
          (a.asOf ?? '').localeCompare(b.asOf ?? '') || a.documentId.localeCompare(b.documentId),
      ),
};

export const StatusReport: StatusReportResolvers = {
  reportedBy: (report, _args, context) => loadNode(context, report.documentId),
};
