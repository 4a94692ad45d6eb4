/**
 * Writes loaded reviewed documents back out as seed files: `<documentId>.yaml` (the reviewed
 * extraction exactly as loaded, its `textFile` set to the text written beside it) and
 * `<documentId>.txt` (the text, byte for byte), so that `npm run seed` of them rebuilds the same graph.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { buildLoadedDrafts } from '../cypher/drafts.ts';
import { readRows, type DraftWriter } from './draft-writer.ts';

/** What exporting wrote: per document, its YAML file. */
export interface ExportResult {
  documentId: string;
  yamlFile: string;
}

/**
 * Writes the reviewed documents `documentIds` (all loaded ones when empty) into `outDir`.
 * @throws Error naming the documents that have no loaded review (documents written by hand are
 *   already seed files under graph-seed/documents).
 */
export async function exportReviewed(
  writer: DraftWriter,
  documentIds: readonly string[],
  outDir: string,
): Promise<ExportResult[]> {
  const rows = await readRows(
    writer,
    buildLoadedDrafts(documentIds.length > 0 ? documentIds : null),
  );
  const found = new Set(rows.map((row) => String(row.documentId)));
  const missing = documentIds.filter((id) => !found.has(id));
  if (missing.length > 0)
    throw new Error(
      `No loaded review of ${missing.join(', ')}: only documents loaded from a reviewed draft are exported (seed files are in graph-seed/documents).`,
    );
  await mkdir(outDir, { recursive: true });
  const results: ExportResult[] = [];
  for (const row of rows) {
    const documentId = String(row.documentId);
    const yaml = parseDocument(String(row.reviewedYaml));
    yaml.setIn(['document', 'textFile'], `${documentId}.txt`);
    const yamlFile = path.join(outDir, `${documentId}.yaml`);
    await writeFile(path.join(outDir, `${documentId}.txt`), String(row.text));
    await writeFile(yamlFile, yaml.toString({ lineWidth: 0 }));
    results.push({ documentId, yamlFile });
  }
  return results;
}
