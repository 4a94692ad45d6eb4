/**
 * The document object the drafting pipeline works on. Each stage reads what earlier stages added and
 * adds its own layer. Every span is `[start, end)` in UTF-16 code units of `text`, the original text
 * unchanged, so that `text.slice(start, end)` is always the words the entry stands for.
 */
import type { ActorKind } from '@policygraph/model';

/** A range of the original text, `[start, end)` in UTF-16 code units. */
export interface Span {
  start: number;
  end: number;
}

/** A paragraph (a run of non-blank lines); `furniture` when it is page furniture (credits, links). */
export interface Paragraph extends Span {
  index: number;
  furniture: boolean;
  /** A transcript turn's speaker label (`MR. SULLIVAN`, `Q`), when the paragraph starts one. */
  turnLabel?: Span;
}

/** A sentence inside one paragraph. */
export interface Sentence extends Span {
  paragraph: number;
}

/** A word or punctuation token. */
export interface Token extends Span {
  text: string;
}

/** A name or a phrase that refers to an actor. `entity` is the index in `DraftDoc.entities`. */
export interface Mention extends Span {
  text: string;
  kind: ActorKind;
  rule: string;
  confidence: number;
  entity?: number;
  /** The title written before a person's name (`President`, `Under Secretary`). */
  title?: string;
  /** The graph node or country the gazetteer matched. */
  known?: { id?: string; country?: string; canonical: string };
}

/** One actor of the document: its mentions, its fullest name, and the graph node it is, if any. */
export interface Entity {
  name: string;
  kind: ActorKind;
  country?: string;
  mentions: number[];
  rule: string;
  confidence: number;
  /** The id of the existing graph node this entity is, when linking chose one. */
  linkedId?: string;
}

/** A quotation: `inner` is the quoted words without the marks. `open`/`close` are the marks' offsets. */
export interface Quote {
  inner: Span;
  open: number;
  close: number | null;
  paragraph: number;
}

export type StatementForm = 'DIRECT_QUOTE' | 'PARAPHRASE';

/** Who said what: `quote` is a slice of the text; `evidence` spans show the attribution. */
export interface DraftStatement {
  speaker: number;
  form: StatementForm;
  quote: Span;
  saidTo?: number;
  /** The outlet whose report relays the statement (`X reported, citing Y`). */
  reportedBy?: number;
  evidence: Span[];
  rule: string;
  confidence: number;
}

/** A role a person holds in an organisation (`HOLDS_ROLE`), with the span that says so. */
export interface DraftRole {
  person: number;
  organisation: number;
  role: string;
  evidence: Span;
  rule: string;
  confidence: number;
}

export type MeasureType =
  | 'EXPORT_CONTROL'
  | 'PROPOSED_RULE'
  | 'LICENSING_REQUIREMENT'
  | 'SANCTION'
  | 'LISTING'
  | 'RESTRICTION';
export type MeasureStatus =
  | 'UNDER_CONSIDERATION'
  | 'PROPOSED'
  | 'ANNOUNCED'
  | 'IN_EFFECT'
  | 'SUSPENDED'
  | 'REVOKED'
  | 'UNKNOWN';

/** A policy measure the text reports, with its evidence sentence or clause. */
export interface DraftMeasure {
  name: string;
  types: MeasureType[];
  status: MeasureStatus;
  issuer?: number;
  /** What the measure covers (items), applies to or targets (actors), each with its evidence. */
  scope: MeasureScope[];
  announcedOn?: string;
  effectiveOn?: string;
  evidence: Span;
  rule: string;
  confidence: number;
}

/** An item a measure covers (`gallium metal`, `cloud services`); `linkedId` when the graph has it. */
export interface DraftItem {
  name: string;
  itemType: 'MATERIAL' | 'PRODUCT' | 'SERVICE';
  span: Span;
  linkedId?: string;
  rule: string;
  confidence: number;
}

/**
 * `COVERS` an item (`to` indexes `DraftDoc.items`) or `APPLIES_TO` / `TARGETS` an actor (`to`
 * indexes `DraftDoc.entities`), with the words that say so.
 */
export interface MeasureScope {
  type: 'COVERS' | 'APPLIES_TO' | 'TARGETS';
  to: number;
  evidence: Span;
  rule: string;
  confidence: number;
}

/** What the command line gave or the text said about the document itself. */
export interface DocumentMeta {
  id: string;
  title?: string;
  titleSpan?: Span;
  publishedOn?: string;
  dateline?: Span;
  outlet?: string;
  outletSpan?: Span;
  author?: Span;
  url?: string;
  documentType: 'ARTICLE' | 'REPORT' | 'ANNOUNCEMENT' | 'PRESS_CONFERENCE' | 'DATASET';
  language?: string;
}

/** The document and every layer the stages add. */
export interface DraftDoc {
  text: string;
  meta: DocumentMeta;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  tokens: Token[];
  mentions: Mention[];
  entities: Entity[];
  quotes: Quote[];
  statements: DraftStatement[];
  roles: DraftRole[];
  measures: DraftMeasure[];
  items: DraftItem[];
  notes: string[];
}

/** A fresh document object with no layers yet. */
export function newDoc(text: string, meta: DocumentMeta): DraftDoc {
  return {
    text,
    meta,
    paragraphs: [],
    sentences: [],
    tokens: [],
    mentions: [],
    entities: [],
    quotes: [],
    statements: [],
    roles: [],
    measures: [],
    items: [],
    notes: [],
  };
}

/** The words of a span. */
export function slice(doc: DraftDoc, span: Span): string {
  return doc.text.slice(span.start, span.end);
}

/** The sentence holding offset `at` (or undefined between sentences). */
export function sentenceAt(doc: DraftDoc, at: number): Sentence | undefined {
  return doc.sentences.find((s) => s.start <= at && at < s.end);
}
