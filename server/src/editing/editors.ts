/**
 * Who may write: the editors configured in POLICYGRAPH_EDITOR_TOKENS (`name:token` pairs separated by
 * commas), each sending `Authorization: Bearer <token>`. Without editors the API is read-only. Tokens
 * are compared in constant time (SHA-256 digests of equal length, every editor compared each time),
 * and no cookie is ever read, so a page of another site cannot write with a visitor's credentials.
 */
import { createHash, timingSafeEqual } from 'node:crypto';

/** One editor: the name recorded as reviewer on what they write, and their secret token. */
export interface EditorToken {
  name: string;
  token: string;
}

/** Shortest token accepted, in characters (a guessable token is refused at start). */
export const MIN_TOKEN_LENGTH = 24;

/**
 * Parses POLICYGRAPH_EDITOR_TOKENS: `alice:token1,bob:token2`; names of letters, digits, `.`, `_`,
 * `-` and spaces; tokens of at least MIN_TOKEN_LENGTH characters without commas; names and tokens unique.
 * @returns [] for an empty or missing value (editing off).
 * @throws Error naming the pair in error.
 */
export function parseEditorTokens(value: string | undefined): EditorToken[] {
  const editors: EditorToken[] = [];
  for (const [index, pair] of (value ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .entries()) {
    const colon = pair.indexOf(':');
    const name = colon > 0 ? pair.slice(0, colon).trim() : '';
    const token = colon > 0 ? pair.slice(colon + 1).trim() : '';
    const at = `pair ${index + 1}`;
    if (!name || !/^[\p{L}\p{N}._ -]{1,60}$/u.test(name))
      throw new Error(
        `${at}: write name:token, the name of letters, digits, ".", "_", "-" or spaces`,
      );
    if (token.length < MIN_TOKEN_LENGTH)
      throw new Error(`${at} (${name}): the token must be at least ${MIN_TOKEN_LENGTH} characters`);
    if (editors.some((editor) => editor.name === name))
      throw new Error(`${at}: the name "${name}" is given twice`);
    if (editors.some((editor) => editor.token === token))
      throw new Error(`${at} (${name}): the token is also another editor's`);
    editors.push({ name, token });
  }
  return editors;
}

const digest = (value: string): Buffer => createHash('sha256').update(value, 'utf8').digest();

/**
 * The name of the editor whose token `request` carries (`Authorization: Bearer <token>`), or null.
 * Every configured token is compared, in constant time, whatever matches first.
 */
export function editorOf(request: Request, editors: readonly EditorToken[]): string | null {
  const header = request.headers.get('authorization') ?? '';
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match || editors.length === 0) return null;
  const given = digest(match[1]!);
  let found: string | null = null;
  for (const editor of editors) {
    if (timingSafeEqual(given, digest(editor.token)) && found === null) found = editor.name;
  }
  return found;
}
