/**
 * Precision and recall of the match score's thresholds on pairs a person labelled by hand
 * (`a,b,label`, label `same` or `different`): for each threshold, the labelled pairs scoring at or
 * above it are predicted `same`. Pure.
 */
import type { ReviewActor } from './dedupe-candidates.ts';
import { THRESHOLDS, scoreMatch } from './match-score.ts';

/** A hand-labelled pair of node ids. */
export interface LabelledPair {
  a: string;
  b: string;
  same: boolean;
}

/** Reads `a,b,label` lines (a header line first). @throws Error naming the line. */
export function parseLabels(text: string, file: string): LabelledPair[] {
  const lines = text.split('\n').map((line) => line.trim());
  return lines.slice(1).flatMap((line, i) => {
    if (line === '' || line.startsWith('#')) return [];
    const [a = '', b = '', label = ''] = line.split(',').map((cell) => cell.trim());
    if (!a || !b || (label !== 'same' && label !== 'different'))
      throw new Error(`${file}: line ${i + 2}: expected "a,b,same" or "a,b,different".`);
    return [{ a, b, same: label === 'same' }];
  });
}

/** Precision, recall and F1 at `threshold` of `scored` pairs (null when nothing is predicted). */
export function measure(scored: readonly { score: number; same: boolean }[], threshold: number) {
  const predicted = scored.filter((pair) => pair.score >= threshold);
  const truePositives = predicted.filter((pair) => pair.same).length;
  const positives = scored.filter((pair) => pair.same).length;
  const precision = predicted.length > 0 ? truePositives / predicted.length : null;
  const recall = positives > 0 ? truePositives / positives : null;
  const f1 = precision && recall ? (2 * precision * recall) / (precision + recall) : null;
  return { threshold, predicted: predicted.length, truePositives, precision, recall, f1 };
}

/** A table of precision and recall at several thresholds, the two in use marked. */
export function evaluateThresholds(
  actors: readonly ReviewActor[],
  labels: readonly LabelledPair[],
): string[] {
  const byId = new Map(actors.map((actor) => [actor.id, actor]));
  const missing = labels.filter((pair) => !byId.has(pair.a) || !byId.has(pair.b));
  const scored = labels
    .filter((pair) => byId.has(pair.a) && byId.has(pair.b))
    .map((pair) => ({ ...pair, score: scoreMatch(byId.get(pair.a)!, byId.get(pair.b)!).score }));
  const percent = (value: number | null) => (value === null ? '-' : `${(value * 100).toFixed(1)}%`);
  const lines = [
    `${scored.length} labelled pair(s) scored (${scored.filter((p) => p.same).length} same, ${scored.filter((p) => !p.same).length} different); ${missing.length} not found in the graph.`,
    'threshold  predicted  precision  recall  F1',
  ];
  for (const threshold of [0.3, 0.45, 0.5, 0.6, 0.7, 0.8, 0.9]) {
    const m = measure(scored, threshold);
    const mark =
      threshold === THRESHOLDS.auto
        ? '  (auto-merge)'
        : threshold === THRESHOLDS.review
          ? '  (review)'
          : '';
    lines.push(
      `${threshold.toFixed(2).padEnd(10)} ${String(m.predicted).padEnd(10)} ${percent(m.precision).padEnd(10)} ${percent(m.recall).padEnd(7)} ${percent(m.f1)}${mark}`,
    );
  }
  for (const pair of scored.filter((p) => p.score >= THRESHOLDS.auto !== p.same))
    lines.push(
      `  ${pair.same ? 'missed' : 'wrong'} at auto: ${pair.a} ~ ${pair.b} (${pair.score.toFixed(2)})`,
    );
  return lines;
}
