/**
 * @policygraph/draft: drafts a new document's extraction (actors, statements, measures, roles) in
 * the seed format from its text, every quote a slice of the text, for a person to review and load
 * with `npm run seed`. docs/extraction.md describes the stages, the rules and the measured quality.
 */
export { draftText, type DraftResult } from './draft.ts';
export { newDoc, type DraftDoc, type DocumentMeta, type Span } from './document.ts';
export { Gazetteer, key, type KnownNode } from './gazetteer.ts';
export { emitSeed, type Emitted, type SidecarEntry } from './emit.ts';
export { linkEntities, LINK_THRESHOLD, type Candidate } from './link.ts';
export { readGraphNodes, readNodesWith } from './read-graph.ts';
export { DraftInputError, MAX_INPUT_BYTES, readInputText } from './read-input.ts';
export {
  draftAndValidate,
  draftFile,
  DraftRefusedError,
  guessLanguage,
  type DraftFlags,
  type DraftedFile,
} from './write-draft.ts';
