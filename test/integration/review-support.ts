/**
 * Shared set-up of the editing tests: an app with two editors over the test Neo4j, and helpers that
 * send mutations as the explorer does (POST, JSON, the CSRF header, an editor's token).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import type { App } from '@policygraph/server';
import { appOver, type GraphQLResponse } from './api-helpers.ts';

/** Two editors; tokens of our own, long enough for the configuration's minimum. */
export const EDITORS = [
  { name: 'Alice Reviewer', token: 'alice-token-0123456789abcdefghij' },
  { name: 'Bob Reviewer', token: 'bob-token-0123456789abcdefghijkl' },
];

/** An app whose editors are EDITORS. */
export function editingApp(driver: Driver): App {
  return appOver(driver, { editors: EDITORS });
}

/** The text and YAML of a fixture under test/fixtures/review. */
export function reviewFixture(name: string): string {
  return readFileSync(path.resolve(import.meta.dirname, '..', 'fixtures', 'review', name), 'utf8');
}

/** Sends an operation as an editor would (token of `editor`, or none with null), with `headers` overriding. */
export async function asEditor<T = Record<string, any>>( // eslint-disable-line @typescript-eslint/no-explicit-any -- JSON answers
  app: App,
  editor: (typeof EDITORS)[number] | null,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<{ status: number; body: GraphQLResponse<T> }> {
  const response = await app.yoga.fetch('http://yoga/graphql', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/json',
      'x-policygraph-csrf': '1',
      ...(editor ? { authorization: `Bearer ${editor.token}` } : {}),
      ...headers,
    },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as GraphQLResponse<T> };
}

export const IMPORT = `mutation ($yaml: String!, $text: String!, $sidecar: String, $file: String) {
  importDraft(yaml: $yaml, text: $text, sidecar: $sidecar, file: $file) { id documentId version status reviewedYaml }
}`;
/** Saves a review; `accepted` (the drafted entries accepted), when given, replaces the saved ones. */
export const SAVE = `mutation ($id: ID!, $version: Int!, $yaml: String!, $accepted: [EntryKeyInput!]) {
  saveDraftReview(id: $id, version: $version, reviewedYaml: $yaml, accepted: $accepted) { id version updatedBy reviewedYaml }
}`;

/** Every entry of tide-note.yaml, as `accepted` of saveDraftReview: a reviewer accepted them all. */
export const TIDE_NOTE_ACCEPTED = [
  { section: 'actors', id: 'review-board-of-commerce' },
  { section: 'actors', id: 'review-mara-quill' },
  { section: 'statements', id: 'review-quill-harbours' },
  { section: 'statements', id: 'review-quill-temporary' },
  { section: 'relationships', id: 'review-mara-quill HOLDS_ROLE review-board-of-commerce' },
];
export const LOAD = `mutation ($id: ID!, $version: Int!) {
  acceptAndLoadDraft(id: $id, version: $version) {
    id status version
    review { documentId reviewedBy acceptedUnchanged edited rejected added entries { section id origin } }
  }
}`;

/**
 * The review of tide-note.yaml the tests make: one statement's form edited, the paraphrase
 * rejected, a missed statement added (4 entries accepted unchanged, 1 edited, 1 rejected, 1 added).
 */
export function reviewedTideNote(yaml: string): string {
  return yaml
    .replace(
      "    form: DIRECT_QUOTE\n    quote: 'The permit keeps",
      "    form: PARAPHRASE\n    quote: 'The permit keeps",
    )
    .replace(
      / {2}- id: review-quill-temporary[\s\S]*?evidence: \['Quill said the permit is temporary'\]\n/,
      `  - id: review-board-no-permit
    speaker: review-board-of-commerce
    form: PARAPHRASE
    quote: 'salt crystals may not be exported without a permit'
    evidence: ["Tideland's Board of Commerce said on Thursday"]
`,
    );
}
