import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultDocumentsDir, readSeedDocuments } from './read-documents.ts';
import { relationshipId } from '@policygraph/model';
import { writeSeed } from './test-seed-files.ts';

describe('readSeedDocuments on the seed documents', async () => {
  const documents = await readSeedDocuments();
  const article = documents.find((doc) => doc.documentId === 'tmtpost-2023-07-06-cloud-curb');
  const text = readFileSync(
    path.join(defaultDocumentsDir, 'tmtpost-2023-07-06-cloud-curb.txt'),
    'utf8',
  );

  it('reads every document of graph-seed/documents', () => {
    expect(article).toBeDefined();
  });

  it('holds the text byte for byte, and every evidence offset slices its quote out of it', () => {
    const host = article!.nodes.find((node) => node.id === article!.documentId)!;
    expect(host.properties.text).toBe(text);
    const all = [...article!.nodes, ...article!.relationships].flatMap((record) => record.evidence);
    expect(all.length).toBeGreaterThan(200);
    for (const evidence of all) {
      expect(evidence.documentId).toBe(article!.documentId);
      expect(text.slice(evidence.start, evidence.end)).toBe(evidence.quote);
    }
  });

  it('gives every relationship and every statement evidence, and a statement its own quote', () => {
    for (const relationship of article!.relationships)
      expect(relationship.evidence.length).toBeGreaterThan(0);
    const statements = article!.nodes.filter((node) => node.kind === 'STATEMENT');
    expect(statements.length).toBeGreaterThan(0);
    for (const statement of statements) {
      expect(statement.evidence.map((evidence) => evidence.quote)).toContain(
        statement.properties.quote,
      );
    }
  });

  it('makes relationship ids unique and reports each statement in the article', () => {
    const ids = article!.relationships.map((relationship) => relationship.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const statement of article!.nodes.filter((node) => node.kind === 'STATEMENT')) {
      expect(ids).toContain(relationshipId(statement.id, 'REPORTED_IN', article!.documentId));
    }
  });

  it('records the dates of the gallium and germanium control and a month-precise Canalys estimate', () => {
    const control = article!.nodes.find(
      (node) => node.id === 'cn-gallium-germanium-export-control',
    )!;
    expect(control.dates).toEqual({ announcedOn: '2023-07-03', effectiveOn: '2023-08-01' });
    const canalys = article!.nodes.find((node) => node.id === 'canalys-big-four-79-percent')!;
    expect(canalys.dates.date).toBe('2023-06-01');
    expect(canalys.properties.datePrecision).toBe('MONTH');
  });
});

describe('readSeedDocuments on small files', () => {
  it('derives a statement name, links shorthand fields, and gives unlinked evidence to the link', async () => {
    const file = writeSeed(`actors:
  - { id: t-rassendyll, kind: PERSON, name: Rudolf Rassendyll, evidence: ['spokesperson Rudolf Rassendyll'] }
  - { id: t-daily, kind: MEDIA_OUTLET, name: Daily Example, evidence: ['Daily Example'] }
statements:
  - id: t-routine
    speaker: t-rassendyll
    form: DIRECT_QUOTE
    quote: It is routine
    saidTo: { id: t-daily, evidence: ['told the Daily Example'] }
    evidence: ['spokesperson Rudolf Rassendyll told']
`);
    const [document] = await readSeedDocuments([file]);
    const statement = document!.nodes.find((node) => node.id === 't-routine')!;
    expect(statement.name).toBe('Rudolf Rassendyll: “It is routine”');
    const byType = Object.fromEntries(
      document!.relationships.map((relationship) => [relationship.type, relationship]),
    );
    expect(Object.keys(byType).sort()).toEqual(['REPORTED_IN', 'SAID_BY', 'SAID_TO']);
    expect(byType.SAID_BY!.evidence.map((evidence) => evidence.quote)).toEqual([
      'It is routine',
      'spokesperson Rudolf Rassendyll told',
    ]);
    expect(byType.SAID_TO!.evidence.map((evidence) => evidence.quote)).toEqual([
      'told the Daily Example',
    ]);
    expect(byType.REPORTED_IN!.to).toBe('t-doc');
  });

  it('resolves a repeated quote by its occurrence and keeps one entry per offsets', async () => {
    const file = writeSeed(`actors:
  - id: t-rassendyll
    kind: PERSON
    name: Rudolf Rassendyll
    evidence: [{ quote: Rassendyll, occurrence: 2 }, { quote: Rassendyll, occurrence: 2 }, { quote: Rassendyll, occurrence: 1 }]
`);
    const [document] = await readSeedDocuments([file]);
    const starts = document!.nodes
      .find((node) => node.id === 't-rassendyll')!
      .evidence.map((evidence) => evidence.start);
    const first = readFileSync(file.replace(/yaml$/, 'txt'), 'utf8').indexOf('Rassendyll');
    const second = readFileSync(file.replace(/yaml$/, 'txt'), 'utf8').indexOf(
      'Rassendyll',
      first + 1,
    );
    expect(starts).toEqual([second, first]);
  });
});
