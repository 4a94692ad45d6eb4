/**
 * Stage 1: paragraphs (one per non-blank line), page furniture, and transcript turns.
 * Furniture is what a web page adds around the text: image credits, like and share counts,
 * "Related Posts" lists, subscription prompts, and lines repeated verbatim. It yields nothing.
 */
import type { DraftDoc, Paragraph } from '../document.ts';

const FURNITURE_LINE =
  /^(?:(?:photo|image|picture)?\s*credits?\s*:|photo\s*:|image\s*:|source\s*:\s*\S+$|(?:like|likes|share|shares|comments?|views?)\s*\d+$|\d+\s*(?:likes|shares|comments|views)$|subscribe\b|sign up\b|follow us\b|read more\b|advertisement$|\u2022)/i;
const FURNITURE_HEADING =
  /^(?:related (?:posts|articles|stories|news|reading)|read more|more from|you may also like|recommended|trending)\s*:?$/i;
const ENDS_SENTENCE = /[.!?:”"’)\]]$/;
const HONORIFIC_LABEL =
  /^(?:(?:MR|MRS|MS|DR|SEN|REP|GOV|GEN|AMB)\.|SECRETARY|PRESIDENT|AMBASSADOR|MODERATOR|OPERATOR|SPEAKER|CHAIRMAN|CHAIR|DIRECTOR|ADMINISTRATOR|MINISTER|DEPUTY|SENIOR)\b/;
const TURN_LABEL = /^(?:Q|[A-Z][A-Z.'’\- ]{0,40}[A-Z.])(?=:\s|\s*$|\s+[A-Z“"(])/;
/** `Ada Quist:` — a speaker's name in mixed case (two to four words) before a colon. */
const NAME_LABEL = /^\p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]+){1,3}(?=:\s)/u;

/** Splits `doc.text` into paragraphs, marks furniture and transcript turns. */
export function findParagraphs(doc: DraftDoc): void {
  const paragraphs: Paragraph[] = [];
  const re = /[^\r\n]+/g;
  for (let m = re.exec(doc.text); m; m = re.exec(doc.text)) {
    const lead = m[0].length - m[0].trimStart().length;
    const trimmed = m[0].trim();
    if (!trimmed) continue;
    const start = m.index + lead;
    paragraphs.push({
      index: paragraphs.length,
      start,
      end: start + trimmed.length,
      furniture: false,
    });
  }
  markFurniture(doc.text, paragraphs);
  markTurns(doc.text, paragraphs);
  doc.paragraphs = paragraphs;
}

function markFurniture(text: string, paragraphs: Paragraph[]): void {
  const seen = new Map<string, number>();
  let inList = false;
  for (const p of paragraphs) {
    const line = text.slice(p.start, p.end);
    if (FURNITURE_HEADING.test(line)) {
      p.furniture = true;
      inList = true;
      continue;
    }
    if (inList && !ENDS_SENTENCE.test(line)) {
      p.furniture = true;
      continue;
    }
    inList = false;
    if (FURNITURE_LINE.test(line)) p.furniture = true;
    const earlier = seen.get(line);
    if (earlier !== undefined && line.length < 200) {
      p.furniture = true;
      paragraphs[earlier]!.furniture ||= FURNITURE_LINE.test(line) || !ENDS_SENTENCE.test(line);
    }
    if (earlier === undefined) seen.set(line, p.index);
  }
}

/**
 * A transcript turn starts a paragraph with a speaker's label in capitals and a colon
 * (`MR. SULLIVAN:`, `SECRETARY YELLEN:`), a name in mixed case and a colon (`Ada Quist:`), or a
 * question `Q`. A label counts when it has an honorific or recurs, so a title such as
 * `FACT SHEET: ...` is not a turn.
 */
function markTurns(text: string, paragraphs: Paragraph[]): void {
  const labels = new Map<string, Paragraph[]>();
  for (const p of paragraphs.slice(1)) {
    if (p.furniture) continue;
    const line = text.slice(p.start, p.end);
    const m = TURN_LABEL.exec(line) ?? NAME_LABEL.exec(line);
    if (!m) continue;
    const label = m[0].trim();
    if (label !== 'Q' && !text.startsWith(':', p.start + m[0].length)) continue;
    labels.set(label, [...(labels.get(label) ?? []), p]);
  }
  for (const [label, list] of labels) {
    if (label !== 'Q' && !HONORIFIC_LABEL.test(label) && list.length < 2) continue;
    if (label === 'Q' && list.length < 1) continue;
    for (const p of list) p.turnLabel = { start: p.start, end: p.start + label.length };
  }
}
