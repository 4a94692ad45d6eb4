/**
 * Ids and evidence for the seed format: slugs made unique within the draft and apart from the
 * graph's ids of other nodes, and quotes written so the loader finds exactly the span meant (with
 * `occurrence` when the words occur more than once).
 */
import type { Span } from './document.ts';

/** A slug of lower-case letters and digits joined by single hyphens (at most `max` characters). */
export function slug(text: string, max = 60): string {
  const s = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const cut = s.length > max ? s.slice(0, max).replace(/-[^-]*$/, '') : s;
  return cut || 'x';
}

/** Hands out ids: each at most once, never one of `taken`. */
export class IdMaker {
  private readonly used = new Set<string>();
  constructor(private readonly taken: ReadonlySet<string>) {}

  /** Reserves an id exactly as given (an existing node's id the draft links to). */
  reserve(id: string): string {
    this.used.add(id);
    return id;
  }

  /** A fresh id from `text`: its slug, with `-2`, `-3`… when needed. */
  make(text: string): string {
    const base = slug(text);
    let id = base;
    for (let n = 2; this.used.has(id) || this.taken.has(id); n++) id = `${base}-${n}`;
    this.used.add(id);
    return id;
  }
}

/** A seed-format quote for `span` of `text`: the words, with their occurrence when repeated. */
export type SeedQuote = string | { quote: string; occurrence: number };

/** The quote naming exactly `span`: `{ quote, occurrence }` when the words occur earlier too. */
export function quoteOf(text: string, span: Span): SeedQuote {
  const words = text.slice(span.start, span.end);
  let count = 0;
  let nth = 0;
  for (let at = text.indexOf(words); at !== -1; at = text.indexOf(words, at + 1)) {
    count++;
    if (at === span.start) nth = count;
  }
  return count > 1 ? { quote: words, occurrence: nth } : words;
}
