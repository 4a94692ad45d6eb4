/**
 * Turns the quotes of an entry into evidence records (offsets located in the document text),
 * reporting QUOTE_NOT_FOUND and QUOTE_AMBIGUOUS in the entry's field.
 */
import { locateQuote } from './locate-quotes.ts';
import type { ProblemList } from './problems.ts';
import type { EvidenceInput } from './relationship-specs.ts';
import { evidenceKey, type EvidenceRecord } from './types.ts';

/** Property values as built, before absent ones are dropped. */
export type Props = Record<string, string | string[] | null | undefined>;

/** Drops null and undefined values: absent properties are not written. */
export function defined<T extends Props>(props: T): Record<string, string | string[]> {
  return Object.fromEntries(
    Object.entries(props).filter(([, value]) => value !== null && value !== undefined),
  ) as Record<string, string | string[]>;
}

/** Locates evidence inputs in `text`, reporting quotes that are missing or ambiguous; deduplicated by offsets. */
export function makeLocator(text: string, documentId: string, problems: ProblemList) {
  return (entry: string, inputs: readonly EvidenceInput[]): EvidenceRecord[] => {
    const found = new Map<string, EvidenceRecord>();
    for (const { evidence, field } of inputs) {
      const quote = typeof evidence === 'string' ? evidence : evidence.quote;
      const occurrence = typeof evidence === 'string' ? undefined : evidence.occurrence;
      const location = locateQuote(text, quote, occurrence);
      if (!location.ok) {
        problems.add(location.code, entry, field, location.message);
        continue;
      }
      const record = { documentId, quote, start: location.start, end: location.end };
      found.set(evidenceKey(record), record);
    }
    return [...found.values()];
  };
}
