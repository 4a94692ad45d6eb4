/**
 * Evidence as a list of quoted spans with their document and offsets; choosing one opens the
 * source document with the span highlighted; each says how the fact was made in that document
 * (ProvenanceBadge). A row of an imported list (evidence with `row`) is
 * shown as a table of its columns, links (the official source) clickable, with a button that
 * opens the file at that row.
 */
import type { Evidence } from '../model/types.ts';
import { useActions } from '../actions/ActionManager.ts';
import { ProvenanceBadge } from './ProvenanceBadge.tsx';

const URL_VALUE = /^https?:\/\/\S+$/;

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
          {item.row && item.row.length > 0 ? (
            <ListRow item={item} row={item.row} onOpen={() => actions.run('openEvidence', item)} />
          ) : (
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
                <ProvenanceBadge evidence={[item]} />
              </span>
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}

/** A list row: its non-empty cells as a table, then where it is in which file. */
function ListRow({
  item,
  row,
  onOpen,
}: {
  item: Evidence;
  row: NonNullable<Evidence['row']>;
  onOpen: () => void;
}) {
  const cells = row.filter((cell) => cell.value.trim() !== '');
  return (
    <div className="evidence evidence-row" data-testid="evidence-row">
      <table className="row-table">
        <caption className="visually-hidden">The list row, column by column</caption>
        <tbody>
          {cells.map((cell, index) => (
            <tr key={`${index}|${cell.column}`}>
              <th scope="row">{cell.column}</th>
              <td>
                {URL_VALUE.test(cell.value) ? (
                  <a href={cell.value} target="_blank" rel="noreferrer noopener">
                    {cell.value}
                  </a>
                ) : (
                  cell.value
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button
        type="button"
        className="evidence-open"
        onClick={onOpen}
        aria-label={`Open ${item.documentTitle} at this row`}
        data-testid="evidence"
      >
        <span className="evidence-source">
          <span>Row of {item.documentTitle}</span>
          <span className="mono">
            {item.start}–{item.end}
          </span>
        </span>
      </button>
    </div>
  );
}
