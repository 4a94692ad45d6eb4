/**
 * Turns a drafted document into a seed file (the object `npm run seed` reads, docs/seed-format.md)
 * and its sidecar (confidence, rule and link candidates of every entry). Linked actors take the
 * existing node's id, name and kind so the loader adds evidence to that node and changes nothing
 * else of it.
 */
import type { DraftDoc } from './document.ts';
import { IdMaker, quoteOf, type SeedQuote } from './emit-ids.ts';
import type { Candidate } from './link.ts';

/** The seed file's object, ready for YAML. */
export type SeedObject = Record<string, unknown>;

/** What the sidecar says of one drafted entry. */
export interface SidecarEntry {
  id: string;
  section: 'actors' | 'items' | 'statements' | 'measures' | 'relationships' | 'document';
  confidence: number;
  rule: string;
  candidates?: Candidate[];
  chosen?: string | null;
  /** True for a statement the graph already holds from this document (loaded before). */
  alreadyInGraph?: boolean;
}

/** The seed object and sidecar of a drafted document. */
export interface Emitted {
  seed: SeedObject;
  sidecar: { document: string; notes: string[]; entries: SidecarEntry[] };
}

/**
 * Builds the seed object and sidecar. `takenIds`: ids of the graph's nodes (never reused for new
 * ones); `knownQuotes`: quotes the graph already holds for this document (marked in the sidecar).
 */
export function emitSeed(
  doc: DraftDoc,
  candidates: Map<number, Candidate[]>,
  textFile: string,
  takenIds: ReadonlySet<string>,
  knownQuotes: ReadonlySet<string> = new Set(),
): Emitted {
  const text = doc.text;
  const q = (span: { start: number; end: number }): SeedQuote => quoteOf(text, span);
  const entries: SidecarEntry[] = [];
  const ids = new IdMaker(takenIds);
  const docId = ids.reserve(doc.meta.id);
  const actorIds = new Map<number, string>();
  const actors: SeedObject[] = [];
  doc.entities.forEach((e, index) => {
    const id = e.linkedId ? ids.reserve(e.linkedId) : ids.make(e.name);
    actorIds.set(index, id);
    const texts = [...new Set(e.mentions.map((m) => doc.mentions[m]!.text))];
    const evidence: SeedQuote[] = [];
    const seen = new Set<string>();
    for (const m of e.mentions) {
      const mention = doc.mentions[m]!;
      if (seen.has(mention.text)) continue;
      seen.add(mention.text);
      evidence.push(q(mention));
      if (evidence.length === 3) break;
    }
    const aliases = texts.filter((t) => t !== e.name);
    actors.push({
      id,
      kind: e.kind,
      name: e.name,
      ...(aliases.length > 0 ? { aliases } : {}),
      ...(e.country && !e.linkedId ? { country: e.country } : {}),
      evidence,
    });
    entries.push({
      id,
      section: 'actors',
      confidence: e.confidence,
      rule: e.rule,
      candidates: candidates.get(index) ?? [],
      chosen: e.linkedId ?? null,
    });
  });

  const reports = new Map<number, { id: string; evidence: SeedQuote[] }>();
  const relationships: SeedObject[] = [];
  const statements = doc.statements.map((s) => {
    const speakerName = doc.entities[s.speaker]!.name;
    const id = ids.make(
      `${speakerName} ${text.slice(s.quote.start, s.quote.end).split(/\s+/).slice(0, 6).join(' ')}`,
    );
    const quote = q(s.quote);
    const inGraph = knownQuotes.has(text.slice(s.quote.start, s.quote.end));
    entries.push({
      id,
      section: 'statements',
      confidence: s.confidence,
      rule: s.rule,
      ...(inGraph ? { alreadyInGraph: true } : {}),
    });
    let reportedIn: string[] | undefined;
    if (s.reportedBy !== undefined && s.evidence[0]) {
      const evidence = [q(s.evidence[0])];
      let report = reports.get(s.reportedBy);
      if (!report) {
        report = { id: ids.make(`${doc.entities[s.reportedBy]!.name} report`), evidence };
        reports.set(s.reportedBy, report);
        relationships.push({ from: docId, type: 'RELAYS', to: report.id, evidence });
      }
      if (doc.entities[s.speaker]!.kind === 'UNNAMED_SOURCE') {
        relationships.push({
          from: report.id,
          type: 'CITES',
          to: actorIds.get(s.speaker),
          evidence,
        });
      }
      reportedIn = [report.id];
    }
    return {
      id,
      speaker: actorIds.get(s.speaker),
      form: s.form,
      ...(typeof quote === 'string'
        ? { quote }
        : { quote: quote.quote, occurrence: quote.occurrence }),
      ...(s.saidTo !== undefined && s.saidTo !== s.speaker
        ? { saidTo: actorIds.get(s.saidTo) }
        : {}),
      ...(reportedIn ? { reportedIn } : {}),
      ...(s.evidence.length > 0 ? { evidence: s.evidence.map(q) } : {}),
    };
  });
  const documents = [...reports].map(([outlet, report]) => ({
    id: report.id,
    title: `${doc.entities[outlet]!.name} report relayed by ${doc.meta.title ?? docId}`,
    documentType: 'ARTICLE',
    publishedOn: null,
    outlet: { id: actorIds.get(outlet), evidence: report.evidence },
    evidence: report.evidence,
  }));

  for (const r of doc.roles) {
    relationships.push({
      from: actorIds.get(r.person),
      type: 'HOLDS_ROLE',
      role: r.role,
      to: actorIds.get(r.organisation),
      evidence: [q(r.evidence)],
    });
    entries.push({
      id: `${actorIds.get(r.person)} HOLDS_ROLE ${actorIds.get(r.organisation)}`,
      section: 'relationships',
      confidence: r.confidence,
      rule: r.rule,
    });
  }
  const itemIds = new Map<number, string>();
  const items = doc.items.map((item, index) => {
    const id = item.linkedId ? ids.reserve(item.linkedId) : ids.make(item.name);
    itemIds.set(index, id);
    entries.push({ id, section: 'items', confidence: item.confidence, rule: item.rule });
    const words = text.slice(item.span.start, item.span.end);
    return {
      id,
      name: item.name,
      itemType: item.itemType,
      ...(words !== item.name ? { aliases: [words] } : {}),
      evidence: [q(item.span)],
    };
  });
  const published = doc.meta.publishedOn;
  const measures = doc.measures.map((m) => {
    const id = ids.make(m.name);
    let status = m.status;
    if (status === 'IN_EFFECT' && m.effectiveOn && published && m.effectiveOn > published)
      status = 'ANNOUNCED';
    entries.push({ id, section: 'measures', confidence: m.confidence, rule: m.rule });
    if (m.issuer !== undefined) {
      const type =
        status === 'UNDER_CONSIDERATION'
          ? 'CONSIDERED_BY'
          : status === 'PROPOSED'
            ? 'PROPOSED_BY'
            : 'ISSUED_BY';
      relationships.push({ from: id, type, to: actorIds.get(m.issuer), evidence: [q(m.evidence)] });
    }
    for (const s of m.scope) {
      const to = s.type === 'COVERS' ? itemIds.get(s.to) : actorIds.get(s.to);
      relationships.push({ from: id, type: s.type, to, evidence: [q(s.evidence)] });
      entries.push({
        id: `${id} ${s.type} ${to}`,
        section: 'relationships',
        confidence: s.confidence,
        rule: s.rule,
      });
    }
    if (published && status !== 'UNKNOWN') {
      relationships.push({
        from: docId,
        type: 'REPORTS_STATUS',
        status,
        asOf: published,
        to: id,
        evidence: [q(m.evidence)],
      });
    }
    return {
      id,
      name: m.name,
      measureTypes: m.types,
      status,
      ...(m.announcedOn ? { announcedOn: m.announcedOn } : {}),
      ...(m.effectiveOn ? { effectiveOn: m.effectiveOn } : {}),
      evidence: [q(m.evidence)],
    };
  });

  const meta = doc.meta;
  const document: SeedObject = {
    id: docId,
    title: meta.title ?? docId,
    documentType: meta.documentType,
    ...(published ? { publishedOn: published } : {}),
    ...(meta.dateline ? { dateline: text.slice(meta.dateline.start, meta.dateline.end) } : {}),
    ...(meta.language ? { language: meta.language } : {}),
    ...(meta.url ? { url: meta.url } : {}),
    textFile,
    ...(meta.titleSpan ? { evidence: [q(meta.titleSpan)] } : {}),
  };
  const outlet = outletOf(doc, actorIds);
  if (outlet) document.outlet = outlet;
  entries.push({ id: docId, section: 'document', confidence: 1, rule: 'metadata' });
  const seed: SeedObject = { document };
  if (documents.length > 0) seed.documents = documents;
  if (actors.length > 0) seed.actors = actors;
  if (items.length > 0) seed.items = items;
  if (measures.length > 0) seed.measures = measures;
  if (statements.length > 0) seed.statements = statements;
  if (relationships.length > 0) seed.relationships = mergeRelationships(relationships);
  return { seed, sidecar: { document: docId, notes: doc.notes, entries } };
}

/** The outlet as a link with its own evidence, when the text names it and an actor was drafted for it. */
function outletOf(doc: DraftDoc, actorIds: Map<number, string>): SeedObject | null {
  const name = doc.meta.outlet;
  if (!name) return null;
  const index = doc.entities.findIndex(
    (e) => e.name === name || e.mentions.some((m) => doc.mentions[m]!.text === name),
  );
  if (index < 0) {
    doc.notes.push(
      `outlet "${name}" is not named in the text, so the draft cannot cite it: add it by hand`,
    );
    return null;
  }
  const mention = doc.mentions[doc.entities[index]!.mentions[0]!]!;
  return { id: actorIds.get(index), evidence: [quoteOf(doc.text, doc.meta.outletSpan ?? mention)] };
}

/**
 * One relationship per `from`, `type` and `to` (the loader refuses a relationship stated twice):
 * later statements of it add their evidence to the first.
 */
function mergeRelationships(relationships: SeedObject[]): SeedObject[] {
  const byKey = new Map<string, SeedObject>();
  for (const r of relationships) {
    const k = `${String(r.from)}|${String(r.type)}|${String(r.to)}`;
    const first = byKey.get(k);
    if (!first) {
      byKey.set(k, { ...r, evidence: [...(r.evidence as SeedQuote[])] });
      continue;
    }
    const evidence = first.evidence as SeedQuote[];
    for (const e of r.evidence as SeedQuote[]) {
      if (!evidence.some((x) => JSON.stringify(x) === JSON.stringify(e))) evidence.push(e);
    }
  }
  return [...byKey.values()];
}
