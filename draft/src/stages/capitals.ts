/**
 * A capital city acting (`Beijing unveiled …`, `Washington has imposed …`, `Moscow says …`) stands
 * for its country's government. Capitals come from world-countries (independent countries only);
 * a capital in a place phrase (`in Beijing`, `a Beijing-based firm`) is left alone.
 */
import countriesJson from 'world-countries/countries.json' with { type: 'json' };
import type { DraftDoc, Mention } from '../document.ts';

interface WorldCountry {
  independent: boolean | null;
  capital: string[];
}

const CAPITALS: ReadonlySet<string> = new Set(
  (countriesJson as unknown as WorldCountry[])
    .filter((c) => c.independent)
    .flatMap((c) => c.capital),
);
const ACTING =
  /^(?:(?:has|have|had|is|was|will|would|also|then|again|quickly|recently|reportedly)\s+)?(?:[a-z]+ed|[a-z]+s|said|told|made|took|put|set|hit|cut|won)\b/;
const CITY = /(?<![\p{L}\p{N}-])(\p{Lu}[\p{L}]+(?: \p{Lu}[\p{L}]+)?)(?![\p{L}\p{N}-])/gu;

/** Mentions of capitals that act in their sentence, as governments of their countries. */
export function capitalGovernments(doc: DraftDoc): Mention[] {
  const out: Mention[] = [];
  for (const sentence of doc.sentences) {
    const part = doc.text.slice(sentence.start, sentence.end);
    for (const m of part.matchAll(CITY)) {
      if (!CAPITALS.has(m[1]!)) continue;
      const before = part.slice(Math.max(0, m.index - 12), m.index);
      if (/\b(?:in|to|from|at|near|outside|via|of|and)\s+$/.test(before)) continue;
      if (!ACTING.test(part.slice(m.index + m[0].length).trimStart())) continue;
      const start = sentence.start + m.index;
      out.push({
        start,
        end: start + m[1]!.length,
        text: m[1]!,
        kind: 'GOVERNMENT',
        rule: 'capital-acting',
        confidence: 0.6,
      });
    }
  }
  return out;
}
