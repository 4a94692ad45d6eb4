/**
 * The canvas before anything is shown: what to do first.
 */

/** See the module comment. */
export function EmptyState({ onBrowseStatements }: { onBrowseStatements: () => void }) {
  return (
    <div className="empty-state" data-testid="empty-state">
      <h2>Start with a search</h2>
      <p>
        Type a name or alias in any script — a ministry, a company, a spokesperson, a measure, an
        item.
        <br />
        Choosing a result shows it with everything it is connected to.
      </p>
      <div className="hints">
        <button type="button" className="btn" onClick={onBrowseStatements}>
          Browse who said what
        </button>
      </div>
    </div>
  );
}
