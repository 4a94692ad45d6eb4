/**
 * Stage 0: what the text says about itself, where the command line did not say it. The title is the
 * first line when it reads as a headline (no sentence punctuation at its end, under 300
 * characters); a dateline is `PLACE, Month D (Outlet)—` or `PLACE –` opening a paragraph; a date
 * line or byline gives the publication date (`Jul. 6, 2023`, `June 24, 2021`).
 */
import * as chrono from 'chrono-node/en';
import type { DraftDoc } from '../document.ts';

const DATELINE =
  /^((?:\p{Lu}[\p{Lu}.' ]+)(?:, [\p{L}.]+ \d{1,2})?)\s*(?:\(([^)]{2,40})\))?\s*[—–-]/u;
const DATE_ONLY =
  /(?:^|[・|•·]\s*)((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}, \d{4})\s*$/;

/** Fills in `doc.meta` from the first paragraphs (title, dateline, outlet, date, author line). */
export function readMetadata(doc: DraftDoc): void {
  const firstLines = doc.paragraphs.slice(0, 6);
  for (const p of firstLines) {
    const line = doc.text.slice(p.start, p.end);
    const date = DATE_ONLY.exec(line);
    if (date) {
      const parsed = chrono.parseDate(date[1]!);
      if (parsed && !doc.meta.publishedOn) doc.meta.publishedOn = isoDate(parsed);
      if (line.length < 80) {
        p.furniture = true;
        const by = line.slice(0, date.index).replace(/[・|•·\s]+$/, '');
        if (by) doc.meta.author = { start: p.start, end: p.start + by.length };
      }
    }
  }
  const titleParagraph = doc.paragraphs.find((p) => !p.furniture);
  if (titleParagraph) {
    const line = doc.text.slice(titleParagraph.start, titleParagraph.end);
    if (line.length < 300 && !/[.!]$/.test(line) && !/\p{Script=Han}.*。/u.test(line)) {
      doc.meta.titleSpan = { start: titleParagraph.start, end: titleParagraph.end };
      doc.meta.title ??= line;
    }
  }
  for (const p of doc.paragraphs.slice(0, 8)) {
    const m = DATELINE.exec(doc.text.slice(p.start, p.end));
    if (!m || m[1]!.trim().length < 3) continue;
    const place = m[1]!.trim();
    doc.meta.dateline = { start: p.start, end: p.start + place.length };
    if (m[2] && !doc.meta.outlet) {
      const at = doc.text.indexOf(m[2], p.start);
      doc.meta.outlet = m[2];
      doc.meta.outletSpan = { start: p.start, end: at + m[2].length + 1 };
    }
    break;
  }
}

/** A Date as `YYYY-MM-DD` in its local calendar (chrono returns local dates). */
export function isoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
