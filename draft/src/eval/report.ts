/** Precision, recall and F1 tables of the evaluation, per document, per kind of document and overall. */
import path from 'node:path';
import type { Counts } from './score.ts';

/** Precision, recall and F1 of counts (1 when there is nothing to find and nothing was drafted). */
export function prf(c: Counts): { p: number; r: number; f1: number } {
  const p = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const r = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return { p, r, f1 };
}

/** Sums counts measure by measure. */
export function addCounts(into: Record<string, Counts>, from: Record<string, Counts>): void {
  for (const [k, v] of Object.entries(from)) {
    const t = (into[k] ??= { tp: 0, fp: 0, fn: 0 });
    t.tp += v.tp;
    t.fp += v.fp;
    t.fn += v.fn;
  }
}

const f = (x: number): string => x.toFixed(2);

/**
 * The titles of the evaluation's two overall tables, from the corpus actually read: the
 * development corpus when `dir` is `defaultDir` (../shared/corpus), else the folder `CORPUS_DIR`
 * named; `count` is how many of its documents were scored, `seedCount` how many seed articles.
 */
export function corpusTitles(
  dir: string,
  defaultDir: string,
  count: number,
  seedCount: number,
): { corpus: string; overall: string } {
  const documents = count === 1 ? '1 document' : `${count} documents`;
  const corpus =
    path.resolve(dir) === path.resolve(defaultDir)
      ? `Development corpus (${documents})`
      : `Corpus at ${dir} (${documents}, CORPUS_DIR)`;
  const seeds = seedCount === 1 ? 'seed article' : `${seedCount} seed articles`;
  return {
    corpus,
    overall: count === 0 ? `Seed articles only (${seedCount})` : `${corpus} and ${seeds}`,
  };
}

/** A Markdown table: one row per measure with P, R, F1 and the counts. */
export function table(title: string, counts: Record<string, Counts>): string {
  const rows = Object.entries(counts).map(([k, c]) => {
    const { p, r, f1 } = prf(c);
    return `| ${k} | ${f(p)} | ${f(r)} | ${f(f1)} | ${c.tp} | ${c.fp} | ${c.fn} |`;
  });
  return [
    `### ${title}`,
    '',
    '| measure | P | R | F1 | tp | fp | fn |',
    '|---|---|---|---|---|---|---|',
    ...rows,
    '',
  ].join('\n');
}

/** One line per document: F1 of actors, statements and measures found. */
export function summaryRow(id: string, type: string, counts: Record<string, Counts>): string {
  const g = (k: string): string => f(prf(counts[k]!).f1);
  return `| ${id} | ${type} | ${g('actors found')} | ${g('actors kind')} | ${g('statements found')} | ${g('statements form')} | ${g('measures found')} | ${g('measures issuer')} | ${g('measures date')} |`;
}

export const SUMMARY_HEAD =
  '| document | kind | actors | kind right | statements | form right | measures | issuer | date |\n|---|---|---|---|---|---|---|---|---|';
