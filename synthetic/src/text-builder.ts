/**
 * Builds a document's text piece by piece and hands back the evidence of each piece: the quote and
 * its UTF-16 offsets, so `text.slice(start, end) === quote` holds by construction.
 */
import type { EvidenceRecord } from '@policygraph/model';

/** The text of one document under construction. */
export class TextBuilder {
  private readonly parts: string[] = [];
  private length = 0;

  constructor(readonly documentId: string) {}

  /** Appends `piece`; returns its evidence (a piece must not be empty). */
  add(piece: string): EvidenceRecord {
    const start = this.length;
    this.parts.push(piece);
    this.length += piece.length;
    return { documentId: this.documentId, quote: piece, start, end: this.length };
  }

  /** The current length, to pass to `since` later. */
  mark(): number {
    return this.length;
  }

  /** The evidence of everything appended since `start` (a mark). */
  since(start: number): EvidenceRecord {
    const quote = this.text().slice(start);
    return { documentId: this.documentId, quote, start, end: start + quote.length };
  }

  /** The whole text so far. */
  text(): string {
    if (this.parts.length > 1) {
      const joined = this.parts.join('');
      this.parts.length = 0;
      this.parts.push(joined);
    }
    return this.parts[0] ?? '';
  }
}
