/**
 * Capitalised name sequences: runs of capitalised words, with `of`, `the`, `for`, `and` allowed
 * inside (`Office of Foreign Assets Control`) and company tails (`Co., Ltd.`), never the possessive
 * `’s`. The classifier in mentions.ts decides what each run names.
 */
import type { Span } from '../document.ts';
import { TITLES } from '../lexicon.ts';

const WORD = String.raw`(?:People[’']s(?= \p{Lu})|\p{Lu}\.(?:\p{Lu}\.)+|\p{Lu}\.|[\p{Lu}][\p{L}\p{M}\p{N}]*(?:[\-'’&](?!s\b)[\p{L}\p{N}]+)*|\p{N}+[\p{L}]*\p{Lu}[\p{L}\p{N}]*)`;
const CONNECTOR = String.raw`(?:of|the|for a|for|and|de|du|da|der|den|del|dos|ter|van|von|le|al|bin|ibn|&)`;
const ABBREV_DOT = String.raw`(?:(?<=\b(?:Co|Corp|Inc|Ltd|Sti|Jr|Sr))\.)`;
const TAIL = String.raw`(?:,? (?:Ltd|Inc|LLC|Limited|PLC|Sti|Jr|Sr)\b\.?)`;
const RUN = new RegExp(
  String.raw`(?<![\p{L}\p{N}])${WORD}(?:(?: ${CONNECTOR})* ${WORD})*${ABBREV_DOT}?${TAIL}*`,
  'gu',
);

/** Every capitalised run inside `span` of `text`, with trailing connectors and periods trimmed. */
export function capitalisedRuns(text: string, span: Span): Span[] {
  const runs: Span[] = [];
  const part = text.slice(span.start, span.end);
  RUN.lastIndex = 0;
  for (let m = RUN.exec(part); m; m = RUN.exec(part)) {
    let end = m.index + m[0].length;
    // A sentence-final period belongs to the sentence unless the word is an abbreviation or initial.
    if (
      part[end - 1] === '.' &&
      !/(?:\b\p{Lu}|Co|Ltd|Sti|Inc|Corp|Jr|Sr|Mr|Ms|Mrs|Dr|St)\.$/u.test(m[0])
    )
      end--;
    runs.push(...companyPieces(part, m.index, end).map((r) => shift(r, span.start)));
  }
  return portfolioTitles(text, runs);
}

const TITLE_OF = new RegExp(
  String.raw`^(?:${TITLES.map((t) => t.replace(/\./g, '\\.')).join('|')}) (?:of|for) `,
  'u',
);
const PORTFOLIO_END = /^\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)? and \p{Lu}/u;
const PORTFOLIO_ITEM = /^\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)?$/u;

/**
 * A title whose portfolio is a comma list (`Minister of Economy, Trade and Industry Kenji Sato`)
 * is one run: the commas split it into `Minister of Economy` and `Trade and Industry Kenji Sato`.
 * Runs joined by `, ` after a title of a portfolio are merged up to the item with `and`.
 */
function portfolioTitles(text: string, runs: Span[]): Span[] {
  const out: Span[] = [];
  for (let i = 0; i < runs.length; i++) {
    const run = runs[i]!;
    let last = i;
    if (TITLE_OF.test(text.slice(run.start, run.end))) {
      for (let j = i + 1; j < runs.length && j <= i + 4; j++) {
        if (text.slice(runs[j - 1]!.end, runs[j]!.start) !== ', ') break;
        const words = text.slice(runs[j]!.start, runs[j]!.end);
        if (PORTFOLIO_END.test(words)) {
          last = j;
          break;
        }
        if (!PORTFOLIO_ITEM.test(words)) break;
      }
    }
    out.push({ start: run.start, end: runs[last]!.end });
    i = last;
  }
  return out;
}

const PLACE_BASED = /(?:(?<= )and )?(?:\p{Lu}[\p{L}.]* )*\p{Lu}[\p{L}]*-based /gu;
const COMPANY_END = String.raw`(?:Ltd|Inc|LLC|Limited|PLC|Co|Corp|FZE|FZCO|GmbH|AG|SA|BV|Sti)\.?`;
const TWO_COMPANIES = new RegExp(
  String.raw`^(.+ ${COMPANY_END}) and (\p{Lu}.+ ${COMPANY_END})$`,
  'u',
);

function shift(r: Span, by: number): Span {
  return { start: r.start + by, end: r.end + by };
}

/**
 * A run cut where it joins companies: `Dubai-based Acme FZE and Lyon-based Bard SA` is `Acme FZE`
 * and `Bard SA` (the place before `-based` is not the name); `Acme Ltd. and Bard Inc.` two
 * companies, each with its own suffix. Offsets are within `part`.
 */
function companyPieces(part: string, start: number, end: number): Span[] {
  const pieces: Span[] = [];
  let from = start;
  const run = part.slice(start, end);
  PLACE_BASED.lastIndex = 0;
  for (let m = PLACE_BASED.exec(run); m; m = PLACE_BASED.exec(run)) {
    if (start + m.index > from) pieces.push({ start: from, end: start + m.index });
    from = start + m.index + m[0].length;
  }
  if (end > from) pieces.push({ start: from, end });
  return pieces.flatMap((p) => {
    const two = TWO_COMPANIES.exec(part.slice(p.start, p.end));
    if (!two) return [p];
    const second = p.end - two[2]!.length;
    return [
      { start: p.start, end: p.start + two[1]!.length },
      { start: second, end: p.end },
    ];
  });
}

/** The words of a run with their offsets. */
export function wordsOf(text: string, span: Span): Array<Span & { text: string }> {
  const out: Array<Span & { text: string }> = [];
  const re = /\S+/g;
  const part = text.slice(span.start, span.end);
  for (let m = re.exec(part); m; m = re.exec(part)) {
    out.push({ start: span.start + m.index, end: span.start + m.index + m[0].length, text: m[0] });
  }
  return out;
}
