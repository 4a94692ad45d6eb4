import { describe, expect, it } from 'vitest';
import type { ValidatedDocument } from '@policygraph/model';
import neo4j from 'neo4j-driver';
import { SeedValidationError } from '@policygraph/graph-seed';
import { bulkLoad } from './bulk-load.ts';
import { GraphValidator } from './validate-graph.ts';

const TEXT = 'MOFCOM announced the gallium control. Mao Ning said: “We oppose it.”';
const at = (quote: string) => ({
  documentId: 'doc',
  quote,
  start: TEXT.indexOf(quote),
  end: TEXT.indexOf(quote) + quote.length,
});

/** A valid document: a host document, an agency, a person, a statement and its relationships. */
function document(): ValidatedDocument {
  const node = (
    id: string,
    kind: ValidatedDocument['nodes'][number]['kind'],
    name: string,
    extra: Record<string, string> = {},
    evidence = [at(name)],
  ) => ({
    id,
    kind,
    name,
    aliases: [],
    properties: { kind, name, ...extra },
    dates: {},
    evidence,
    entry: `node ${id}`,
  });
  const statement = {
    ...node(
      'st',
      'STATEMENT',
      'Mao Ning: “We oppose it.”',
      { quote: 'We oppose it.', form: 'DIRECT_QUOTE' },
      [at('We oppose it.')],
    ),
    dates: { date: '2023-07-05' },
  };
  const rel = (type: 'SAID_BY' | 'REPORTED_IN' | 'PUBLISHED_BY', from: string, to: string) => ({
    id: `${from}|${type}|${to}`,
    type,
    from,
    to,
    properties: {},
    dates: {},
    evidence: [at('We oppose it.')],
    entry: `relationship ${from}|${type}|${to}`,
    field: type,
  });
  return {
    file: 'synthetic:doc',
    documentId: 'doc',
    nodes: [
      {
        ...node('doc', 'DOCUMENT', 'MOFCOM', { text: TEXT, documentType: 'ARTICLE' }),
        dates: { publishedOn: '2023-07-05' },
      },
      node('mofcom', 'AGENCY', 'MOFCOM'),
      node('mao-ning', 'PERSON', 'Mao Ning'),
      statement,
    ],
    relationships: [
      rel('SAID_BY', 'st', 'mao-ning'),
      rel('REPORTED_IN', 'st', 'doc'),
      rel('PUBLISHED_BY', 'doc', 'mofcom'),
    ],
  };
}

const codes = (doc: ValidatedDocument, validator = new GraphValidator()) =>
  validator.check([doc]).map((p) => `${p.code} ${p.entry} ${p.field}`);

describe('GraphValidator', () => {
  it('accepts a valid document and then knows its nodes', () => {
    const validator = new GraphValidator();
    expect(validator.check([document()])).toEqual([]);
    expect(validator.knownNodes.get('mao-ning')).toBe('PERSON');
  });

  it('names a quote that is not at its offsets', () => {
    const doc = document();
    doc.relationships[0]!.evidence = [
      { documentId: 'doc', quote: 'We oppose it.', start: 3, end: 16 },
    ];
    expect(codes(doc)).toEqual(['QUOTE_NOT_FOUND relationship st|SAID_BY|mao-ning evidence[0]']);
  });

  it('names evidence in a document loaded elsewhere, and offsets outside the text', () => {
    const doc = document();
    doc.nodes[1]!.evidence = [{ documentId: 'other', quote: 'x', start: 0, end: 1 }];
    doc.nodes[2]!.evidence = [{ documentId: 'doc', quote: 'x', start: 500, end: 501 }];
    expect(codes(doc)).toEqual([
      'TEXT_NOT_FOUND node mofcom evidence[0]',
      'QUOTE_NOT_FOUND node mao-ning evidence[0]',
    ]);
  });

  it('refuses a relationship without evidence, to an unknown id, of the wrong kinds, or stated twice', () => {
    const doc = document();
    doc.relationships[0]!.evidence = [];
    doc.relationships.push({
      ...doc.relationships[1]!,
      id: 'st|REPORTED_IN|nowhere',
      to: 'nowhere',
      entry: 'relationship st|REPORTED_IN|nowhere',
    });
    doc.relationships.push({
      ...doc.relationships[2]!,
      id: 'doc|PUBLISHED_BY|st',
      to: 'st',
      entry: 'relationship doc|PUBLISHED_BY|st',
    });
    doc.relationships.push({ ...doc.relationships[1]! });
    expect(codes(doc)).toEqual([
      'SCHEMA relationship st|SAID_BY|mao-ning evidence',
      'UNKNOWN_REFERENCE relationship st|REPORTED_IN|nowhere REPORTED_IN',
      'WRONG_KIND relationship doc|PUBLISHED_BY|st PUBLISHED_BY',
      'DUPLICATE_RELATIONSHIP relationship st|REPORTED_IN|doc REPORTED_IN',
    ]);
  });

  it('refuses a relationship id that is not the model id, an impossible date and an unknown status', () => {
    const doc = document();
    doc.relationships[0]!.id = 'made-up';
    doc.nodes[3]!.dates = { date: '2023-02-29' };
    doc.nodes[1]!.properties.status = 'DONE';
    expect(codes(doc)).toEqual([
      'SCHEMA node mofcom status',
      'IMPOSSIBLE_DATE node st date',
      'SCHEMA relationship st|SAID_BY|mao-ning id',
    ]);
  });

  it('refuses an id known as another kind from an earlier chunk', () => {
    const validator = new GraphValidator();
    validator.check([document()]);
    const later = document();
    later.nodes[1]!.kind = 'COMPANY';
    later.nodes[1]!.properties.kind = 'COMPANY';
    expect(codes(later, validator)).toContain('CONFLICTING_DEFINITION node mofcom kind');
  });

  it('refuses a statement whose quote is not among its evidence', () => {
    const doc = document();
    doc.nodes[3]!.properties.quote = 'Something else.';
    expect(codes(doc)).toEqual(['QUOTE_NOT_FOUND node st quote']);
  });
});

describe('GraphValidator on a document with a very large number of problems', () => {
  it('returns them all (more than one call can take as arguments) rather than failing', () => {
    const doc = document();
    const wrong = { documentId: 'doc', quote: 'We oppose it.', start: 3, end: 16 };
    doc.relationships[0]!.evidence = Array.from({ length: 150_000 }, () => wrong);
    const problems = new GraphValidator().check([doc]);
    expect(problems).toHaveLength(150_000);
    expect(problems[149_999]).toMatchObject({ code: 'QUOTE_NOT_FOUND', field: 'evidence[149999]' });
  });

  it('makes bulkLoad refuse the graph with the first problems, before it connects to Neo4j', async () => {
    const doc = document();
    const wrong = { documentId: 'doc', quote: 'We oppose it.', start: 3, end: 16 };
    doc.relationships[0]!.evidence = Array.from({ length: 150_000 }, () => wrong);
    const driver = neo4j.driver('bolt://127.0.0.1:9', neo4j.auth.basic('none', 'none'));
    try {
      const error = await bulkLoad(driver, () => [doc]).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(SeedValidationError);
      expect((error as SeedValidationError).problems).toHaveLength(100);
    } finally {
      await driver.close();
    }
  });
});
