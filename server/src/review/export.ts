/**
 * Writes loaded documents back out as seed files (`npm run export:document`): `<documentId>.yaml`,
 * the extraction exactly as the seed loader stored it (provenance included, `textFile` left to its
 * default), and `<documentId>.txt`, the text byte for byte, so that `npm run seed` of them rebuilds
 * the same graph. Any document loaded by `npm run seed` or from a reviewed draft can be exported.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildExtractions } from '../cypher/extractions.ts';
import { readRows, type DraftWriter } from './draft-writer.ts';

/** What exporting wrote: per document, its YAML file. */
export interface ExportResult {
  documentId: string;
  yamlFile: string;
}

/**
 * Writes the documents `documentIds` (every document loaded from a seed file or a reviewed draft
 * when empty) into `outDir`, creating it, in id order.
 * @throws Error naming the documents that were not loaded from a seed file (imported list files,
 *   ids of no document, documents loaded before the loader kept their extraction: load them again).
 */
export async function exportDocuments(
  writer: DraftWriter,
  documentIds: readonly string[],
  outDir: string,
): Promise<ExportResult[]> {
  const rows = await readRows(
    writer,
    buildExtractions(documentIds.length > 0 ? documentIds : null),
  );
  const found = new Set(rows.map((row) => String(row.id)));
  const missing = documentIds.filter((id) => !found.has(id));
  if (missing.length > 0)
    throw new Error(
      `No loaded extraction of ${missing.join(', ')}: only documents loaded from seed files or reviewed drafts can be exported (an imported list file, an id of no document, or a document loaded by an older version: load it again with npm run seed).`,
    );
  await mkdir(outDir, { recursive: true });
  const results: ExportResult[] = [];
  for (const row of rows) {
    const documentId = String(row.id);
    const yamlFile = path.join(outDir, `${documentId}.yaml`);
    await writeFile(
      path.join(outDir, `${documentId}.txt`),
      typeof row.text === 'string' ? row.text : '',
    );
    await writeFile(yamlFile, String(row.extractionYaml));
    results.push({ documentId, yamlFile });
  }
  return results;
}
