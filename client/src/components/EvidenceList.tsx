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
}: {
  evidence: readonly Evidence[];
  empty?: string;
}) {
  const actions = useActions();
  if (evidence.length === 0) return <p className="panel-note">{empty}</p>;
  return (
    <ul className="evidence-list">
      {evidence.map((item) => (
        <li key={`${item.documentId}|${item.start}|${item.end}`}>
          <button
            type="button"
            className="evidence"
            onClick={() => actions.run('openEvidence', item)}
            aria-label={`Open ${item.documentTitle} at the quote “${item.quote}”`}
            data-testid="evidence"
          >
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
