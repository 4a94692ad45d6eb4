/**
 * Judgements are data: what a person decided about two actor nodes, kept in a versioned JSON Lines
 * file in the repository (JUDGEMENTS_FILE, one judgement a line, appended, never rewritten), and
 * replayed by every import so a later import never undoes a human decision. Format:
 *
 * ```json
 * {"decision":"different","a":"robert-c-o-brien","b":"neil-o-brien","aRows":["cn-sanctions-…|12"],"bRows":["cn-sanctions-…|40"],"who":"analyst@example.org","when":"2026-12-06T12:40:00.000Z","why":"different Wikidata ids","score":0.5}
 * ```
 *
 * `decision` is `same` (one entity), `different` (never merge them) or `unsure` (seen; not asked
 * again); `a` and `b` are node ids when judged, `aRows`/`bRows` the source rows (`documentId|row`)
 * each node recorded then, which find the nodes again after a re-import; `who`, `when` (ISO 8601)
 * and `why` say who decided, when and on what grounds; `score` is the match score shown then. The
 * latest judgement of a pair wins.
 */
import { appendFile, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** The repository's judgements file. */
export const JUDGEMENTS_FILE = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  'judgements',
  'entity-judgements.jsonl',
);

export const JUDGEMENT = z.object({
  decision: z.enum(['same', 'different', 'unsure']),
  a: z.string().min(1),
  b: z.string().min(1),
  aRows: z.array(z.string()).default([]),
  bRows: z.array(z.string()).default([]),
  who: z.string().min(1),
  when: z.iso.datetime(),
  why: z.string(),
  score: z.number().min(0).max(1).nullable().default(null),
});
/** One judgement (see the module comment). */
export type Judgement = z.output<typeof JUDGEMENT>;

/** The key of an unordered pair of node ids. */
export const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

/**
 * Reads the judgements of `text` (JSON Lines; blank lines skipped).
 * @throws Error naming the file's line and the field that is wrong.
 */
export function parseJudgements(text: string, file = JUDGEMENTS_FILE): Judgement[] {
  const judgements: Judgement[] = [];
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new Error(`${file}: line ${i + 1} is not JSON.`);
    }
    const parsed = JUDGEMENT.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new Error(
        `${file}: line ${i + 1}: ${issue.path.join('.') || 'judgement'}: ${issue.message}.`,
      );
    }
    judgements.push(parsed.data);
  });
  return judgements;
}

/** The judgements of `file` (none when it does not exist). @throws Error as parseJudgements. */
export async function readJudgements(file = JUDGEMENTS_FILE): Promise<Judgement[]> {
  const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return '';
    throw error;
  });
  return parseJudgements(text, file);
}

/** Appends one judgement to `file`, checked first. */
export async function appendJudgement(judgement: Judgement, file = JUDGEMENTS_FILE): Promise<void> {
  await appendFile(file, `${JSON.stringify(JUDGEMENT.parse(judgement))}\n`, 'utf8');
}

/** The latest judgement of each pair, by pairKey of its node ids and by each pair of their rows. */
export class JudgementIndex {
  private readonly byPair = new Map<string, Judgement>();
  private readonly apartRows = new Map<string, Set<string>>();
  private readonly sameRows = new Map<string, Set<string>>();

  constructor(judgements: readonly Judgement[]) {
    for (const judgement of judgements) {
      this.byPair.set(pairKey(judgement.a, judgement.b), judgement);
      const rows = (from: string[], to: string[]) => {
        for (const row of from) {
          const apart = this.apartRows.get(row) ?? new Set<string>();
          const same = this.sameRows.get(row) ?? new Set<string>();
          for (const other of to) {
            apart.delete(other);
            same.delete(other);
            if (judgement.decision === 'different') apart.add(other);
            if (judgement.decision === 'same') same.add(other);
          }
          this.apartRows.set(row, apart);
          this.sameRows.set(row, same);
        }
      };
      rows(judgement.aRows, judgement.bRows);
      rows(judgement.bRows, judgement.aRows);
    }
  }

  /** The latest judgement of nodes `a` and `b`, if any. */
  of(a: string, b: string): Judgement | undefined {
    return this.byPair.get(pairKey(a, b));
  }

  /**
   * True when the latest judgement about any row of `a` and any row of `b` says they are the same
   * (the row judged then is found again by its `documentId|row`).
   */
  together(a: { rows: readonly string[] }, b: { rows: readonly string[] }): boolean {
    return a.rows.some((row) => b.rows.some((other) => this.sameRows.get(row)?.has(other)));
  }

  /** True when a person said `a` and `b` are different, by id or by any of their rows. */
  apart(
    a: { id: string; rows: readonly string[] },
    b: { id: string; rows: readonly string[] },
  ): boolean {
    if (this.of(a.id, b.id)?.decision === 'different') return true;
    return a.rows.some((row) => b.rows.some((other) => this.apartRows.get(row)?.has(other)));
  }
}
