/**
 * The reviewer's edits, each a pure function from one Extraction to the next (the review's undo
 * keeps the previous ones): accept, reject, edit a field, link an actor to an existing node or make
 * it a new one, move a quote, add a missed entry. Changing an id also changes every link to it.
 */
import {
  entryId,
  scalar,
  type Extraction,
  type ReviewEntry,
  type SeedEntry,
  type SeedQuote,
  type Section,
  type EntryStatus,
} from './extraction.ts';

/** Fields that link to another entry by id (docs/seed-format.md, "Links"). */
const LINK_FIELDS = ['speaker', 'saidTo', 'outlet', 'author', 'about', 'reportedIn', 'from', 'to'];

function renamed(link: unknown, from: string, to: string): unknown {
  if (link === from) return to;
  if (Array.isArray(link)) return link.map((one) => renamed(one, from, to));
  if (link && typeof link === 'object' && (link as SeedEntry).id === from)
    return { ...(link as SeedEntry), id: to };
  return link;
}

function renameLinks(value: SeedEntry, from: string, to: string): SeedEntry {
  let next = value;
  for (const field of LINK_FIELDS)
    if (field in value) {
      const link = renamed(value[field], from, to);
      if (link !== value[field]) next = { ...next, [field]: link };
    }
  return next;
}

function update(
  extraction: Extraction,
  key: string,
  change: (entry: ReviewEntry) => ReviewEntry,
): Extraction {
  return {
    ...extraction,
    entries: extraction.entries.map((entry) => (entry.key === key ? change(entry) : entry)),
  };
}

/** Gives `entry` the id `to`, and every link to its old id the new one. */
function withId(extraction: Extraction, key: string, to: string): Extraction {
  const entry = extraction.entries.find((one) => one.key === key);
  const from = entry ? scalar(entry.value.id) : '';
  if (!entry || !from || from === to) return extraction;
  return {
    document: renameLinks(extraction.document, from, to),
    entries: extraction.entries.map((one) => {
      const value = one.key === key ? { ...one.value, id: to } : one.value;
      return { ...one, value: renameLinks(value, from, to) };
    }),
  };
}

/** Marks an entry accepted or rejected (a rejected entry is left out of the reviewed file). */
export function setStatus(extraction: Extraction, key: string, status: EntryStatus): Extraction {
  return update(extraction, key, (entry) => ({ ...entry, status }));
}

/**
 * Sets one field (`undefined` or `''` removes it); an entry's `id` renames every link to it. The
 * entry counts as accepted: the reviewer has looked at it.
 */
export function setField(
  extraction: Extraction,
  key: string,
  field: string,
  value: unknown,
): Extraction {
  if (field === 'id' && typeof value === 'string')
    return update(withId(extraction, key, value), key, (entry) => {
      // A new id by hand is no longer the linked node's.
      const { linkedTo, ...rest } = entry;
      return linkedTo === value
        ? { ...entry, status: 'accepted' }
        : { ...rest, status: 'accepted' };
    });
  return update(extraction, key, (entry) => {
    const next: SeedEntry = { ...entry.value };
    if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0))
      delete next[field];
    else next[field] = value;
    return { ...entry, value: next, status: 'accepted' };
  });
}

/** An existing node to link an actor to. */
export interface LinkTarget {
  id: string;
  name: string;
  kind: string;
}

/**
 * Links an actor to an existing node: its id, name and kind become the node's (so loading adds
 * evidence to that node and changes nothing else of it) and its country is left to the node. The
 * entry records the link (`linkedTo`), saved as the draft's `linkedIds`: loading refuses it when
 * the node is gone by then.
 */
export function linkTo(extraction: Extraction, key: string, node: LinkTarget): Extraction {
  const linked = withId(extraction, key, node.id);
  return update(linked, key, (entry) => {
    const { country: _country, ...rest } = entry.value;
    void _country;
    return {
      ...entry,
      value: { ...rest, name: node.name, kind: node.kind },
      status: 'accepted',
      linkedTo: node.id,
    };
  });
}

/** A slug of `name` (lower-case letters and digits joined by hyphens) that no entry uses. */
export function freeId(
  extraction: Extraction,
  name: string,
  taken: readonly string[] = [],
): string {
  const base =
    name
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'entry';
  const used = new Set([
    ...taken,
    scalar(extraction.document.id),
    ...extraction.entries.map((entry) => scalar(entry.value.id)),
  ]);
  let id = base;
  for (let n = 2; used.has(id); n += 1) id = `${base}-${n}`;
  return id;
}

/** Makes an actor a new node: an id of its own made from its name, not that of `taken` nodes. */
export function makeNewNode(
  extraction: Extraction,
  key: string,
  taken: readonly string[],
): Extraction {
  const entry = extraction.entries.find((one) => one.key === key);
  if (!entry) return extraction;
  const others = { ...extraction, entries: extraction.entries.filter((one) => one !== entry) };
  const id = freeId(others, scalar(entry.value.name) || 'actor', taken);
  return update(withId(extraction, key, id), key, (one) => {
    const { linkedTo: _linkedTo, ...rest } = one;
    void _linkedTo;
    return { ...rest, status: 'accepted' };
  });
}

/** Moves an entry's quote to `quote`: a statement's `quote`, or another entry's first evidence. */
export function moveQuote(extraction: Extraction, key: string, quote: SeedQuote): Extraction {
  return update(extraction, key, (entry) => {
    const value: SeedEntry = { ...entry.value };
    if (entry.section === 'statements') {
      value.quote = typeof quote === 'string' ? quote : quote.quote;
      if (typeof quote === 'string') delete value.occurrence;
      else value.occurrence = quote.occurrence;
    } else {
      const evidence = Array.isArray(value.evidence) ? [...(value.evidence as SeedQuote[])] : [];
      evidence[0] = quote;
      value.evidence = evidence;
    }
    return { ...entry, value, status: 'accepted' };
  });
}

/** Adds an entry the draft missed (accepted, marked as added by the reviewer). */
export function addEntry(
  extraction: Extraction,
  section: Section,
  value: SeedEntry,
): { extraction: Extraction; key: string } {
  const id = entryId(section, value);
  let key = `${section}:${id}`;
  for (let n = 2; extraction.entries.some((entry) => entry.key === key); n += 1)
    key = `${section}:${id}#${n}`;
  const entry: ReviewEntry = { key, section, value, status: 'accepted', added: true, note: null };
  return { extraction: { ...extraction, entries: [...extraction.entries, entry] }, key };
}

/**
 * Sets fields of the document itself (`title`, `publishedOn`, `outlet`, …; `undefined` or `''`
 * removes one). A new `id` renames every link to the document (a statement's `reportedIn`); the
 * draft is then listed under that id once saved (`saveDraftReview`).
 */
export function setDocumentFields(
  extraction: Extraction,
  changes: Readonly<Record<string, unknown>>,
): Extraction {
  const document: SeedEntry = { ...extraction.document };
  for (const [field, value] of Object.entries(changes))
    if (value === undefined || value === '') delete document[field];
    else document[field] = value;
  const from = scalar(extraction.document.id);
  const to = scalar(document.id);
  if (!from || !to || from === to) return { ...extraction, document };
  return {
    document,
    entries: extraction.entries.map((entry) => ({
      ...entry,
      value: renameLinks(entry.value, from, to),
    })),
  };
}
