/**
 * What the graph says about its last request, over the top of the canvas: counts, progress, an
 * error with a retry, an empty result said plainly, and a warning when the server capped a result.
 */
import type { GraphActions } from '../hooks/useGraphActions.ts';
import { EXPAND_LIMIT, PREVIEW_EXPAND_LIMIT } from '../api/graphQueries.ts';
import { ErrorNotice } from './ErrorNotice.tsx';

export interface GraphNoticesProps {
  actions: GraphActions;
  nodeCount: number;
  relationshipCount: number;
  truncated: boolean;
  /** Further notices (the opened link's dropped values). */
  children?: React.ReactNode;
}

/** See the module comment. */
export function GraphNotices({
  actions,
  nodeCount,
  relationshipCount,
  truncated,
  children,
}: GraphNoticesProps) {
  const { state } = actions;
  return (
    <div className="graph-overlay-top" aria-live="polite">
      {nodeCount > 0 ? (
        <div className="graph-stats" data-testid="graph-stats">
          {nodeCount} nodes · {relationshipCount} relationships
        </div>
      ) : null}
      {state.status === 'loading' ? (
        <div className="graph-stats" role="status">
          <span className="spinner" /> {actions.task?.label ?? 'Loading'}…
        </div>
      ) : null}
      {state.status === 'error' ? (
        <ErrorNotice error={state.error} onRetry={actions.retry} />
      ) : null}
      {state.status === 'done' && state.data.count <= 0 && state.data.task.empty ? (
        <div className="notice notice-warn" role="status">
          {state.data.task.empty}
          <button type="button" className="btn btn-small" onClick={actions.dismiss}>
            OK
          </button>
        </div>
      ) : null}
      {truncated ? (
        <div className="notice notice-warn" role="status">
          The server capped the last result ({EXPAND_LIMIT} nodes an expansion,{' '}
          {PREVIEW_EXPAND_LIMIT} added from a preview); set the expand filter to narrow it.
        </div>
      ) : null}
      {children}
    </div>
  );
}
