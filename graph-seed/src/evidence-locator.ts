/**
 * Turns the quotes of an entry into evidence records (offsets located in the document text),
 * reporting QUOTE_NOT_FOUND and QUOTE_AMBIGUOUS in the entry's field.
 */
import { locateQuote } from './locate-quotes.ts';
import type { ProblemList } from './problems.ts';
import type { EvidenceInput } from './relationship-specs.ts';
import { evidenceKey, type EvidenceRecord } from '@policygraph/model';

/** Property values as built, before absent ones are dropped. */
export type Props = Record<string, string | string[] | null | undefined>;

/** Drops null and undefined values: absent properties are not written. */
export function defined<T extends Props>(props: T): Record<string, string | string[]> {
  return Object.fromEntries(
    Object.entries(props).filter(([, value]) => value !== null && value !== undefined),
  ) as Record<string, string | string[]>;
}

/** Locates an entry's evidence inputs; `failed` holds the entries with a quote that could not be placed. */
export interface Locator {
  (entry: string, inputs: readonly EvidenceInput[]): EvidenceRecord[];
  failed: Set<string>;
}

/**
 * Locates evidence inputs in `text`, reporting quotes that are missing, ambiguous or split a
 * character; deduplicated by offsets.
 */
export function makeLocator(text: string, documentId: string, problems: ProblemList): Locator {
  const failed = new Set<string>();
  const locate = (entry: string, inputs: readonly EvidenceInput[]): EvidenceRecord[] => {
    const found = new Map<string, EvidenceRecord>();
    for (const { evidence, field } of inputs) {
      const quote = typeof evidence === 'string' ? evidence : evidence.quote;
      const occurrence = typeof evidence === 'string' ? undefined : evidence.occurrence;
      const location = locateQuote(text, quote, occurrence);
      if (!location.ok) {
        problems.add(location.code, entry, field, location.message);
        failed.add(entry);
        continue;
      }
      const record = { documentId, quote, start: location.start, end: location.end };
      found.set(evidenceKey(record), record);
    }
    return [...found.values()];
  };
  return Object.assign(locate, { failed });
}
