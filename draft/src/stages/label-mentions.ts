/**
 * Speakers named by a label before a colon and a quotation, as quote compilations write them:
 * `Teamsters: “…”` (the whole label is the speaker) and `Title Name, Affiliation: “…”` (the part
 * after the last comma is the speaker's organisation). A legislator's affiliation is a
 * constituency (`Senator Ada Quist, Lakeshire`), not an organisation.
 */
import type { DraftDoc, Mention, Span } from '../document.ts';
import { askedBy } from './speakers.ts';

const LABEL = /^([^“”"\n]{2,200}?):\s*[“"]/;
const LEGISLATOR =
  /^(?:Senator|Sen\.|Representative|Rep\.|Congressman|Congresswoman|Majority Leader|Minority Leader|Speaker|Governor|Gov\.|Mayor|Assembly(?:man|woman|member)|Councillor|Councilmember)\b/;

/**
 * Organisations named by a quotation's label: among the runs no other rule placed (`unplaced`),
 * those that are the whole label or its last comma-separated part (a bracketed acronym after it
 * set aside).
 */
export function labelOrganisations(doc: DraftDoc, unplaced: Span[]): Mention[] {
  const out: Mention[] = [];
  for (const p of doc.paragraphs) {
    if (p.furniture || p.turnLabel) continue;
    const label = LABEL.exec(doc.text.slice(p.start, p.end));
    if (!label) continue;
    const text = label[1]!.replace(/\s+\([\p{Lu}\p{N}&-]{2,10}\)$/u, '');
    const comma = text.lastIndexOf(', ');
    if (comma >= 0 && LEGISLATOR.test(text)) continue;
    const start = p.start + (comma >= 0 ? comma + 2 : 0);
    const end = p.start + text.length;
    const run = unplaced.find((r) => r.start === start && r.end === end);
    if (!run) continue;
    out.push({
      start,
      end,
      text: doc.text.slice(start, end),
      kind: 'ORGANIZATION',
      rule: comma >= 0 ? 'label-affiliation' : 'label-speaker',
      confidence: 0.6,
    });
  }
  return out;
}

/**
 * The outlet a press conference's question is labelled with (`Harbor Wire: … ?`, the reporter's
 * outlet before a colon), in a document that labels several questions so: a news outlet. It
 * replaces a looser reading of the same words (`AFP` as an acronym).
 */
export function questionOutlets(doc: DraftDoc): Mention[] {
  const asked = doc.paragraphs.filter((p) => !p.furniture && askedBy(doc, p));
  if (asked.length < 2) return [];
  return asked.map((p) => {
    const line = doc.text.slice(p.start, p.end);
    const end = p.start + line.indexOf(':');
    return {
      start: p.start,
      end,
      text: doc.text.slice(p.start, end),
      kind: 'MEDIA_OUTLET' as const,
      rule: 'question-label',
      confidence: 0.85,
    };
  });
}
