/**
 * Splitting a document's text around a quoted span, for highlighting evidence. Offsets are UTF-16
 * code units (JavaScript string indices), as the data model defines them.
 */

/** The text before, inside and after `[start, end)`. */
export interface SplitText {
  before: string;
  span: string;
  after: string;
}

/**
 * `text` split at `[start, end)`, or null when the span is empty or falls outside the text.
 */
export function splitAtSpan(text: string, start: number, end: number): SplitText | null {
  if (
    !Number.isInteger(start) ||
    !Number.isInteger(end) ||
    start < 0 ||
    end <= start ||
    end > text.length
  )
    return null;
  return { before: text.slice(0, start), span: text.slice(start, end), after: text.slice(end) };
}
