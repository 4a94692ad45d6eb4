/** Test helper: drafts a small text of our own with a given graph, and reads spans back as words. */
import { draftText } from '../draft.ts';
import type { DraftDoc, Span } from '../document.ts';
import { Gazetteer, type KnownNode } from '../gazetteer.ts';

/** Drafts `text` (published `publishedOn`, or undated for null) against a graph of `nodes`. */
export function draftOf(
  text: string,
  publishedOn: string | null = '2024-03-06',
  nodes: KnownNode[] = [],
): DraftDoc {
  const meta = {
    id: 'test-doc',
    documentType: 'ARTICLE' as const,
    ...(publishedOn ? { publishedOn } : {}),
  };
  return draftText(text, meta, new Gazetteer(nodes)).doc;
}

/** The words of a span. */
export function words(doc: DraftDoc, span: Span): string {
  return doc.text.slice(span.start, span.end);
}

/** Each statement as `speaker name | form | quote words`. */
export function statementsOf(doc: DraftDoc): string[] {
  return doc.statements.map(
    (s) => `${doc.entities[s.speaker]!.name} | ${s.form} | ${words(doc, s.quote)}`,
  );
}
