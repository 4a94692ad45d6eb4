/**
 * Says which values of the opened link were not understood and left out (an unknown node kind, a
 * malformed date…), so the view opens without them instead of failing; never sent to the API. Says
 * too how many of the link's nodes the database no longer has (state/missingNodes.ts).
 */
import { missingNodesNotice } from '../state/missingNodes.ts';

/** What the notice says; `dropped` holds descriptions such as `node kind “ALIEN”`. */
export interface LinkNoticeProps {
  dropped: string[];
  /** How many of the link's nodes the database no longer has. */
  missingNodes: number;
  onDismiss: () => void;
}

/** See the module comment. */
export function LinkNotice({ dropped, missingNodes, onDismiss }: LinkNoticeProps) {
  const missing = missingNodesNotice(missingNodes);
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
      </span>
      <button type="button" className="btn btn-small" onClick={onDismiss}>
        OK
      </button>
    </div>
  );
}
