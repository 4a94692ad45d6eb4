/**
 * Scores a drafted document against gold as the corpus README says. Actors: found (a drafted actor
 * whose name or a mention is a name or mention of a gold actor, one to one), kind right (gold
 * ORGANIZATION accepts the project's finer organisation kinds), linked to the right existing node.
 * Statements: the speaker right and the drafted quote covering at least half of the gold quote,
 * which is at least a third of the drafted one; then form and said-to. Measures: the drafted
 * evidence overlapping the gold evidence; then issuer and date.
 */
import type { DraftDoc, Span } from '../document.ts';
import { key, type Gazetteer } from '../gazetteer.ts';
import type { Gold, GoldActor } from './gold.ts';

/** True and false positives and false negatives of one measure. */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
/** Every measure the evaluation reports, and the misses in context. */
export interface DocScore {
  counts: Record<string, Counts>;
  misses: string[];
}

const ORG_FAMILY = new Set([
  'ORGANIZATION',
  'INDUSTRY_ASSOCIATION',
  'ANALYST_FIRM',
  'BUSINESS_UNIT',
  'UNNAMED_SOURCE',
]);
const strip = (s: string): string =>
  s
    .replace(/^the\s+/i, '')
    .replace(/[’']s$/, '')
    .trim()
    // A name capitalised as a label (`People familiar with the matter`) is the text's `people …`.
    .replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase());

function kindRight(gold: string, drafted: string): boolean {
  return gold === drafted || (gold === 'ORGANIZATION' && ORG_FAMILY.has(drafted));
}

function surfacesOfGold(a: GoldActor): Set<string> {
  return new Set([a.name, ...a.mentions].map(strip));
}

function surfacesOfEntity(doc: DraftDoc, e: number): Set<string> {
  const entity = doc.entities[e]!;
  return new Set([entity.name, ...entity.mentions.map((m) => doc.mentions[m]!.text)].map(strip));
}

function intersects(a: Set<string>, b: Set<string>): boolean {
  for (const x of a) if (b.has(x)) return true;
  return false;
}

function locate(text: string, quote: string, near?: Span): Span | null {
  const starts: number[] = [];
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) starts.push(at);
  if (starts.length === 0) return null;
  const start = near
    ? starts.reduce((best, s) =>
        Math.abs(s - near.start) < Math.abs(best - near.start) ? s : best,
      )
    : starts[0]!;
  return { start, end: start + quote.length };
}

function overlap(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

const context = (text: string, span: Span): string =>
  JSON.stringify(
    text.slice(span.start, Math.min(span.end, span.start + 110)) +
      (span.end - span.start > 110 ? '…' : ''),
  );

/** Scores `doc` against `gold`; `gazetteer` is the graph used for linking (for the linked score). */
export function scoreDocument(doc: DraftDoc, gold: Gold, gazetteer: Gazetteer): DocScore {
  const c = (): Counts => ({ tp: 0, fp: 0, fn: 0 });
  const counts: Record<string, Counts> = {
    'actors found': c(),
    'actors kind': c(),
    'actors linked': c(),
    'statements found': c(),
    'statements form': c(),
    'statements said-to': c(),
    'measures found': c(),
    'measures issuer': c(),
    'measures date': c(),
  };
  const misses: string[] = [];
  const text = doc.text;

  // Actors, one to one, gold order.
  const goldToEntity = new Map<number, number>();
  const usedEntities = new Set<number>();
  gold.actors.forEach((a, gi) => {
    const surfaces = surfacesOfGold(a);
    const e = doc.entities.findIndex(
      (_, ei) => !usedEntities.has(ei) && intersects(surfaces, surfacesOfEntity(doc, ei)),
    );
    if (e >= 0) {
      goldToEntity.set(gi, e);
      usedEntities.add(e);
    }
  });
  const entityToGold = new Map([...goldToEntity].map(([g, e]) => [e, g]));
  counts['actors found'] = {
    tp: goldToEntity.size,
    fp: doc.entities.length - goldToEntity.size,
    fn: gold.actors.length - goldToEntity.size,
  };
  let kindTp = 0;
  gold.actors.forEach((a, gi) => {
    const e = goldToEntity.get(gi);
    if (e === undefined) misses.push(`actor missed: ${a.name} (${a.kind})`);
    else if (kindRight(a.kind, doc.entities[e]!.kind)) kindTp++;
    else misses.push(`actor kind: ${a.name} is ${a.kind}, drafted ${doc.entities[e]!.kind}`);
  });
  counts['actors kind'] = {
    tp: kindTp,
    fp: doc.entities.length - kindTp,
    fn: gold.actors.length - kindTp,
  };
  doc.entities.forEach((e, ei) => {
    if (!entityToGold.has(ei))
      misses.push(
        `actor extra: ${e.name} (${e.kind}) at ${context(text, doc.mentions[e.mentions[0]!]!)}`,
      );
  });
  // Linked: gold actors whose name or a mention names an existing node: its name or an alias
  // written the same (case aside), else the same loose key (a key can be empty: `U.S.`).
  const named = (surface: string) =>
    gazetteer.nodes.filter((n) =>
      [n.name, ...n.aliases].some((x) => x.toLowerCase() === surface.toLowerCase()),
    );
  gold.actors.forEach((a, gi) => {
    const expected = [a.name, ...a.mentions]
      .flatMap((s) => [...named(s), ...(key(s) ? (gazetteer.byKey.get(key(s)) ?? []) : [])])
      .find((n) => n.kind !== 'DOCUMENT' && n.kind !== 'MEASURE');
    const e = goldToEntity.get(gi);
    const linked = e === undefined ? undefined : doc.entities[e]!.linkedId;
    if (expected && linked === expected.id) counts['actors linked']!.tp++;
    else {
      if (expected) {
        counts['actors linked']!.fn++;
        misses.push(
          `link missed: ${a.name} → ${expected.id}${linked ? ` (drafted ${linked})` : ''}`,
        );
      }
      if (linked) {
        counts['actors linked']!.fp++;
        misses.push(`link wrong: ${a.name} drafted as ${linked}`);
      }
    }
  });
  doc.entities.forEach((e, ei) => {
    if (e.linkedId && !entityToGold.has(ei)) {
      counts['actors linked']!.fp++;
      misses.push(`link extra: ${e.name}, not an actor of the gold, drafted as ${e.linkedId}`);
    }
  });

  // Statements.
  const goldActorByName = new Map(gold.actors.map((a) => [a.name, a]));
  const speakerRight = (goldName: string | null, entity: number | undefined): boolean => {
    if (goldName === null || entity === undefined) return goldName === null && entity === undefined;
    const a = goldActorByName.get(goldName);
    return intersects(
      a ? surfacesOfGold(a) : new Set([strip(goldName)]),
      surfacesOfEntity(doc, entity),
    );
  };
  const usedStatements = new Set<number>();
  let formTp = 0;
  let toTp = 0;
  for (const g of gold.statements) {
    const idx = doc.statements.findIndex((s, si) => {
      if (usedStatements.has(si) || !speakerRight(g.speaker, s.speaker)) return false;
      const span = locate(text, g.quote, s.quote);
      if (!span) return false;
      const o = overlap(span, s.quote);
      return (
        o >= (span.end - span.start) / 2 &&
        span.end - span.start >= (s.quote.end - s.quote.start) / 3
      );
    });
    const where = locate(text, g.quote);
    if (idx < 0) {
      misses.push(
        `statement missed: ${g.speaker} (${g.form}) ${where ? context(text, where) : JSON.stringify(g.quote.slice(0, 100))}`,
      );
      continue;
    }
    usedStatements.add(idx);
    const s = doc.statements[idx]!;
    if ((g.form === 'QUOTE') === (s.form === 'DIRECT_QUOTE')) formTp++;
    else
      misses.push(
        `statement form: ${g.speaker} ${g.form}, drafted ${s.form}: ${context(text, s.quote)}`,
      );
    if (speakerRight(g.said_to, s.saidTo)) toTp++;
    else
      misses.push(
        `statement said-to: ${g.speaker} to ${g.said_to}, drafted ${s.saidTo === undefined ? 'none' : doc.entities[s.saidTo]!.name}`,
      );
  }
  doc.statements.forEach((s, si) => {
    if (!usedStatements.has(si))
      misses.push(
        `statement extra: ${doc.entities[s.speaker]!.name} (${s.rule}) ${context(text, s.quote)}`,
      );
  });
  const found = usedStatements.size;
  counts['statements found'] = {
    tp: found,
    fp: doc.statements.length - found,
    fn: gold.statements.length - found,
  };
  counts['statements form'] = {
    tp: formTp,
    fp: doc.statements.length - formTp,
    fn: gold.statements.length - formTp,
  };
  counts['statements said-to'] = {
    tp: toTp,
    fp: doc.statements.length - toTp,
    fn: gold.statements.length - toTp,
  };

  // Measures.
  const usedMeasures = new Set<number>();
  const goldOf = new Map<number, number>();
  let issuerTp = 0;
  let dateTp = 0;
  for (const g of gold.measures) {
    const span = locate(text, g.evidence);
    const idx = span
      ? doc.measures.findIndex((m, mi) => !usedMeasures.has(mi) && overlap(span, m.evidence) > 0)
      : -1;
    if (idx < 0) {
      misses.push(`measure missed: ${g.name} ${span ? context(text, span) : ''}`);
      continue;
    }
    usedMeasures.add(idx);
    goldOf.set(idx, gold.measures.indexOf(g));
    const m = doc.measures[idx]!;
    if (speakerRight(g.issued_by, m.issuer)) issuerTp++;
    else
      misses.push(
        `measure issuer: ${g.name}: ${g.issued_by}, drafted ${m.issuer === undefined ? 'none' : doc.entities[m.issuer]!.name}`,
      );
    const drafted = m.announcedOn ?? m.effectiveOn ?? null;
    if (drafted === g.date) dateTp++;
    else misses.push(`measure date: ${g.name}: ${g.date}, drafted ${drafted}`);
  }
  doc.measures.forEach((m, mi) => {
    if (!usedMeasures.has(mi)) misses.push(`measure extra: ${m.name} ${context(text, m.evidence)}`);
  });
  const mf = usedMeasures.size;
  counts['measures found'] = {
    tp: mf,
    fp: doc.measures.length - mf,
    fn: gold.measures.length - mf,
  };
  counts['measures issuer'] = {
    tp: issuerTp,
    fp: doc.measures.length - issuerTp,
    fn: gold.measures.length - issuerTp,
  };
  counts['measures date'] = {
    tp: dateTp,
    fp: doc.measures.length - dateTp,
    fn: gold.measures.length - dateTp,
  };
  if (gold.scope) scoreScope(doc, gold, goldOf, counts, misses);
  return { counts, misses };
}

/**
 * (measure, item) pairs of `COVERS` and (measure, actor) pairs of `APPLIES_TO`/`TARGETS` (scored
 * together as `applies/targets`): a drafted pair is right when its measure was matched to the gold
 * measure of a gold pair and the item's or actor's name is one of that pair's names (one to one).
 */
function scoreScope(
  doc: DraftDoc,
  gold: Gold,
  goldOf: Map<number, number>,
  counts: Record<string, Counts>,
  misses: string[],
): void {
  for (const [type, label] of [
    ['COVERS', 'measures covers'],
    ['ACTOR', 'measures applies/targets'],
  ] as const) {
    const pairs = gold.scope!.filter((p) => p.type === type);
    const used = new Set<number>();
    let tp = 0;
    let drafted = 0;
    doc.measures.forEach((m, mi) => {
      for (const s of m.scope) {
        if ((s.type === 'COVERS') !== (type === 'COVERS')) continue;
        drafted++;
        const names =
          s.type === 'COVERS'
            ? new Set([doc.items[s.to]!.name, slice(doc.text, doc.items[s.to]!.span)].map(key))
            : new Set([...surfacesOfEntity(doc, s.to)].map(key));
        const hit = pairs.findIndex(
          (p, pi) =>
            !used.has(pi) && p.measure === goldOf.get(mi) && p.names.some((n) => names.has(key(n))),
        );
        const to = s.type === 'COVERS' ? doc.items[s.to]!.name : doc.entities[s.to]!.name;
        if (hit >= 0) {
          used.add(hit);
          tp++;
        } else misses.push(`${label} extra: ${m.name} ${s.type} ${to}`);
      }
    });
    pairs.forEach((p, pi) => {
      if (!used.has(pi))
        misses.push(`${label} missed: ${gold.measures[p.measure]!.name} → ${p.names[0]}`);
    });
    counts[label] = { tp, fp: drafted - tp, fn: pairs.length - tp };
  }
}

function slice(text: string, span: Span): string {
  return text.slice(span.start, span.end);
}
