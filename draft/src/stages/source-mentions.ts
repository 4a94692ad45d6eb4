/**
 * Mentions of the people and outlets a document's frame names: the byline's author, the outlet
 * that published or relayed it, and unnamed sources (`people familiar with the matter`).
 */
import type { DraftDoc, Mention, Span } from '../document.ts';

/**
 * The byline's author (`Ana Ruiz ・ Jul. 6, 2023`) as a person; a name the page printed twice in a
 * row (`Li_DanLi_Dan`, a user name and its link) counts once.
 */
export function authorMention(doc: DraftDoc): Mention[] {
  const span = doc.meta.author;
  if (!span) return [];
  let name = doc.text.slice(span.start, span.end).replace(/^by\s+/i, '');
  const start = span.end - name.length;
  const half = name.length / 2;
  if (Number.isInteger(half) && name.slice(0, half) === name.slice(half))
    name = name.slice(0, half);
  if (!/^\p{Lu}[\p{L}.'’-]*(?:[ _]\p{Lu}[\p{L}.'’-]*){1,3}$/u.test(name)) return [];
  return [
    {
      start,
      end: start + name.length,
      text: name,
      kind: 'PERSON',
      rule: 'byline',
      confidence: 0.7,
    },
  ];
}

/** The outlet the dateline or `--outlet` names, wherever the text says it. */
export function outletMentions(doc: DraftDoc): Mention[] {
  const name = doc.meta.outlet;
  if (!name || name.length < 2) return [];
  const out: Mention[] = [];
  for (let at = doc.text.indexOf(name); at !== -1; at = doc.text.indexOf(name, at + 1)) {
    if (doc.paragraphs.some((p) => p.furniture && p.start <= at && at < p.end)) continue;
    out.push({
      start: at,
      end: at + name.length,
      text: name,
      kind: 'MEDIA_OUTLET',
      rule: 'outlet',
      confidence: 0.9,
    });
  }
  return out;
}

const UNNAMED =
  /\b(?:(?:people|persons|sources|officials|a person|a source|an official|one person)(?: [\p{L}-]+){0,2} (?:familiar with|briefed on|with (?:direct )?knowledge of|close to|involved in) (?:the |this |these )?[\p{L}-]+(?: [\p{L}-]+)?|(?:senior |a senior )?administration officials?(?= (?:said|told|say)))/giu;

/** Unnamed sources: `people familiar with the matter`, `sources close to the talks`. */
export function unnamedSources(text: string, sentence: Span): Mention[] {
  const part = text.slice(sentence.start, sentence.end);
  return [...part.matchAll(UNNAMED)].map((m) => {
    const start = sentence.start + m.index;
    return {
      start,
      end: start + m[0].length,
      text: m[0],
      kind: 'UNNAMED_SOURCE',
      rule: 'unnamed-source',
      confidence: 0.7,
    };
  });
}
