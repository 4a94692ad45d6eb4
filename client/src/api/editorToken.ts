/**
 * The editor's token of this browser tab, kept in sessionStorage (gone when the tab closes, never
 * sent anywhere but `Authorization` of our own API). The review view asks for it; the top bar shows
 * "Review drafts" once it is set, or when the page was opened with `?review`.
 */

const KEY = 'policygraph:editor-token';

/** The stored token, or null. */
export function editorToken(): string | null {
  try {
    return window.sessionStorage.getItem(KEY);
  } catch {
    return null;
  }
}

/** Stores `token` (trimmed) for this tab; an empty one clears it. */
export function setEditorToken(token: string): void {
  const trimmed = token.trim();
  try {
    if (trimmed) window.sessionStorage.setItem(KEY, trimmed);
    else window.sessionStorage.removeItem(KEY);
  } catch {
    // Storage refused (private mode): the token lives only as long as the page.
  }
}

/** Whether the page was opened with `?review` (opens the review view at once). */
export function reviewRequested(): boolean {
  return new URLSearchParams(window.location.search).has('review');
}
