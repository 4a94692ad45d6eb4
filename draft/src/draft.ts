/**
 * The drafting pipeline: one document object through small stages, each adding a layer (see
 * document.ts). `draftText` runs them all and returns the document with every layer and the ranked
 * link candidates of each entity.
 */
import { newDoc, type DocumentMeta, type DraftDoc } from './document.ts';
import type { Gazetteer } from './gazetteer.ts';
import { linkEntities, type Candidate } from './link.ts';
import { groupEntities } from './stages/entities.ts';
import { findMeasureScope } from './stages/measure-scope.ts';
import { findMeasures } from './stages/measures.ts';
import { findMentions } from './stages/mentions.ts';
import { readMetadata } from './stages/metadata.ts';
import { findParagraphs } from './stages/paragraphs.ts';
import { findQuotes } from './stages/quotes.ts';
import { findRoles } from './stages/roles.ts';
import { findSentences } from './stages/sentences.ts';
import { findStatements } from './stages/statements.ts';

/** A drafted document and, per entity index, its ranked candidates among the graph's nodes. */
export interface DraftResult {
  doc: DraftDoc;
  candidates: Map<number, Candidate[]>;
}

/** Runs every stage over `text`. `meta` holds what the caller knows (id, flags); the rest is read. */
export function draftText(text: string, meta: DocumentMeta, gazetteer: Gazetteer): DraftResult {
  const doc = newDoc(text, { ...meta });
  findParagraphs(doc);
  readMetadata(doc);
  findSentences(doc);
  findQuotes(doc);
  findMentions(doc, gazetteer);
  groupEntities(doc);
  const candidates = linkEntities(doc, gazetteer);
  findStatements(doc);
  findRoles(doc);
  findMeasures(doc);
  findMeasureScope(doc, gazetteer);
  return { doc, candidates };
}
