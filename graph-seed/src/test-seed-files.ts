/**
 * Test helper: writes seed files (YAML and text) into a fresh temporary folder.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** A short invented text the unit tests quote from. */
export const SAMPLE_TEXT =
  'ZENDA, March 8 (Example Wire)—The Ministry of Trade said on Friday that blue widgets shall not be ' +
  'exported without a licence from April 1. “It is routine,” spokesperson Rudolf Rassendyll told the ' +
  'Daily Example. Rassendyll said it targets no one.';

/** The head of a valid seed file over SAMPLE_TEXT (document `t-doc`, published 2024-03-10). */
export const HEAD = `document:
  id: t-doc
  title: Widgets
  documentType: ARTICLE
  publishedOn: '2024-03-10'
`;

/** Writes `files` (name → content) into a new temporary folder; returns the absolute path of each. */
export function writeSeedFiles(files: Record<string, string>): Record<string, string> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'graph-seed-test-'));
  return Object.fromEntries(
    Object.entries(files).map(([name, content]) => {
      const file = path.join(dir, name);
      writeFileSync(file, content);
      return [name, file];
    }),
  );
}

/** One seed file `doc.yaml` = HEAD + `body`, with SAMPLE_TEXT as `doc.txt`; returns the YAML path. */
export function writeSeed(body: string, text: string = SAMPLE_TEXT): string {
  return writeSeedFiles({ 'doc.yaml': HEAD + body, 'doc.txt': text })['doc.yaml'] as string;
}
