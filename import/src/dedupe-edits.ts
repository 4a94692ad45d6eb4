/**
 * Merging and splitting stored nodes from `npm run dedupe` (dedupe-cli.ts): the options, and the
 * edit run in one write transaction with its judgement appended (`same` for a merge, `different`
 * for a split) before the transaction commits, so a failed append writes nothing.
 */
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { toPlain } from '@policygraph/model';
import type { ReviewActor } from './dedupe-candidates.ts';
import { buildDuplicatesRead } from './duplicates-of.ts';
import { appendJudgement, type Judgement } from './judgements.ts';
import { scoreMatch } from './match-score.ts';
import { mergeNodes, splitNode } from './node-merge.ts';

/** A merge or split asked for on the command line. */
export type Edit =
  | { kind: 'merge'; survivorId: string; absorbedId: string; why: string }
  | { kind: 'split'; absorbedId: string; why: string };

/** The edit of `argv` (`--merge A B --why W`, `--split B --why W`), null for none, `usage` when malformed. */
export function editOptions(argv: readonly string[]): Edit | null | 'usage' {
  const at = (name: string) => argv.indexOf(name);
  const value = (index: number) => {
    const text = argv[index];
    return text && !text.startsWith('--') ? text : undefined;
  };
  const why = at('--why') >= 0 ? value(at('--why') + 1) : undefined;
  if (at('--merge') >= 0) {
    const [survivorId, absorbedId] = [value(at('--merge') + 1), value(at('--merge') + 2)];
    return survivorId && absorbedId && why
      ? { kind: 'merge', survivorId, absorbedId, why }
      : 'usage';
  }
  if (at('--split') >= 0) {
    const absorbedId = value(at('--split') + 1);
    return absorbedId && why ? { kind: 'split', absorbedId, why } : 'usage';
  }
  return at('--why') >= 0 ? 'usage' : null;
}

/** The actor `id` with its source rows and match features, as read in `tx`; null when absent. */
export async function reviewActor(tx: ManagedTransaction, id: string): Promise<ReviewActor | null> {
  const query = buildDuplicatesRead(id, '');
  const result = await tx.run(query.cypher, query.params);
  return (toPlain(result.records[0]?.get('self')) as ReviewActor | null) ?? null;
}

/**
 * The judgement (`decision`, who, when, why) of an edit of the actors `ids`, with the source rows and
 * match score of `a` and `b` as read before the edit (null when a node is missing: no rows, no score).
 */
export function judgementOfEdit(
  decision: Judgement['decision'],
  a: ReviewActor | null,
  b: ReviewActor | null,
  ids: [string, string],
  who: string,
  why: string,
): Judgement {
  const match = a && b ? scoreMatch(a, b) : null;
  return {
    decision,
    a: ids[0],
    b: ids[1],
    aRows: a?.rows ?? [],
    bRows: b?.rows ?? [],
    who,
    when: new Date().toISOString(),
    why,
    score: match && !match.blocked ? match.score : null,
  };
}

/** The judgement of an edit of `a` and `b` (rows and score from the nodes as read in `tx`). */
async function judgementOf(
  tx: ManagedTransaction,
  decision: Judgement['decision'],
  ids: [string, string],
  who: string,
  why: string,
): Promise<Judgement> {
  const [a, b] = [await reviewActor(tx, ids[0]), await reviewActor(tx, ids[1])];
  return judgementOfEdit(decision, a, b, ids, who, why);
}

/**
 * Runs `edit` in one write transaction and appends its judgement to `file`; returns what was done.
 * @throws NodeEditError when the merge or split is refused (nothing written).
 */
export async function runEdit(
  driver: Driver,
  database: string | undefined,
  edit: Edit,
  who: string,
  file: string,
): Promise<string> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.WRITE });
  try {
    return await session.executeWrite(
      async (tx) => {
        if (edit.kind === 'merge') {
          const ids: [string, string] = [edit.survivorId, edit.absorbedId];
          const judgement = await judgementOf(tx, 'same', ids, who, edit.why);
          const result = await mergeNodes(tx, edit, {
            who,
            when: judgement.when,
            why: edit.why,
            score: judgement.score,
          });
          await appendJudgement(judgement, file);
          return `merged ${edit.absorbedId} into ${edit.survivorId} (relationships: ${result.created} moved, ${result.combined} combined, ${result.dropped} between the two; filled in: ${result.filled.join(', ') || 'nothing'}); recorded in ${file}`;
        }
        const { survivorId, absorbedId } = await splitNode(tx, edit.absorbedId);
        await appendJudgement(
          await judgementOf(tx, 'different', [survivorId, absorbedId], who, edit.why),
          file,
        );
        return `split ${absorbedId} out of ${survivorId}; recorded in ${file}`;
      },
      { timeout: 60_000 },
    );
  } finally {
    await session.close();
  }
}
