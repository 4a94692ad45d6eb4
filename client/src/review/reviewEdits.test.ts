import { describe, expect, it } from 'vitest';
import { readExtraction, type Extraction } from './extraction.ts';
import {
  addEntry,
  linkTo,
  makeNewNode,
  moveQuote,
  setDocumentFields,
  setField,
  setStatus,
} from './reviewEdits.ts';

const YAML = `
document: { id: doc-1, title: Ports, documentType: ARTICLE, author: ana-bell }
actors:
  - { id: ana-bell, kind: PERSON, name: Ana Bell, country: PT, evidence: [Ana Bell] }
  - { id: port-office, kind: AGENCY, name: Port Office, evidence: [Port Office] }
statements:
  - { id: s-1, speaker: ana-bell, saidTo: { id: port-office, evidence: [x] }, form: PARAPHRASE, quote: ports, about: [ana-bell] }
  - { id: s-2, speaker: port-office, form: PARAPHRASE, quote: Ports, reportedIn: [doc-1] }
relationships:
  - { from: ana-bell, type: HOLDS_ROLE, role: head, to: port-office, evidence: [head] }
`;
const start: Extraction = readExtraction(YAML, YAML, null);
const value = (extraction: Extraction, key: string) =>
  extraction.entries.find((entry) => entry.key === key)!.value;

describe('review edits', () => {
  it('links an actor to an existing node: id, name and kind, and every link to it follows', () => {
    const linked = linkTo(start, 'actors:ana-bell', {
      id: 'bell-a',
      name: 'A. Bell',
      kind: 'PERSON',
    });
    expect(value(linked, 'actors:ana-bell')).toMatchObject({ id: 'bell-a', name: 'A. Bell' });
    expect(value(linked, 'actors:ana-bell')).not.toHaveProperty('country');
    expect(value(linked, 'statements:s-1')).toMatchObject({ speaker: 'bell-a', about: ['bell-a'] });
    expect(value(linked, 'relationships:ana-bell HOLDS_ROLE port-office').from).toBe('bell-a');
    expect(linked.document.author).toBe('bell-a');
    // The edit made a new extraction; the one before is untouched (undo keeps it).
    expect(value(start, 'statements:s-1').speaker).toBe('ana-bell');
  });

  it('makes a linked actor a new node with an id of its own, not a candidate’s', () => {
    const linked = linkTo(start, 'actors:ana-bell', {
      id: 'ana-bell-x',
      name: 'Ana Bell',
      kind: 'PERSON',
    });
    const fresh = makeNewNode(linked, 'actors:ana-bell', ['ana-bell']);
    expect(value(fresh, 'actors:ana-bell').id).toBe('ana-bell-2');
    expect(value(fresh, 'statements:s-1').speaker).toBe('ana-bell-2');
  });

  it('renames links to an object link and to an edited id, and removes emptied fields', () => {
    const renamed = setField(start, 'actors:port-office', 'id', 'harbour-office');
    expect(value(renamed, 'statements:s-1').saidTo).toEqual({
      id: 'harbour-office',
      evidence: ['x'],
    });
    const cleared = setField(start, 'statements:s-1', 'saidTo', undefined);
    expect(value(cleared, 'statements:s-1')).not.toHaveProperty('saidTo');
    expect(cleared.entries.find((entry) => entry.key === 'statements:s-1')!.status).toBe(
      'accepted',
    );
  });

  it("moves a statement's quote with its occurrence, and another entry's first evidence", () => {
    const moved = moveQuote(start, 'statements:s-1', { quote: 'port', occurrence: 2 });
    expect(value(moved, 'statements:s-1')).toMatchObject({ quote: 'port', occurrence: 2 });
    const back = moveQuote(moved, 'statements:s-1', 'ports');
    expect(value(back, 'statements:s-1')).not.toHaveProperty('occurrence');
    expect(value(moveQuote(start, 'actors:ana-bell', 'Bell'), 'actors:ana-bell').evidence).toEqual([
      'Bell',
    ]);
  });

  it('adds a missed entry as added by the reviewer, and rejects one', () => {
    const { extraction, key } = addEntry(start, 'statements', { id: 's-2', quote: 'q' });
    expect(extraction.entries.find((entry) => entry.key === key)).toMatchObject({
      added: true,
      status: 'accepted',
    });
    const rejected = setStatus(extraction, 'actors:port-office', 'rejected');
    expect(rejected.entries.find((entry) => entry.key === 'actors:port-office')!.status).toBe(
      'rejected',
    );
  });

  it("edits the document's own fields, removes emptied ones, and renames links to its id", () => {
    const edited = setDocumentFields(start, {
      title: 'Ports reopen',
      publishedOn: '2024-05-02',
      author: '',
    });
    expect(edited.document).toEqual({
      id: 'doc-1',
      title: 'Ports reopen',
      documentType: 'ARTICLE',
      publishedOn: '2024-05-02',
    });
    expect(edited.entries).toBe(start.entries);
    expect(start.document.title).toBe('Ports');

    const renamed = setDocumentFields(start, { id: 'ports-2024' });
    expect(renamed.document.id).toBe('ports-2024');
    expect(value(renamed, 'statements:s-2').reportedIn).toEqual(['ports-2024']);
    expect(value(renamed, 'statements:s-1')).toEqual(value(start, 'statements:s-1'));
  });
});
