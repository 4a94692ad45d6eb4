/**
 * The source document viewer: the document's full text with the quoted span highlighted and
 * scrolled into view, its provenance (outlet, date, origin, licence, credit) and a link to the
 * original. For a document whose text we do not hold: where it is published (its address, shown
 * whole) and the documents we hold that relay it. A side sheet over the panel below its tabs (the
 * tabs stay usable: choosing one closes the sheet); Escape or the close button closes it.
 */
import { useEffect, useLayoutEffect, useRef } from 'react';
import { request } from '../api/graphqlClient.ts';
import { DocumentTextQuery } from '../api/detailDocuments.ts';
import type { DocumentTextQuery as DocumentTextResult } from '../gql/graphql.ts';
import { displayName } from '../graph/displayName.ts';
import { humanize } from '../graph/nodeKinds.ts';
import { useRequest } from '../hooks/useRequest.ts';
import { splitAtSpan } from '../model/textSpan.ts';
import type { OpenDocument } from '../state/explorerState.ts';
import { ErrorNotice } from './ErrorNotice.tsx';
import { useActions } from '../actions/ActionManager.ts';

type DocumentNode = Extract<NonNullable<DocumentTextResult['node']>, { __typename: 'Document' }>;

/** See the module comment. */
export function DocumentViewer({ open, onClose }: { open: OpenDocument; onClose: () => void }) {
  const doc = useRequest<DocumentNode | null>();
  const markRef = useRef<HTMLElement | null>(null);
  const sheetRef = useRef<HTMLElement | null>(null);
  const { run } = doc;

  useEffect(() => {
    void run(async (signal) => {
      const node = (await request(DocumentTextQuery, { id: open.id }, signal)).node;
      return node && node.__typename === 'Document' ? node : null;
    });
  }, [open.id, run]);

  useEffect(() => {
    sheetRef.current?.focus();
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && onClose();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  const node = doc.state.status === 'done' ? doc.state.data : null;
  const split = node?.text ? splitAtSpan(node.text, open.start, open.end) : null;

  // The quote in the middle of the text. Only the text scrolls: scrollIntoView would scroll the
  // page as well, moving the top bar out of view.
  useLayoutEffect(() => {
    const mark = markRef.current;
    const text = mark?.closest('.doc-text');
    if (!mark || !(text instanceof HTMLElement)) return;
    const at = mark.getBoundingClientRect();
    const box = text.getBoundingClientRect();
    text.scrollTop += at.top - box.top - (box.height - at.height) / 2;
  }, [node, open.start, open.end]);

  return (
    <aside
      ref={sheetRef}
      className="doc-viewer"
      role="dialog"
      aria-modal="false"
      aria-labelledby="doc-viewer-title"
      tabIndex={-1}
      data-testid="document-viewer"
    >
      <header className="doc-head">
        <div className="doc-head-top">
          <h2 id="doc-viewer-title">
            {node?.title ??
              (doc.state.status === 'done' ? 'Document not found' : 'Loading document…')}
          </h2>
          <button
            type="button"
            className="btn btn-icon"
            onClick={onClose}
            aria-label="Close the document"
          >
            ✕
          </button>
        </div>
        {node ? (
          <div className="doc-meta">
            {node.outlet ? <span>{node.outlet.name}</span> : null}
            {node.publishedOn ? <span>{node.publishedOn}</span> : null}
            {node.dateline ? <span>{node.dateline}</span> : null}
            <span>{humanize(node.documentType)}</span>
            {node.language ? <span className="mono">{node.language}</span> : null}
            {node.authors.length > 0 ? (
              <span>by {node.authors.map((author) => author.name).join(', ')}</span>
            ) : null}
            {node.url ? (
              <a href={node.url} target="_blank" rel="noreferrer noopener">
                Original ↗
              </a>
            ) : null}
          </div>
        ) : null}
        {split ? (
          <div className="doc-meta">
            Highlighted: characters {open.start}–{open.end}
          </div>
        ) : null}
      </header>
      {doc.state.status === 'loading' ? (
        <p className="doc-text panel-note">
          <span className="spinner" /> Loading the text…
        </p>
      ) : null}
      {doc.state.status === 'error' ? (
        <div className="doc-text">
          <ErrorNotice error={doc.state.error} onRetry={doc.retry} context="Document" />
        </div>
      ) : null}
      {doc.state.status === 'done' && !node ? (
        <p className="doc-text panel-note">The graph has no document with id {open.id}.</p>
      ) : null}
      {node && !node.text ? <NotHeld node={node} /> : null}
      {node?.text ? (
        // Focusable, so the text scrolls by keyboard too.
        <div
          className="doc-text"
          lang={node.language ?? undefined}
          data-testid="document-text"
          role="region"
          aria-label="Document text"
          tabIndex={0}
        >
          {split ? (
            <>
              {split.before}
              <mark ref={markRef} data-testid="evidence-highlight">
                {split.span}
              </mark>
              {split.after}
            </>
          ) : (
            node.text
          )}
        </div>
      ) : null}
      {node && (node.origin || node.licence || node.credit) ? (
        <footer className="doc-foot">
          {node.credit ? <div>{node.credit}</div> : null}
          {node.origin ? <div>Source: {node.origin}</div> : null}
          {node.licence ? <div>Licence: {node.licence}</div> : null}
        </footer>
      ) : null}
    </aside>
  );
}

/** What a reader can do with a document whose text we do not hold. */
function NotHeld({ node }: { node: DocumentNode }) {
  const actions = useActions();
  return (
    <div className="doc-text panel-note" data-testid="document-not-held">
      <p>We do not hold this document’s text.</p>
      {node.url ? (
        <p>
          Read it where it is published:{' '}
          <a href={node.url} target="_blank" rel="noreferrer noopener" data-testid="published-at">
            {node.url}
          </a>
        </p>
      ) : (
        <p>No address where it is published is recorded.</p>
      )}
      {node.relayedBy.length > 0 ? (
        <>
          <p>
            It is known from {node.relayedBy.length === 1 ? 'a document' : 'documents'} that relay
            it:
          </p>
          <ul className="doc-relays">
            {node.relayedBy.map((relay) => (
              <li key={relay.id}>
                <button
                  type="button"
                  className="btn btn-small"
                  onClick={() =>
                    actions.run('openEvidence', { documentId: relay.id, start: 0, end: 0 })
                  }
                >
                  {displayName(relay)}
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
