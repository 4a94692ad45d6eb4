/**
 * Says which values of the opened link were not understood and left out (an unknown node kind, a
 * malformed date…), so the view opens without them instead of failing; never sent to the API. Says
 * too how many of the link's nodes the database no longer has, and which were merged into another
 * node, shown instead (state/missingNodes.ts).
 */
import { mergedNodesNotice, missingNodesNotice, type LinkNodes } from '../state/missingNodes.ts';

/** What the notice says; `dropped` holds descriptions such as `node kind “ALIEN”`. */
export interface LinkNoticeProps {
  dropped: string[];
  /** How many of the link's nodes the database no longer has. */
  missingNodes: number;
  /** The link's nodes merged into another since, each with the node shown instead. */
  mergedNodes?: LinkNodes['merged'];
  onDismiss: () => void;
}

/** See the module comment. */
export function LinkNotice({
  dropped,
  missingNodes,
  mergedNodes = [],
  onDismiss,
}: LinkNoticeProps) {
  const missing = missingNodesNotice(missingNodes);
  const merged = mergedNodesNotice(mergedNodes);
  return (
    <div className="notice notice-warn" role="status" data-testid="link-notice">
      <span>
        {dropped.length > 0 ? (
          <>
            This link held {dropped.length === 1 ? 'a value' : 'values'} the explorer does not know,
            left out: {dropped.join(', ')}.
          </>
        ) : null}
        {dropped.length > 0 && missing ? ' ' : null}
        {missing ? `${missing}.` : null}
        {(dropped.length > 0 || missing) && merged ? ' ' : null}
        {merged ? <span data-testid="link-notice-merged">{`${merged}.`}</span> : null}
      </span>
      <button type="button" className="btn btn-small" onClick={onDismiss}>
        OK
      </button>
    </div>
  );
}
