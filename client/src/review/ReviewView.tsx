/**
 * The review view of drafts, over the graph: the editor's token when none is set, else the drafts
 * (DraftList) or the open one (DraftReview). "Back to the graph" closes it.
 */
import { useState, type RefObject } from 'react';
import { ActionButton } from '../components/ActionButton.tsx';
import type { DraftFieldsFragment } from '../gql/graphql.ts';
import { DraftList } from './DraftList.tsx';
import { DraftReview } from './DraftReview.tsx';
import { editorToken, setEditorToken } from '../api/editorToken.ts';
import type { ReviewHandle } from './reviewHandle.ts';
import { TokenForm } from './TokenForm.tsx';

/** See the module comment. */
export function ReviewView({ handleRef }: { handleRef: RefObject<ReviewHandle | null> }) {
  const [token, setToken] = useState(editorToken);
  const [draft, setDraft] = useState<DraftFieldsFragment | null>(null);
  const applyToken = (next: string) => {
    setEditorToken(next);
    setToken(editorToken() ?? next);
  };
  return (
    <section className="review-view" aria-labelledby="review-title" data-testid="review-view">
      <header className="review-head">
        <h2 id="review-title">Review drafts</h2>
        <ActionButton name="closeReview" args={{}} className="btn btn-small" />
      </header>
      {!token ? <TokenForm onToken={applyToken} /> : null}
      {token && !draft ? (
        <DraftList
          onOpen={setDraft}
          onForgetToken={() => {
            setEditorToken('');
            setToken(null);
          }}
        />
      ) : null}
      {token && draft ? (
        <DraftReview
          key={draft.id}
          draft={draft}
          handleRef={handleRef}
          onBack={() => setDraft(null)}
        />
      ) : null}
    </section>
  );
}
