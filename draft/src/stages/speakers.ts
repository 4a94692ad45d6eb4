/**
 * Who "I" and "we" are: in a transcript, the speaker of the current turn (`MR. SULLIVAN:` and the
 * paragraphs after it, until the next label); in remarks or a statement, the person the title says
 * it is by (`Remarks by Secretary … Janet L. Yellen`). "We agreed" adds the other party the title
 * names (`… Meetings with Vice Premier He Lifeng`).
 */
import type { DraftDoc, Paragraph } from '../document.ts';
import { mentionsIn } from './attribution-rules.ts';

/** Per paragraph index, the entity speaking in the first person there (or undefined). */
export function firstPersonSpeakers(doc: DraftDoc): Array<number | undefined> {
  const bylined = titleSpeaker(doc);
  const out: Array<number | undefined> = [];
  let turn: number | undefined = bylined;
  let inTranscript = false;
  for (const p of doc.paragraphs) {
    if (p.turnLabel) {
      inTranscript = true;
      const label = doc.text.slice(p.turnLabel.start, p.turnLabel.end);
      turn =
        label === 'Q'
          ? undefined
          : mentionsIn(doc, p.turnLabel).find((m) => m.kind === 'PERSON')?.entity;
    } else if (inTranscript && askedBy(doc, p)) turn = undefined;
    out.push(inTranscript || bylined !== undefined ? turn : undefined);
  }
  return out;
}

/**
 * True for a transcript paragraph that a questioner's label opens (`Outlet: … ?`, a reporter's
 * question, the outlet named once) rather than a speaker's turn: a short capitalised label, a colon,
 * and a question mark in the paragraph.
 */
export function askedBy(doc: DraftDoc, p: Paragraph): boolean {
  if (p.turnLabel) return false;
  const line = doc.text.slice(p.start, p.end);
  return (
    /^\p{Lu}[\p{L}.&'’-]*(?: [\p{Lu}&][\p{L}.&'’-]*){0,3}:\s/u.test(line) && line.includes('?')
  );
}

/** The person a title says the text is by: `Remarks by …`, `Statement by …`, `Testimony of …`. */
export function titleSpeaker(doc: DraftDoc): number | undefined {
  const span = doc.meta.titleSpan;
  if (!span) return undefined;
  const title = doc.text.slice(span.start, span.end);
  const by =
    /\b(?:Remarks|Statement|Testimony|Speech|Keynote|Address|Op-Ed|Interview)\b[^,]*?\b(?:by|of|with)\s/i.exec(
      title,
    );
  if (!by) return undefined;
  const start = span.start + by.index + by[0].length;
  return mentionsIn(doc, { start, end: span.end }).find((m) => m.kind === 'PERSON')?.entity;
}

/** The other party of meetings the title names (`… with Vice Premier He Lifeng`), not `speaker`. */
export function titleCounterpart(doc: DraftDoc, speaker: number | undefined): number | undefined {
  const span = doc.meta.titleSpan;
  if (!span) return undefined;
  const title = doc.text.slice(span.start, span.end);
  const w = /\bwith\s/.exec(title);
  if (!w) return undefined;
  return mentionsIn(doc, { start: span.start + w.index, end: span.end }).find(
    (m) => m.kind === 'PERSON' && m.entity !== speaker,
  )?.entity;
}

/** Per paragraph index, true inside a question turn (`Q`, `Outlet: …?`) of a transcript. */
export function questionParagraphs(doc: DraftDoc): boolean[] {
  let inQuestion = false;
  let inTranscript = false;
  return doc.paragraphs.map((p) => {
    if (p.turnLabel) {
      inTranscript = true;
      inQuestion = doc.text.slice(p.turnLabel.start, p.turnLabel.end) === 'Q';
    } else if (askedBy(doc, p) && (inTranscript || doc.paragraphs.some((x) => x.turnLabel)))
      inQuestion = true;
    return inQuestion;
  });
}
