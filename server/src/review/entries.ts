/**
 * The entries of a seed file's YAML, keyed the same way everywhere (section and id; a relationship
 * by `from TYPE to`), and how two versions of an extraction differ: what the provenance of a loaded
 * document, the conflict message of a save and the review report are computed from.
 */
import { parse } from 'yaml';

/** The sections of a seed file holding entries, in file order. */
export const ENTRY_SECTIONS = [
  'documents',
  'actors',
  'items',
  'measures',
  'statements',
  'relationships',
] as const;

/** One entry: its section, its key within the section, and its content as canonical JSON. */
export interface KeyedEntry {
  section: string;
  id: string;
  content: string;
}

/** JSON with object keys sorted, so that key order in the YAML does not count as an edit. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`)
      .join(',')}}`;
  return JSON.stringify(value ?? null);
}

/**
 * An entry without what records its review (`provenance`, and the document's `review`): a document
 * exported with its provenance and reviewed again compares with its draft by content only.
 */
function withoutProvenance(entry: unknown): unknown {
  if (!entry || typeof entry !== 'object' || Array.isArray(entry)) return entry;
  const { provenance: _provenance, review: _review, ...rest } = entry as Record<string, unknown>;
  return rest;
}

/** The key of an entry in its section: its id, `from TYPE to` for a relationship, else its index. */
export function keyOf(section: string, entry: unknown, index: number): string {
  const record = (entry && typeof entry === 'object' ? entry : {}) as Record<string, unknown>;
  if (section === 'relationships')
    return `${String(record.from)} ${String(record.type)} ${String(record.to)}`;
  return typeof record.id === 'string' ? record.id : `#${index}`;
}

/**
 * The entries of `yaml` (a seed file), the host `document` first. Entries of YAML that does not
 * parse are none (the loader reports the YAML itself).
 */
export function entriesOf(yaml: string): KeyedEntry[] {
  let content: unknown;
  try {
    content = parse(yaml);
  } catch {
    return [];
  }
  if (!content || typeof content !== 'object') return [];
  const file = content as Record<string, unknown>;
  const entries: KeyedEntry[] = [];
  if (file.document && typeof file.document === 'object')
    entries.push({
      section: 'document',
      id: keyOf('document', file.document, 0),
      content: canonical(withoutProvenance(file.document)),
    });
  for (const section of ENTRY_SECTIONS) {
    const list = file[section];
    if (!Array.isArray(list)) continue;
    list.forEach((entry, index) =>
      entries.push({
        section,
        id: keyOf(section, entry, index),
        content: canonical(withoutProvenance(entry)),
      }),
    );
  }
  return entries;
}

/** How two versions of an extraction differ, entry by entry. */
export interface EntryDiff {
  unchanged: KeyedEntry[];
  changed: KeyedEntry[];
  added: KeyedEntry[];
  removed: KeyedEntry[];
}

/** Compares `before` with `after` (both seed-file YAML), entries matched by section and key. */
export function diffEntries(before: string, after: string): EntryDiff {
  const old = new Map(
    entriesOf(before).map((entry) => [`${entry.section}\u0000${entry.id}`, entry]),
  );
  const diff: EntryDiff = { unchanged: [], changed: [], added: [], removed: [] };
  for (const entry of entriesOf(after)) {
    const key = `${entry.section}\u0000${entry.id}`;
    const earlier = old.get(key);
    old.delete(key);
    if (!earlier) diff.added.push(entry);
    else if (earlier.content === entry.content) diff.unchanged.push(entry);
    else diff.changed.push(entry);
  }
  diff.removed.push(...old.values());
  return diff;
}

/** `actors: mofcom, li-qiang; statements: s-1` — entries named for a message. */
export function nameEntries(entries: readonly KeyedEntry[], max = 12): string {
  const bySection = new Map<string, string[]>();
  for (const entry of entries.slice(0, max))
    bySection.set(entry.section, [...(bySection.get(entry.section) ?? []), entry.id]);
  const named = [...bySection].map(([section, ids]) => `${section}: ${ids.join(', ')}`).join('; ');
  return entries.length > max ? `${named}; and ${entries.length - max} more` : named;
}
