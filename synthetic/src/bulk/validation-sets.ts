/**
 * The vocabulary's lists as sets, and small predicates, for the bulk validator (validate-graph.ts):
 * built once when the module loads, so each check is a set look-up rather than a scan of a list.
 */
import {
  DATE_PRECISIONS,
  DOCUMENT_TYPES,
  ITEM_TYPES,
  MEASURE_STATUSES,
  MEASURE_TYPES,
  NODE_KINDS,
  RELATIONSHIP_RULES,
  RELATIONSHIP_TYPES,
  STATEMENT_FORMS,
  type EvidenceRecord,
} from '@policygraph/model';

/** Allowed values of the enumerated properties, by property name (listed, and as a set). */
export const ENUMS: [property: string, allowed: readonly string[], set: ReadonlySet<string>][] = (
  [
    ['status', MEASURE_STATUSES],
    ['itemType', ITEM_TYPES],
    ['form', STATEMENT_FORMS],
    ['documentType', DOCUMENT_TYPES],
    ['datePrecision', DATE_PRECISIONS],
  ] as [string, readonly string[]][]
).map(([property, allowed]) => [property, allowed, new Set(allowed)]);

export const NODE_KIND_SET: ReadonlySet<string> = new Set(NODE_KINDS);
export const MEASURE_TYPE_SET: ReadonlySet<string> = new Set(MEASURE_TYPES);
export const MEASURE_STATUS_SET: ReadonlySet<string> = new Set(MEASURE_STATUSES);

/** The kinds each end of each relationship type accepts, as sets. */
export const RULE_SETS = new Map(
  RELATIONSHIP_TYPES.map((type) => {
    const rule = RELATIONSHIP_RULES[type];
    return [
      type,
      {
        from: new Set<string>(rule.from),
        to: new Set<string>(rule.to),
      },
    ];
  }),
);

/** True for a string other than ''. */
export function isNonEmptyString(value: unknown): boolean {
  return typeof value === 'string' && value !== '';
}

/** Whether some evidence record quotes exactly `quote`. */
export function hasQuote(evidence: readonly EvidenceRecord[], quote: unknown): boolean {
  for (const record of evidence) if (record.quote === quote) return true;
  return false;
}
