/**
 * The loader's refusals (LOAD_REFUSED's `extensions.problems`) and a save's CONFLICT, matched to the
 * entries they name. The loader names an entry as `statements[2] (review-quill-harbours)`: its
 * section, its index among the section's kept entries, and its id when it has one.
 */
import { entryId, scalar, SECTIONS, type Extraction, type Section } from './extraction.ts';

/** One problem the loader reported. */
export interface LoadProblem {
  code: string;
  entry: string;
  field: string;
  message: string;
}

/** The key of the entry a problem names, or null (the document, or an entry not found). */
export function problemEntryKey(extraction: Extraction, problem: LoadProblem): string | null {
  const named = /^(\w+)\[(\d+)\](?:\s*\((.+)\))?/.exec(problem.entry);
  if (!named) return null;
  const section = named[1] as Section;
  if (!SECTIONS.includes(section)) return null;
  const kept = extraction.entries.filter(
    (entry) => entry.section === section && entry.status !== 'rejected',
  );
  const id = named[3];
  const byId = id ? kept.find((entry) => entryId(section, entry.value) === id) : undefined;
  return (byId ?? kept[Number(named[2])])?.key ?? null;
}

/** True when a problem names the draft's document itself (the loader names it `document`). */
export function namesDocument(problem: LoadProblem): boolean {
  return problem.entry === 'document';
}

/** The problems read from an error's extensions (empty when it carries none). */
export function problemsOf(extensions: Readonly<Record<string, unknown>>): LoadProblem[] {
  const problems = extensions.problems;
  if (!Array.isArray(problems)) return [];
  return problems.map((problem: Record<string, unknown>) => ({
    code: scalar(problem.code),
    entry: scalar(problem.entry),
    field: scalar(problem.field),
    message: scalar(problem.message),
  }));
}

/** CONFLICT's `changed` entries, as `section id` strings. */
export function changedOf(extensions: Readonly<Record<string, unknown>>): string[] {
  const changed = extensions.changed;
  if (!Array.isArray(changed)) return [];
  return changed.map((one: Record<string, unknown>) => `${String(one.section)} ${String(one.id)}`);
}
