/**
 * Evidence as a list of quoted spans with their document and offsets; choosing one opens the
 * source document with the span highlighted.
 */
import type { Evidence } from '../model/types.ts';
import { useActions } from '../actions/ActionManager.ts';

/** See the module comment. */
export function EvidenceList({
  evidence,
  empty = 'No evidence recorded.',
  context,
}: {
  evidence: readonly Evidence[];
  empty?: string;
  /** What the evidence is for, when the same span may be listed elsewhere on the panel (`Status In force`). */
  context?: string;
}) {
  const actions = useActions();
  // The same span recorded twice is listed once.
  const seen = new Set<string>();
  evidence = evidence.filter((item) => {
    const key = `${item.documentId}|${item.start}|${item.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  if (evidence.length === 0) return <p className="panel-note">{empty}</p>;
  return (
    <ul className="evidence-list">
      {evidence.map((item) => (
        <li key={`${item.documentId}|${item.start}|${item.end}`}>
          <button
            type="button"
            className="evidence"
            onClick={() => actions.run('openEvidence', item)}
            data-testid="evidence"
          >
            {/* Said first, unseen: the visible text stays the end of the name (WCAG 2.5.3). */}
            <span className="visually-hidden">
              {context ? `${context}: open` : 'Open'} the quote{' '}
            </span>
            <span className="evidence-quote">{item.quote}</span>
            <span className="evidence-source">
              <span>{item.documentTitle}</span>
              <span className="mono">
                {item.start}–{item.end}
              </span>
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
