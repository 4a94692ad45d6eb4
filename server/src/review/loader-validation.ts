/**
 * The seed loader's validation of a draft's extraction (the checks of `npm run seed`), its
 * refusals turned into LOAD_REFUSED naming each entry and field: for a stored draft by its id, for
 * an imported one by its file (or its document's id), since an import refused has no draft yet.
 */
import { SeedValidationError, validateSeedSource } from '@policygraph/graph-seed';
import type { ValidatedDocument } from '@policygraph/model';
import { importRefused, loadRefused, type RefusalProblem } from './errors.ts';

/**
 * The loader's validation of stored draft `draftId`'s `yaml` over `text`.
 * @throws LOAD_REFUSED naming each entry and field the loader refused, followed by `alsoRefused`
 *   (problems found beside the loader's, reported together so the reviewer sees them all)
 */
export async function validated(
  draftId: string,
  yaml: string,
  text: string | null,
  alsoRefused: readonly RefusalProblem[] = [],
): Promise<ValidatedDocument> {
  try {
    return await validateSeedSource({ file: `draft ${draftId}`, yaml, text });
  } catch (error) {
    if (error instanceof SeedValidationError)
      throw loadRefused(draftId, [...error.problems, ...alsoRefused]);
    throw error;
  }
}

/** The `document: id:` of a seed file's YAML, read line by line (the YAML may not parse). */
function documentIdIn(yaml: string): string | null {
  const found =
    /^document:[ \t]*\r?\n(?:[ \t]+.*\r?\n)*?[ \t]+id:[ \t]*['"]?([^'"\r\n#]+?)['"]?[ \t]*$/m.exec(
      yaml,
    );
  return found?.[1] ?? null;
}

/**
 * The loader's validation of an imported draft's `yaml` over `text`; `file` is the name the sender
 * gave it (`importDraft(file:)`), else the draft is named by its document's id.
 * @throws LOAD_REFUSED naming the draft and each entry and field (a YAML syntax error by line and
 *   column), with `argumentName: yaml`
 */
export async function validatedImport(
  file: string | null | undefined,
  yaml: string,
  text: string,
): Promise<ValidatedDocument> {
  const documentId = documentIdIn(yaml);
  const named = file
    ? `"${file}"`
    : documentId
      ? `of document "${documentId}" (the yaml argument)`
      : 'in the yaml argument';
  try {
    return await validateSeedSource({ file: file ?? 'the yaml argument', yaml, text });
  } catch (error) {
    if (error instanceof SeedValidationError) throw importRefused(named, error.problems);
    throw error;
  }
}
