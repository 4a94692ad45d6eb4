/**
 * The entity-resolution report of the graph as it stands (`npm run merges -- --report`): the actor
 * rows the imports read, the nodes they resolved to (before resolution every row would be a node of
 * its own), the row matches by merge rule, the candidates waiting for review, and the match score's
 * precision and recall on the hand-labelled pairs. Pure: the rows come from the database.
 */
import type { CypherQuery } from '@policygraph/model';
import { findCandidates, type ReviewActor } from './dedupe-candidates.ts';
import { evaluateThresholds, type LabelledPair } from './dedupe-evaluation.ts';
import type { JudgementIndex } from './judgements.ts';
import { THRESHOLDS } from './match-score.ts';

/** Every actor's identity records: rows `{id, rules, documents}` (parallel lists). */
export const IDENTITIES_QUERY: CypherQuery = {
  cypher: [
    'MATCH (a:Actor) WHERE size(coalesce(a.identityRules, [])) > 0',
    'RETURN a.id AS id, a.identityRules AS rules, a.identityDocumentIds AS documents',
    'ORDER BY id',
  ].join('\n'),
  params: {},
};

/** One actor node's identity records, as IDENTITIES_QUERY reads them. */
export interface NodeIdentities {
  id: string;
  rules: string[];
  documents: string[];
}

function tally(values: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return (
    [...counts]
      .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
      .map(([key, count]) => `${key} ${count}`)
      .join(', ') || 'none'
  );
}

/**
 * The report's lines. Rows matched to an issuing body by the table (ISSUING_BODY_TABLE) are not
 * actor rows and are counted apart; `labels` (may be empty) are scored on `actors`.
 */
export function resolutionReport(args: {
  identities: readonly NodeIdentities[];
  actors: readonly ReviewActor[];
  judgements: JudgementIndex;
  labels: readonly LabelledPair[];
  labelsFile: string;
}): string[] {
  const rows: { node: string; rule: string; document: string }[] = [];
  let bodyRows = 0;
  for (const node of args.identities)
    node.rules.forEach((rule, i) => {
      if (rule === 'ISSUING_BODY_TABLE') bodyRows += 1;
      else rows.push({ node: node.id, rule, document: node.documents[i] ?? '?' });
    });
  const nodes = new Set(rows.map((row) => row.node));
  // A node a row of these imports made has a NEW row; the others existed before them.
  const made = new Set(rows.filter((row) => row.rule === 'NEW').map((row) => row.node)).size;
  const joined = rows.filter((row) => row.rule !== 'NEW').length;
  const documents = [...new Set(rows.map((row) => row.document))].sort();
  const candidates = findCandidates(args.actors, { judgements: args.judgements });
  const atAuto = candidates.filter((c) => c.match.score >= THRESHOLDS.auto).length;
  return [
    `actor rows imported: ${rows.length} (from ${documents.length} document(s)); issuing-body rows matched by the table: ${bodyRows}`,
    `actor nodes: ${rows.length} before resolution (one per row), ${nodes.size} after (${made} made by these rows, ${nodes.size - made} that existed before); ${joined} rows joined a node another row made or one that existed before`,
    `row matches by rule: ${tally(rows.filter((row) => row.rule !== 'NEW').map((row) => row.rule))}`,
    ...documents.map((document) => {
      const own = rows.filter((row) => row.document === document);
      return `  ${document}: ${own.length} rows → ${new Set(own.map((row) => row.node)).size} nodes; ${tally(own.map((row) => row.rule))}`;
    }),
    `candidates waiting for review: ${candidates.length} from ${THRESHOLDS.review} (${atAuto} at ${THRESHOLDS.auto} or above), judged pairs left out`,
    `labelled sample (${args.labelsFile}):`,
    ...evaluateThresholds(args.actors, args.labels).map((line) => `  ${line}`),
  ];
}
