/**
 * Says which values of the opened link were not understood and left out (an unknown node kind, a
 * malformed date…), so the view opens without them instead of failing; never sent to the API.
 */

/** See the module comment; `dropped` holds descriptions such as `node kind “ALIEN”`. */
export function LinkNotice({ dropped, onDismiss }: { dropped: string[]; onDismiss: () => void }) {
  return (
    <div className="notice notice-warn" role="status" data-testid="link-notice">
      <span>
        This link held {dropped.length === 1 ? 'a value' : 'values'} the explorer does not know,
        left out: {dropped.join(', ')}.
      </span>
      <button type="button" className="btn btn-small" onClick={onDismiss}>
        OK
      </button>
    </div>
  );
}
