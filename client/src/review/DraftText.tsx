/**
 * The draft's text with every entry's quotes highlighted in its kind's colour (the current entry's
 * outlined and scrolled into view), as the document viewer shows evidence. Selecting text offers
 * what a selection can do: move the current entry's quote there, or add a missed statement or actor.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { spansOf, type ReviewEntry } from './extraction.ts';
import { colourOf, kindLabel, titleOf } from './entryLook.ts';
import { offsetOf, segmentsOf, type KeyedSpan } from './textSegments.ts';

/** What the reviewer can do with selected text. */
export interface SelectionCommands {
  moveQuote: ((start: number, end: number) => void) | null;
  addStatement: (start: number, end: number) => void;
  addActor: (start: number, end: number) => void;
}

/** See the module comment. */
export function DraftText(props: {
  text: string;
  entries: readonly ReviewEntry[];
  cursor: string | null;
  onChoose: (key: string) => void;
  commands: SelectionCommands;
}) {
  const { text, entries, cursor, onChoose, commands } = props;
  const root = useRef<HTMLDivElement | null>(null);
  const current = useRef<HTMLElement | null>(null);
  const [selected, setSelected] = useState<{ start: number; end: number } | null>(null);
  const byKey = useMemo(() => new Map(entries.map((entry) => [entry.key, entry])), [entries]);
  const segments = useMemo(() => {
    const spans: KeyedSpan[] = entries
      .filter((entry) => entry.status !== 'rejected')
      .flatMap((entry) => spansOf(text, entry).map((span) => ({ key: entry.key, ...span })));
    return segmentsOf(text.length, spans);
  }, [text, entries]);

  useLayoutEffect(() => {
    current.current?.scrollIntoView({ block: 'nearest' });
  }, [cursor]);

  useEffect(() => {
    const onSelection = () => {
      const selection = window.getSelection();
      const element = root.current;
      if (!selection || selection.rangeCount === 0 || selection.isCollapsed || !element) {
        setSelected(null);
        return;
      }
      const range = selection.getRangeAt(0);
      const start = offsetOf(element, range.startContainer, range.startOffset);
      const end = offsetOf(element, range.endContainer, range.endOffset);
      setSelected(start !== null && end !== null && end > start ? { start, end } : null);
    };
    document.addEventListener('selectionchange', onSelection);
    return () => document.removeEventListener('selectionchange', onSelection);
  }, []);

  // The current entry's first piece scrolls into view.
  const firstCurrent = cursor
    ? segments.find((segment) => segment.keys.includes(cursor))?.start
    : undefined;
  return (
    <div className="review-text-pane">
      <div className="review-selection" role="toolbar" aria-label="Selected text">
        {selected ? (
          <>
            <span className="review-selection-words" data-testid="review-selection">
              “{text.slice(selected.start, selected.end)}”
            </span>
            <button
              type="button"
              className="btn btn-small"
              disabled={!commands.moveQuote}
              onClick={() => commands.moveQuote?.(selected.start, selected.end)}
            >
              Move the quote here
            </button>
            <button
              type="button"
              className="btn btn-small"
              onClick={() => commands.addStatement(selected.start, selected.end)}
            >
              Add as statement
            </button>
            <button
              type="button"
              className="btn btn-small"
              onClick={() => commands.addActor(selected.start, selected.end)}
            >
              Add as actor
            </button>
          </>
        ) : (
          <span className="panel-note">
            Select words in the text to move a quote or add a missed entry.
          </span>
        )}
      </div>
      <div ref={root} className="doc-text review-text" data-testid="review-text">
        {segments.map((segment) => {
          const words = text.slice(segment.start, segment.end);
          if (segment.keys.length === 0)
            return (
              <span key={segment.start} data-start={segment.start}>
                {words}
              </span>
            );
          const key = cursor && segment.keys.includes(cursor) ? cursor : segment.keys[0]!;
          const entry = byKey.get(key)!;
          const isCurrent = key === cursor;
          const first = isCurrent && segment.start === firstCurrent;
          return (
            <mark
              key={segment.start}
              ref={first ? current : undefined}
              data-start={segment.start}
              data-entry={key}
              className={isCurrent ? 'review-mark is-current' : 'review-mark'}
              style={{ '--kind': colourOf(entry) } as React.CSSProperties}
              title={`${kindLabel(entry)}: ${titleOf(entry)}`}
              onClick={() => onChoose(key)}
            >
              {words}
            </mark>
          );
        })}
      </div>
    </div>
  );
}
