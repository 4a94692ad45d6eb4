/**
 * `importDraft`: stores a draft made by `npm run draft` (its `.yaml`, `.txt` and `.draft.json`)
 * once the seed loader's validation accepts it.
 */
import { randomUUID } from 'node:crypto';
import { badUserInput } from '../errors.ts';
import { WRITE_LIMITS } from './limits.ts';
import { validatedImport } from './loader-validation.ts';
import { bound, boundEntries, requireText } from './write-bounds.ts';
import { now, storeDraft, type DraftRow, type DraftWriter } from './draft-writer.ts';

/**
 * Stores a draft made by `npm run draft`, created by `editor`; `file` is the name of its `.yaml`,
 * used only to name it in errors.
 * @throws BAD_USER_INPUT naming the argument (too long, a blank text, a sidecar that is not JSON);
 *   LOAD_REFUSED (`argumentName: yaml`) naming the file, or else the document's id, and each
 *   problem's entry and field (a YAML syntax error: its line and column); nothing is written
 */
export async function importDraft(
  writer: DraftWriter,
  editor: string,
  args: { yaml: string; text: string; sidecar?: string | null; file?: string | null },
): Promise<DraftRow> {
  bound('text', args.text, WRITE_LIMITS.textLength);
  bound('yaml', args.yaml, WRITE_LIMITS.yamlLength);
  bound('sidecar', args.sidecar, WRITE_LIMITS.sidecarLength);
  bound('file', args.file, WRITE_LIMITS.shortField);
  requireText(args.text);
  boundEntries('yaml', args.yaml);
  if (args.sidecar) {
    try {
      JSON.parse(args.sidecar);
    } catch {
      throw badUserInput(
        'sidecar',
        'sidecar is not JSON: give the .draft.json file as written by npm run draft.',
      );
    }
  }
  const document = await validatedImport(args.file, args.yaml, args.text);
  return storeDraft(writer, {
    id: randomUUID(),
    documentId: document.documentId,
    text: args.text,
    draftedYaml: args.yaml,
    sidecar: args.sidecar ?? null,
    by: editor,
    at: now(),
  });
}
