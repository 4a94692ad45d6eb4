import { describe, expect, it } from 'vitest';
import { mutationRefusal } from '../plugins/use-write-protection.ts';
import { editorOf, parseEditorTokens } from './editors.ts';

const TOKEN_A = 'a'.repeat(24);
const TOKEN_B = 'b'.repeat(30);

describe('editor tokens', () => {
  it('parses name:token pairs and refuses short, repeated or nameless ones, naming the pair', () => {
    expect(parseEditorTokens(` Ann Lee:${TOKEN_A} , bo:${TOKEN_B}`)).toEqual([
      { name: 'Ann Lee', token: TOKEN_A },
      { name: 'bo', token: TOKEN_B },
    ]);
    expect(parseEditorTokens(undefined)).toEqual([]);
    expect(() => parseEditorTokens('ann:short')).toThrow(
      'pair 1 (ann): the token must be at least 24',
    );
    expect(() => parseEditorTokens(`ann:${TOKEN_A},ann:${TOKEN_B}`)).toThrow(
      'pair 2: the name "ann" is given twice',
    );
    expect(() => parseEditorTokens(`ann:${TOKEN_A},bo:${TOKEN_A}`)).toThrow(
      "also another editor's",
    );
    expect(() => parseEditorTokens(TOKEN_A)).toThrow('pair 1: write name:token');
  });

  it('names the editor of a bearer token, and nobody for any other header', () => {
    const editors = parseEditorTokens(`ann:${TOKEN_A},bo:${TOKEN_B}`);
    const request = (authorization?: string) =>
      new Request('http://x/graphql', { headers: authorization ? { authorization } : {} });
    expect(editorOf(request(`Bearer ${TOKEN_B}`), editors)).toBe('bo');
    expect(editorOf(request(`bearer ${TOKEN_A}`), editors)).toBe('ann');
    expect(editorOf(request(`Bearer ${TOKEN_A}x`), editors)).toBeNull();
    expect(editorOf(request(TOKEN_A), editors)).toBeNull();
    expect(editorOf(request(), editors)).toBeNull();
    expect(editorOf(request(`Bearer ${TOKEN_A}`), [])).toBeNull();
  });
});

describe('mutation refusal', () => {
  const post = (headers: Record<string, string>) =>
    new Request('http://x/graphql', { method: 'POST', headers });
  const json = { 'content-type': 'application/json', 'x-policygraph-csrf': '1' };
  it('refuses in order: editing off, not JSON, no CSRF header, no editor', () => {
    expect(mutationRefusal(post(json), 'ann', false)?.extensions.code).toBe('FORBIDDEN');
    expect(
      mutationRefusal(
        post({ 'content-type': 'text/plain', 'x-policygraph-csrf': '1' }),
        'ann',
        true,
      )?.extensions.code,
    ).toBe('CSRF_REFUSED');
    expect(
      mutationRefusal(post({ 'content-type': 'application/json' }), 'ann', true)?.message,
    ).toMatch(/x-policygraph-csrf/);
    expect(mutationRefusal(post(json), null, true)?.extensions).toMatchObject({
      code: 'UNAUTHENTICATED',
      http: { status: 401 },
    });
    expect(mutationRefusal(post(json), 'ann', true)).toBeNull();
  });
});
