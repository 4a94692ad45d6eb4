/**
 * Acronyms as actor mentions: `Name (ACR)` makes every later `ACR` a mention of that actor; a bare
 * acronym used mostly as an actor's name (not as a modifier or a title) is an organisation, one
 * that starts with `US` an agency.
 */
import type { ActorKind } from '@policygraph/model';
import type { DraftDoc, Mention, Span } from '../document.ts';
import { TITLES } from '../lexicon.ts';
import { initialsOf } from './entity-merges.ts';

/** `Name (ACR)`: every later `ACR` is a mention of the same kind. */
export function acronymMentions(doc: DraftDoc, found: Mention[]): Mention[] {
  const out: Mention[] = [];
  const defined = new Map<string, ActorKind>();
  for (const m of found) {
    const after = /^ \(([\p{Lu}][\p{Lu}\p{N}&-]{1,9})\)/u.exec(doc.text.slice(m.end, m.end + 14));
    if (!after) continue;
    // `Solar Makers for America (SMA)`: the name the letters stand for, not the country it ends with.
    const named = m.kind === 'COUNTRY_OR_BLOC' ? namedByInitials(doc.text, m, after[1]!) : null;
    if (named) out.push(named);
    defined.set(after[1]!, named ? named.kind : m.kind);
  }
  for (const [acronym, kind] of defined) {
    const re = new RegExp(
      String.raw`(?<![\p{L}\p{N}])${acronym.replace(/[-&]/g, '\\$&')}(?![\p{L}\p{N}])`,
      'gu',
    );
    for (const s of doc.sentences) {
      const part = doc.text.slice(s.start, s.end);
      for (let m = re.exec(part); m; m = re.exec(part)) {
        const start = s.start + m.index;
        out.push({
          start,
          end: start + acronym.length,
          text: acronym,
          kind,
          rule: 'acronym',
          confidence: 0.85,
        });
      }
    }
  }
  return out;
}

/**
 * The capitalised words ending at `m` whose initials are `acronym` (`Solar Makers for America` for
 * `SMA`), as an organisation's mention; null when the words before do not spell it.
 */
function namedByInitials(text: string, m: Mention, acronym: string): Mention | null {
  const before = text.slice(Math.max(0, m.start - 120), m.end);
  const words = before.split(' ');
  for (let n = 2; n <= Math.min(words.length, 10); n++) {
    const name = words.slice(-n).join(' ');
    if (!/^\p{Lu}/u.test(name) || /[.,;:“”"()]/.test(name)) continue;
    if (initialsOf(name) !== acronym) continue;
    const start = m.end - name.length;
    return {
      start,
      end: m.end,
      text: name,
      kind: 'ORGANIZATION',
      rule: 'acronym-defined',
      confidence: 0.7,
    };
  }
  return null;
}

const ACRONYM = /^(?:\p{Lu}[\p{Lu}&]{1,5}(?:-\p{Lu}{2,5})?|\p{Lu}\p{N}{1,2}|(?:\p{Lu}\.){2,3})$/u;
/** Lower-case words that may follow an actor's acronym (a verb or a joining word, not a noun it modifies). */
const AFTER_ACTOR =
  /^(?:and|or|to|of|in|on|at|for|with|has|have|had|is|are|was|were|will|would|can|could|should|may|must|does|did|itself|also|then|that|which|who|as|but|said|says|told|announced|agreed|issued|added|designated|reported|called|urged|noted|stated)$/;

/**
 * An acronym standing alone that no rule defined (`the FBI and CISA`, `at APEC`, `the G20`) is an
 * organisation when most of its uses are as one: followed by punctuation, a possessive, a verb or a
 * joining word, not by a noun it modifies (`AI models`, `EV batteries`). An acronym the text defines
 * in brackets after a name that is no actor (`Withhold Release Order (WRO)`) is not one, nor a title
 * (`CEO`).
 */
export function bareAcronyms(doc: DraftDoc, unplaced: Span[], found: Mention[]): Mention[] {
  const text = doc.text;
  const uses = new Map<string, Array<Span & { actor: boolean }>>();
  for (const whole of unplaced) {
    // `the G7 Summit`, `the APEC Finance Ministers’ Meeting`: the acronym is the organisation.
    const event = ACRONYM_EVENT.exec(text.slice(whole.start, whole.end));
    const run = event ? { start: whole.start, end: whole.start + event[1]!.length } : whole;
    const words = text.slice(run.start, run.end);
    if (!ACRONYM.test(words) || TITLES.includes(words)) continue;
    if (found.some((m) => m.start < run.end && run.start < m.end)) continue;
    // `WASHINGTON, D.C.`, `Austin, Tex.`: a dotted abbreviation after `Place, ` is a state.
    if (
      /^(?:\p{Lu}\.)+$/u.test(words) &&
      /\p{Lu}[\p{L}]+, $/u.test(text.slice(Math.max(0, run.start - 30), run.start))
    )
      continue;
    // `APNSA Jake Sullivan`: an acronym before a person's name is a title.
    if (found.some((m) => m.kind === 'PERSON' && m.start === run.end + 1)) continue;
    const next = /^\s+([\p{Ll}][\p{L}-]*)/u.exec(text.slice(run.end, run.end + 30));
    // `the ABC and Science Act`: the acronym starts the name of a law or programme.
    const law = LAW_NAME.test(text.slice(run.end, run.end + 60));
    const actor = !law && (event !== null || !next || AFTER_ACTOR.test(next[1]!));
    uses.set(words, [...(uses.get(words) ?? []), { ...run, actor }]);
  }
  const out: Mention[] = [];
  for (const [acronym, runs] of uses) {
    if (text.includes(`(${acronym})`)) continue;
    if (runs.filter((r) => r.actor).length * 2 < runs.length) continue;
    for (const r of runs)
      out.push({
        start: r.start,
        end: r.end,
        text: acronym,
        // `USTR`, `USITC`, `USDA`: a national body's acronym built on the country's is an agency.
        kind: /^U\.?S\.?\p{Lu}/u.test(acronym) ? 'AGENCY' : 'ORGANIZATION',
        rule: 'bare-acronym',
        confidence: 0.45,
      });
  }
  return out;
}
const LAW_NAME =
  /^ (?:and|&) (?:\p{Lu}[\p{L}-]*\s+){0,4}(?:Act|Law|Program|Programme|Initiative|Plan|Fund|Strategy|Framework|Agreement)\b/u;
const ACRONYM_EVENT =
  /^(\S+) (?:[\p{Lu}][\p{L}]+ )?(?:Summit|Ministers|Ministerial|Meeting|Conference|Secretariat)\b/u;
