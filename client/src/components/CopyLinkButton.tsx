/**
 * Copies a link to the current view (the copyLink action) and says whether it worked.
 */
import { useEffect, useState } from 'react';
import { useActions } from '../actions/ActionManager.ts';

/** See the module comment. */
export function CopyLinkButton() {
  const actions = useActions();
  const [copied, setCopied] = useState<boolean | null>(null);
  useEffect(() => {
    if (copied === null) return;
    const timer = window.setTimeout(() => setCopied(null), 2500);
    return () => window.clearTimeout(timer);
  }, [copied]);
  return (
    <>
      <button
        type="button"
        className="btn"
        title={actions.label('copyLink', {})}
        aria-label={actions.label('copyLink', {})}
        onClick={() => actions.run('copyLink', { onCopied: setCopied })}
      >
        Copy link
      </button>
      <span className="copy-status" role="status" data-testid="copy-link-status">
        {copied === true ? 'Link copied' : copied === false ? 'Could not copy the link' : ''}
      </span>
    </>
  );
}
