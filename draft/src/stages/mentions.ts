/**
 * Stage 4: mentions of actors. Names the gazetteer knows (the graph's nodes, countries) are found
 * character for character; capitalised runs are classified (classify-run.ts); context decides the
 * runs no word placed: the subject of a reporting verb is a speaker, `according to X` a source.
 * Lower-case heads complete a name: `Biden administration`, `Chinese government`. An acronym in
 * brackets after a name (`Office of Foreign Assets Control (OFAC)`) is that actor's short form.
 * Overlaps keep the longer mention.
 */
import type { ActorKind } from '@policygraph/model';
import type { DraftDoc, Mention, Span } from '../document.ts';
import type { Gazetteer, KnownName } from '../gazetteer.ts';
import { REPORTING_VERBS, ROLE_NOUNS, SENTENCE_STARTERS, TITLES } from '../lexicon.ts';
import { classifyRun, type RunPart } from './classify-run.ts';
import { capitalGovernments } from './capitals.ts';
import { labelOrganisations, questionOutlets } from './label-mentions.ts';
import { capitalisedRuns } from './names.ts';
import { unitLists } from './unit-lists.ts';
import { acronymMentions, bareAcronyms } from './acronym-mentions.ts';
import { authorMention, outletMentions, unnamedSources } from './source-mentions.ts';
import { descriptorKind, openingDescriptor, relativeClauseSpeaker } from './descriptors.ts';

const SPEAKER_AFTER = new RegExp(String.raw`^,?\s+(?:${REPORTING_VERBS})\b`);
const APPOSITION_ROLE = new RegExp(
  String.raw`^,\s+(?:the\s+|a\s+|an\s+)?(?:[\p{L}\-]+\s+){0,3}?${ROLE_NOUNS.source}\b`,
  'u',
);
const REPORT_BY =
  /\baccording to (?:a |an |the )?(?:[\p{Ll}-]+ )?(?:report|statement|study|analysis|survey|data|estimates?|research|figures) (?:by|from|of)\s+$/u;
const SPEAKER_BEFORE = /(?:\b(?:said|says|according to|told|added|noted|stressed|wrote)\s+)$/;

function actorKindOf(name: KnownName): ActorKind | null {
  const k = name.kind;
  return k === 'MEASURE' || k === 'DOCUMENT' || k === 'ITEM' || k === 'STATEMENT' ? null : k;
}

/** Finds the actor mentions of every sentence. `gazetteer` holds the names known in advance. */
export function findMentions(doc: DraftDoc, gazetteer: Gazetteer): void {
  const found: Mention[] = [];
  const text = doc.text;
  const unplaced: Span[] = [];
  for (const sentence of doc.sentences) {
    found.push(...gazetteerMentions(doc, sentence, gazetteer), ...unnamedSources(text, sentence));
    const paragraph = doc.paragraphs[sentence.paragraph]!;
    const from =
      paragraph.turnLabel && sentence.start === paragraph.start
        ? paragraph.turnLabel.end
        : sentence.start;
    for (const run of capitalisedRuns(text, { start: from, end: sentence.end })) {
      if (run.start === sentence.start && openingAdverb(text, run)) continue;
      const parts = classifyRun(text, run, run.start === sentence.start);
      for (const part of parts) {
        if (part.kind && headlineOnly(doc, part)) continue;
        const mention = placeByContext(text, part, sentence);
        if (mention) found.push(mention);
        else if (!part.kind) unplaced.push(part);
      }
    }
    found.push(...lowerCaseHeads(text, sentence));
  }
  found.push(...acronymMentions(doc, found), ...outletMentions(doc), ...authorMention(doc));
  found.push(...labelOrganisations(doc, unplaced), ...capitalGovernments(doc));
  found.push(...unitLists(text, unplaced));
  found.push(...byNeighbours(text, unplaced, found), ...bareAcronyms(doc, unplaced, found));
  // A question's outlet label wins over any other reading of the same words.
  const outlets = questionOutlets(doc);
  const others = found.filter((m) => !outlets.some((o) => o.start < m.end && m.start < o.end));
  doc.mentions = keepLongest([...others, ...outlets]);
}

/** `Separately,` `Meanwhile,`: one word in -ly (or a known starter) opening a sentence before a comma. */
function openingAdverb(text: string, run: Span): boolean {
  const word = text.slice(run.start, run.end);
  return /^\p{Lu}\p{Ll}+ly$/u.test(word) && text[run.end] === ',';
}

function gazetteerMentions(doc: DraftDoc, sentence: Span, gazetteer: Gazetteer): Mention[] {
  const out: Mention[] = [];
  const tokens = doc.tokens.filter((t) => t.start >= sentence.start && t.end <= sentence.end);
  for (let i = 0; i < tokens.length; i++) {
    for (let j = Math.min(tokens.length - 1, i + gazetteer.maxTokens); j >= i; j--) {
      const surface = doc.text.slice(tokens[i]!.start, tokens[j]!.end);
      const names = gazetteer.bySurface.get(surface);
      const name = names?.find((n) => actorKindOf(n) !== null);
      if (!name) continue;
      const after = doc.text[tokens[j]!.end] ?? ' ';
      if (/[\p{L}\p{N}]/u.test(after) && !/\p{Script=Han}/u.test(surface)) continue;
      // A country's name inside a longer name (`Taiwan Strait`, `New Jersey`) is not the country.
      if (!name.node && insideLongerName(doc.text, tokens[i]!.start, tokens[j]!.end)) continue;
      out.push({
        start: tokens[i]!.start,
        end: tokens[j]!.end,
        text: surface,
        kind: actorKindOf(name)!,
        rule: name.node ? 'graph-name' : 'country-name',
        confidence: name.node ? 0.95 : 0.9,
        known: {
          id: name.node?.id,
          country: name.country ?? name.node?.country,
          canonical: name.canonical,
        },
      });
      i = j;
      break;
    }
  }
  // Chinese text has no spaces: look up every substring of a run of Han characters.
  const han = /\p{Script=Han}+/gu;
  const part = doc.text.slice(sentence.start, sentence.end);
  for (let m = han.exec(part); m; m = han.exec(part)) {
    for (let i = 0; i < m[0].length; i++) {
      for (let len = Math.min(16, m[0].length - i); len >= 2; len--) {
        const surface = m[0].slice(i, i + len);
        const name = gazetteer.bySurface.get(surface)?.find((n) => actorKindOf(n) !== null);
        if (!name) continue;
        const start = sentence.start + m.index + i;
        out.push({
          start,
          end: start + len,
          text: surface,
          kind: actorKindOf(name)!,
          rule: 'graph-name',
          confidence: 0.9,
          known: {
            id: name.node?.id,
            country: name.country ?? name.node?.country,
            canonical: name.canonical,
          },
        });
        i += len - 1;
        break;
      }
    }
  }
  return out;
}

function placeByContext(text: string, whole: RunPart, sentence: Span): Mention | null {
  // `Chipmaker Acme said`: a descriptor opening the sentence is not part of the name.
  const opening = whole.kind ? 0 : openingDescriptor(text.slice(whole.start, whole.end));
  const part: RunPart = opening
    ? { ...whole, start: whole.start + opening, kind: 'COMPANY', rule: 'descriptor-firm' }
    : whole;
  const words = text.slice(part.start, part.end);
  let kind = part.kind;
  let rule = part.rule;
  let confidence = part.confidence;
  // `the lidar maker Acme`, `research firm Acme Group`: the descriptor says what the name is.
  const described = kind === 'PERSON' ? null : descriptorKind(text, part, sentence);
  if (described && (!kind || described.kind === 'ANALYST_FIRM' || kind === 'ORGANIZATION')) {
    kind = described.kind;
    rule = described.rule;
    confidence = 0.7;
  }
  if (!kind) {
    const after = text.slice(part.end, Math.min(sentence.end, part.end + 200));
    const before = text.slice(Math.max(sentence.start, part.start - 30), part.start);
    const count = words.split(/\s+/).length;
    const isAcronym = /^[\p{Lu}\p{N}&-]{2,8}$/u.test(words);
    if (isAcronym) return null;
    const relative = relativeClauseSpeaker(after);
    if (/^\s+reported\b[^.,]{0,30},\s+citing\b/.test(after) && count <= 4) {
      // `X reported on Monday, citing people familiar with the matter`: X is a news outlet.
      kind = 'MEDIA_OUTLET';
      rule = 'reported-citing';
      confidence = 0.6;
    } else if (relative && (relative === 'PERSON' ? count >= 2 && count <= 3 : count <= 5)) {
      // `Jo Bard, who leads the review, said`; `Acme Optics, which supplies carmakers, said`.
      kind = relative === 'PERSON' ? 'PERSON' : 'ORGANIZATION';
      rule = 'relative-clause-speaker';
      confidence = 0.6;
    } else if (APPOSITION_ROLE.test(after) && count >= 2 && count <= 3) {
      kind = 'PERSON';
      rule = 'apposition-role';
      confidence = 0.6;
    } else if (SPEAKER_AFTER.test(after) || /(?:said|says|added|noted)\s+$/.test(before)) {
      if (count < 2 || count > 3) return null;
      kind = 'PERSON';
      rule = 'speaker-context';
      confidence = 0.6;
    } else if (REPORT_BY.test(text.slice(Math.max(sentence.start, part.start - 60), part.start))) {
      // `according to a report by X`, `according to data from X`: the author of the report.
      kind = 'ORGANIZATION';
      rule = 'according-to-report';
      confidence = 0.5;
    } else if (SPEAKER_BEFORE.test(before) && /according to\s+$/.test(before)) {
      kind = count >= 2 && count <= 3 ? 'PERSON' : 'ORGANIZATION';
      rule = 'according-to';
      confidence = 0.5;
    } else {
      return null;
    }
  }
  // A title the classifier did not split off (`President Xi` found by context) is not the name.
  const title = kind === 'PERSON' ? TITLES.find((t) => words.startsWith(`${t} `)) : undefined;
  const start = part.start + (title ? title.length + 1 : 0);
  const mention: Mention = {
    start,
    end: part.end,
    text: text.slice(start, part.end),
    kind,
    rule,
    confidence,
  };
  if (part.title) mention.title = part.title;
  return mention;
}

/** `Biden administration` (a government), `Zimbabwean government`, `Xinjiang authorities`. */
function lowerCaseHeads(text: string, sentence: Span): Mention[] {
  const out: Mention[] = [];
  const re =
    /(?<![\p{L}\p{N}])(\p{Lu}[\p{L}]+(?:-\p{Lu}[\p{L}]+)?) (administration|government|authorities)\b/gu;
  const part = text.slice(sentence.start, sentence.end);
  for (let m = re.exec(part); m; m = re.exec(part)) {
    if (/^(?:The|This|That|His|Her|Its|Their|Our|Your|Each|Every|Any|No|Another)$/.test(m[1]!))
      continue;
    const start = sentence.start + m.index;
    const kind: ActorKind = m[2] === 'authorities' ? 'GOVERNMENT' : 'GOVERNMENT';
    out.push({
      start,
      end: start + m[0].length,
      text: m[0],
      kind,
      rule: `${m[2]}-head`,
      confidence: 0.8,
    });
  }
  // `the Chinese embassy in Washington`: a country's mission abroad, an agency.
  const mission =
    /(?<![\p{L}\p{N}])\p{Lu}[\p{L}]+ (?:embassy|consulate|mission)(?: in (?:\p{Lu}[\p{L}]+ )*\p{Lu}[\p{L}]+)?/gu;
  for (let m = mission.exec(part); m; m = mission.exec(part)) {
    if (/^(?:The|This|That|Its|Their|Our|Your)\b/.test(m[0])) continue;
    const start = sentence.start + m.index;
    out.push({
      start,
      end: start + m[0].length,
      text: m[0],
      kind: 'AGENCY',
      rule: 'mission-head',
      confidence: 0.7,
    });
  }
  return out;
}

/**
 * A headline capitalises every word (`… Actions to Protect Coastal Workers`): an organisation read
 * from its capitals alone is a name only when the body writes it too (a run of no kind is left
 * to the context rules, as elsewhere).
 */
function headlineOnly(doc: DraftDoc, part: RunPart): boolean {
  const title = doc.meta.titleSpan;
  if (!title || part.start < title.start || part.end > title.end) return false;
  if (part.kind === 'PERSON' || part.rule === 'org-lexicon' || part.rule === 'institution')
    return false;
  const words = doc.text.slice(part.start, part.end);
  return !doc.text.slice(title.end).includes(words);
}

function keepLongest(mentions: Mention[]): Mention[] {
  const sorted = [...mentions].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || b.confidence - a.confidence,
  );
  const kept: Mention[] = [];
  for (const m of sorted) {
    if (kept.some((k) => k.start < m.end && m.start < k.end)) continue;
    kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * Runs no rule placed, listed next to a placed mention (`Amazon, Microsoft and …`: Microsoft is a
 * company, so Amazon is one), take its kind; a run that starts with a company's name and adds a word
 * or two (`Alibaba Cloud`) is that company's business unit.
 */
function byNeighbours(text: string, unplaced: Span[], found: Mention[]): Mention[] {
  const out: Mention[] = [];
  const placed = [...found].sort((a, b) => a.start - b.start);
  const companies = new Set(found.filter((m) => m.kind === 'COMPANY').map((m) => m.text));
  for (const run of unplaced) {
    const words = text.slice(run.start, run.end);
    const count = words.split(/\s+/).length;
    if (count > 4 || /^[\p{Lu}\p{N}&-]{2,8}$/u.test(words)) continue;
    if (/s$/.test(words) && !companies.has(words.split(/\s+/)[0]!)) continue; // `Labor Leaders`, `Businesses`
    const first = words.split(/\s+/)[0]!;
    if (count >= 2 && companies.has(first)) {
      out.push({
        start: run.start,
        end: run.end,
        text: words,
        kind: 'BUSINESS_UNIT',
        rule: 'company-unit',
        confidence: 0.6,
      });
      continue;
    }
    const next = placed.find((m) => m.start >= run.end);
    const prev = [...placed].reverse().find((m) => m.end <= run.start);
    const joins = (between: string): boolean => /^(?:,\s+|,?\s+and\s+|,?\s+or\s+)$/.test(between);
    const neighbour =
      next && joins(text.slice(run.end, next.start))
        ? next
        : prev && joins(text.slice(prev.end, run.start))
          ? prev
          : undefined;
    if (
      !neighbour ||
      neighbour.kind === 'PERSON' ||
      neighbour.kind === 'COUNTRY_OR_BLOC' ||
      neighbour.kind === 'UNNAMED_SOURCE'
    )
      continue;
    out.push({
      start: run.start,
      end: run.end,
      text: words,
      kind: neighbour.kind,
      rule: 'listed-with',
      confidence: 0.5,
    });
  }
  // A unit's company named alone later (`Alibaba, Tencent`) is found by the listed-with rule.
  return out;
}

/** True when capitalised words run on before or after `[start, end)` (`New Jersey`, `Taiwan Strait`). */
function insideLongerName(text: string, start: number, end: number): boolean {
  const before = /(?:^|[^\p{L}])(\p{Lu}[\p{L}]+) $/u.exec(
    text.slice(Math.max(0, start - 30), start),
  );
  const after = /^ (\p{Lu}[\p{L}]+)/u.exec(text.slice(end, end + 30));
  // `New` starts sentences but also names (`New Jersey`): before a country's name it is part of one.
  const starter = (word: string | undefined, side: 'before' | 'after'): boolean =>
    !word ||
    (SENTENCE_STARTERS.has(word) && !(side === 'before' && word === 'New')) ||
    TITLES.includes(word);
  return (
    (before !== null && !starter(before[1], 'before')) ||
    (after !== null && !starter(after[1], 'after') && !/^(?:And|Or)$/.test(after[1]!))
  );
}
