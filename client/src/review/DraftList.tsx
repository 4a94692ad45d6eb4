/**
 * The drafts on the server, most recently updated first, each opened with one click; and the form
 * that drafts a new document. A refused token says so and offers to enter another.
 */
import { useEffect } from 'react';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import type { DraftFieldsFragment, ReviewDraftsQuery } from '../gql/graphql.ts';
import { useRequest } from '../hooks/useRequest.ts';
import { NewDraftForm } from './NewDraftForm.tsx';
import { asEditor, DraftQuery, DraftsQuery } from './reviewApi.ts';

/** See the module comment. */
export function DraftList(props: {
  onOpen: (draft: DraftFieldsFragment) => void;
  onForgetToken: () => void;
}) {
  const { onOpen, onForgetToken } = props;
  const drafts = useRequest<ReviewDraftsQuery['drafts']>();
  const opening = useRequest<DraftFieldsFragment | null>();
  const { run } = drafts;
  useEffect(() => {
    void run(async (signal) => (await asEditor(DraftsQuery, {}, signal)).drafts);
  }, [run]);
  const open = async (id: string) => {
    const draft = await opening.run(
      async (signal) => (await asEditor(DraftQuery, { id }, signal)).draft ?? null,
    );
    if (draft) onOpen(draft);
  };
  return (
    <div className="review-list">
      <section aria-labelledby="review-drafts-title">
        <h3 id="review-drafts-title">Drafts</h3>
        {drafts.state.status === 'loading' ? <p className="panel-note">Loading drafts…</p> : null}
        {drafts.state.status === 'error' ? (
          <>
            <ErrorNotice error={drafts.state.error} onRetry={drafts.retry} context="Drafts" />
            <button type="button" className="btn btn-small" onClick={onForgetToken}>
              Enter another token
            </button>
          </>
        ) : null}
        {opening.state.status === 'error' ? (
          <ErrorNotice error={opening.state.error} onRetry={opening.retry} context="Draft" />
        ) : null}
        {drafts.state.status === 'done' ? (
          drafts.state.data.length === 0 ? (
            <p className="panel-note">No drafts yet: draft a document below.</p>
          ) : (
            <ul className="review-draft-list">
              {drafts.state.data.map((draft) => (
                <li key={draft.id}>
                  <button type="button" className="btn" onClick={() => void open(draft.id)}>
                    {draft.documentId}
                  </button>
                  <span className="review-meta">
                    {draft.status === 'LOADED' ? 'loaded' : 'in review'} · version {draft.version} ·{' '}
                    {draft.updatedBy}, {draft.updatedAt.slice(0, 16).replace('T', ' ')}
                  </span>
                </li>
              ))}
            </ul>
          )
        ) : null}
      </section>
      <NewDraftForm onDraft={onOpen} />
    </div>
  );
}
