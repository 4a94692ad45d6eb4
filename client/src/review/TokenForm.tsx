/**
 * Asks for the editor's token (given by whoever runs the server: POLICYGRAPH_EDITOR_TOKENS) and
 * keeps it for this tab (../api/editorToken.ts).
 */
import { useState } from 'react';

/** See the module comment. */
export function TokenForm({ onToken }: { onToken: (token: string) => void }) {
  const [token, setToken] = useState('');
  return (
    <form
      className="review-token"
      onSubmit={(event) => {
        event.preventDefault();
        if (token.trim()) onToken(token.trim());
      }}
    >
      <p>
        Reviewing drafts needs an editor’s token, given by whoever runs this server. It is kept in
        this tab only, until the tab is closed.
      </p>
      <label className="review-field">
        <span>Editor token</span>
        <input
          type="password"
          name="editor-token"
          autoComplete="off"
          value={token}
          onChange={(event) => setToken(event.target.value)}
        />
      </label>
      <button type="submit" className="btn btn-small btn-primary">
        Use this token
      </button>
    </form>
  );
}
