/**
 * Drafts a new document on the server (`createDraft`) from pasted text or a `.txt` file, with its
 * title and publication date, and opens the draft.
 */
import { useState } from 'react';
import type { DraftFieldsFragment } from '../gql/graphql.ts';
import { asEditor, CreateDraftMutation } from './reviewApi.ts';

/** See the module comment. */
export function NewDraftForm({ onDraft }: { onDraft: (draft: DraftFieldsFragment) => void }) {
  const [text, setText] = useState('');
  const [title, setTitle] = useState('');
  const [publishedOn, setPublishedOn] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      const draft = (
        await asEditor(CreateDraftMutation, {
          text,
          title: title.trim() || null,
          publishedOn: publishedOn || null,
        })
      ).createDraft;
      onDraft(draft);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
    setBusy(false);
  };
  return (
    <form
      className="review-new"
      aria-label="Draft a new document"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <h3>Draft a new document</h3>
      <label className="review-field">
        <span>Text file (.txt)</span>
        <input
          type="file"
          accept=".txt,text/plain"
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) void file.text().then(setText);
          }}
        />
      </label>
      <label className="review-field">
        <span>Or paste the text</span>
        <textarea
          name="text"
          rows={8}
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
      </label>
      <label className="review-field">
        <span>Title (default: the first line)</span>
        <input name="title" value={title} onChange={(event) => setTitle(event.target.value)} />
      </label>
      <label className="review-field">
        <span>Published on</span>
        <input
          type="date"
          name="publishedOn"
          value={publishedOn}
          onChange={(event) => setPublishedOn(event.target.value)}
        />
      </label>
      {error ? (
        <p className="review-notice is-error" role="alert">
          {error}
        </p>
      ) : null}
      <button type="submit" className="btn btn-small btn-primary" disabled={busy || !text.trim()}>
        {busy ? 'Drafting…' : 'Draft it'}
      </button>
    </form>
  );
}
