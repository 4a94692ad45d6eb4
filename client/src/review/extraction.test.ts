import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  inReadingOrder,
  locate,
  marksOf,
  quoteAt,
  readExtraction,
  writeExtraction,
} from './extraction.ts';
import { linkTo, makeNewNode, setField, setStatus } from './reviewEdits.ts';
import { problemEntryKey } from './loadProblems.ts';

const TEXT = 'Ana Bell said “ports stay open,” Ana Bell told reporters. The Port Office agreed.';
const DRAFTED = `
document: { id: doc-1, title: Ports, documentType: ARTICLE }
actors:
  - { id: port-office, kind: AGENCY, name: Port Office, evidence: ['The Port Office'] }
  - { id: ana-bell, kind: PERSON, name: Ana Bell, evidence: [{ quote: Ana Bell, occurrence: 1 }] }
statements:
  - { id: s-1, speaker: ana-bell, form: DIRECT_QUOTE, quote: 'ports stay open,' }
`;
const REVIEWED = `
document: { id: doc-1, title: Ports, documentType: ARTICLE }
actors:
  - { id: ana-bell, kind: PERSON, name: Ana Bell, evidence: [{ quote: Ana Bell, occurrence: 1 }] }
  - { id: reporters, kind: UNNAMED_SOURCE, name: reporters, evidence: [reporters] }
statements:
  - { id: s-1, speaker: ana-bell, form: DIRECT_QUOTE, quote: 'ports stay open,' }
`;
const SIDECAR = JSON.stringify({
  entries: [{ id: 'ana-bell', section: 'actors', confidence: 0.9, rule: 'person-name' }],
});

describe('the extraction under review', () => {
  const extraction = readExtraction(DRAFTED, REVIEWED, SIDECAR);

  it('shows drafted entries left out as rejected and new ones as added, with the sidecar note', () => {
    const byKey = Object.fromEntries(extraction.entries.map((entry) => [entry.key, entry]));
    expect(byKey['actors:port-office']?.status).toBe('rejected');
    expect(byKey['actors:reporters']).toMatchObject({ status: 'accepted', added: true });
    expect(byKey['actors:ana-bell']).toMatchObject({ status: 'pending', added: false });
    expect(byKey['actors:ana-bell']?.note?.rule).toBe('person-name');
  });

  it('lists entries in reading order, by their first quote', () => {
    expect(inReadingOrder(TEXT, extraction.entries).map((entry) => entry.key)).toEqual([
      'actors:ana-bell',
      'statements:s-1',
      'actors:reporters',
      'actors:port-office',
    ]);
  });

  it('writes the reviewed file without the rejected entries', () => {
    const file = parse(writeExtraction(extraction)) as Record<string, { id: string }[]>;
    expect(file.actors!.map((actor) => actor.id)).toEqual(['ana-bell', 'reporters']);
    expect(file.statements!.map((statement) => statement.id)).toEqual(['s-1']);
  });

  it('finds a quote by occurrence, and names a repeated selection by its occurrence', () => {
    const second = TEXT.indexOf('Ana Bell', 1);
    expect(locate(TEXT, { quote: 'Ana Bell', occurrence: 2 })).toEqual({
      start: second,
      end: second + 8,
    });
    expect(locate(TEXT, 'not in the text')).toBeNull();
    expect(quoteAt(TEXT, second, second + 8)).toEqual({ quote: 'Ana Bell', occurrence: 2 });
    const ports = TEXT.indexOf('ports');
    expect(quoteAt(TEXT, ports, ports + 5)).toBe('ports');
  });

  it("matches the loader's problems to the entries they name, by id or by index", () => {
    const problem = { code: 'X', field: 'quote', message: 'm' };
    expect(problemEntryKey(extraction, { ...problem, entry: 'statements[0] (s-1)' })).toBe(
      'statements:s-1',
    );
    expect(problemEntryKey(extraction, { ...problem, entry: 'actors[1]' })).toBe(
      'actors:reporters',
    );
    expect(problemEntryKey(extraction, { ...problem, entry: 'document' })).toBeNull();
  });

  it('reads the saved marks back: accepted drafted entries, and actors linked to a node', () => {
    const reopened = readExtraction(DRAFTED, REVIEWED, SIDECAR, {
      linkedIds: ['ana-bell', 'port-office'],
      accepted: [{ section: 'statements', id: 's-1' }],
    });
    const byKey = Object.fromEntries(reopened.entries.map((entry) => [entry.key, entry]));
    expect(byKey['statements:s-1']?.status).toBe('accepted');
    expect(byKey['actors:ana-bell']).toMatchObject({ status: 'pending', linkedTo: 'ana-bell' });
    // Port Office was rejected: not kept, so its link is not read back either.
    expect(byKey['actors:port-office']).toMatchObject({ status: 'rejected' });
    expect(marksOf(reopened)).toEqual({
      linkedIds: ['ana-bell'],
      accepted: [{ section: 'statements', id: 's-1' }],
    });
  });

  it('saves the links of kept actors and the accepted drafted entries, by their id now', () => {
    let edited = linkTo(extraction, 'actors:ana-bell', {
      id: 'bell-node',
      name: 'Ana Bell',
      kind: 'PERSON',
    });
    edited = setStatus(edited, 'statements:s-1', 'accepted');
    expect(marksOf(edited)).toEqual({
      linkedIds: ['bell-node'],
      accepted: [
        { section: 'actors', id: 'bell-node' },
        { section: 'statements', id: 's-1' },
      ],
    });
    // A new node, an id typed by hand, or a rejection each drop the link.
    expect(marksOf(makeNewNode(edited, 'actors:ana-bell', ['bell-node'])).linkedIds).toEqual([]);
    expect(marksOf(setField(edited, 'actors:ana-bell', 'id', 'bell-2')).linkedIds).toEqual([]);
    expect(marksOf(setStatus(edited, 'actors:ana-bell', 'rejected')).linkedIds).toEqual([]);
    // Added entries are not drafted ones: not in `accepted`.
    expect(marksOf(edited).accepted).not.toContainEqual({ section: 'actors', id: 'reporters' });
  });
});
