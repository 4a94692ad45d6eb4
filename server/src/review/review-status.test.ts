import { describe, expect, it } from 'vitest';
import { notReviewed } from './review-status.ts';

const drafted = `document:
  id: d
actors:
  - id: board
    kind: AGENCY
    name: Board
  - id: quill
    kind: PERSON
    name: Mara Quill
statements:
  - id: s-1
    speaker: quill
    form: DIRECT_QUOTE
    quote: 'a'
  - id: s-2
    speaker: quill
    form: PARAPHRASE
    quote: 'b'
relationships:
  - from: quill
    type: HOLDS_ROLE
    role: chair
    to: board
`;

const marks = { acceptedKeys: [] as string[], linkedIds: [] as string[] };

describe('entries still to review', () => {
  it('are every drafted entry left as drafted and not accepted, named as the loader names entries', () => {
    expect(notReviewed({ draftedYaml: drafted, reviewedYaml: drafted, ...marks })).toEqual([
      expect.objectContaining({ code: 'NOT_REVIEWED', entry: 'actors[0] (board)' }),
      expect.objectContaining({ entry: 'actors[1] (quill)' }),
      expect.objectContaining({ entry: 'statements[0] (s-1)' }),
      expect.objectContaining({ entry: 'statements[1] (s-2)' }),
      expect.objectContaining({ entry: 'relationships[0]' }),
    ]);
  });

  it('leave out what was accepted, linked, edited, added or rejected', () => {
    const reviewed = drafted
      // s-1 edited
      .replace("form: DIRECT_QUOTE\n    quote: 'a'", "form: PARAPHRASE\n    quote: 'a'")
      // s-2 rejected, s-3 added
      .replace(
        / {2}- id: s-2[\s\S]*?quote: 'b'\n/,
        "  - id: s-3\n    speaker: board\n    form: PARAPHRASE\n    quote: 'c'\n",
      );
    const pending = notReviewed({
      draftedYaml: drafted,
      reviewedYaml: reviewed,
      acceptedKeys: ['actors:board'],
      linkedIds: ['quill'],
    });
    expect(pending.map((problem) => problem.entry)).toEqual(['relationships[0]']);
    expect(
      notReviewed({
        draftedYaml: drafted,
        reviewedYaml: reviewed,
        acceptedKeys: ['actors:board', 'relationships:quill HOLDS_ROLE board'],
        linkedIds: ['quill'],
      }),
    ).toEqual([]);
  });

  it('count a linked id only for an actor', () => {
    const pending = notReviewed({
      draftedYaml: drafted,
      reviewedYaml: drafted,
      acceptedKeys: ['actors:board', 'actors:quill', 'relationships:quill HOLDS_ROLE board'],
      linkedIds: ['s-1'],
    });
    expect(pending.map((problem) => problem.entry)).toEqual([
      'statements[0] (s-1)',
      'statements[1] (s-2)',
    ]);
  });
});
