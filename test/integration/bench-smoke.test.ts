/**
 * A short run of the synthetic generator and the bulk loader (about 1,000 nodes) against a real
 * Neo4j: what is stored is what was generated, every evidence offset holds in the database, the
 * API finds names in other scripts, loading twice changes nothing, an invalid graph writes
 * nothing, and a chunk refused while writing leaves none of its documents.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import type { ValidatedDocument } from '@policygraph/model';
import { SeedValidationError, SeedWriteError } from '@policygraph/graph-seed';
import {
  buildChunkWrites,
  bulkLoad,
  chunkDocuments,
  chunkLabel,
  finishBulkSchema,
  prepareBulkSchema,
  type BulkLoadSummary,
  syntheticGraph,
} from '@policygraph/synthetic';
import { neo4j, testConnection, testDriver, wipeDatabase } from '../support/neo4j.ts';
import { appOver, queryData } from './api-helpers.ts';

const database = testConnection().database;
const graph = syntheticGraph({ nodes: 1_000 });
const documents = [...graph.documents()];
const CHUNK_NODES = 250;
let driver: Driver;
let first: BulkLoadSummary;

async function rows(
  cypher: string,
  params: Record<string, unknown> = {},
): Promise<Record<string, unknown>[]> {
  const result = await driver.executeQuery(cypher, params, {
    database,
    routing: neo4j.routing.READ,
  });
  return result.records.map((record) => record.toObject());
}

async function count(cypher: string, params: Record<string, unknown> = {}): Promise<number> {
  return Number((await rows(cypher, params))[0]!.n);
}

beforeAll(async () => {
  driver = testDriver();
  await wipeDatabase(driver);
  await prepareBulkSchema(driver, { database });
  first = await bulkLoad(driver, () => graph.documents(), { database, chunkNodes: CHUNK_NODES });
  await finishBulkSchema(driver, { database });
});

afterAll(async () => {
  await driver?.close();
});

describe('bulk loading the synthetic graph', () => {
  it('stores every generated node and relationship, in chunks of at most the budget', async () => {
    const nodes = new Set(documents.flatMap((d) => d.nodes.map((n) => n.id)));
    const relationships = new Set(documents.flatMap((d) => d.relationships.map((r) => r.id)));
    expect(first.nodes).toBe(nodes.size);
    expect(first.nodesCreated).toBe(nodes.size);
    expect(first.relationshipsCreated).toBe(relationships.size);
    expect(first.chunks).toBeGreaterThanOrEqual(Math.ceil(nodes.size / CHUNK_NODES));
    expect(await count('MATCH (n:Entity) RETURN count(n) AS n')).toBe(nodes.size);
    expect(await count('MATCH ()-[r]->() RETURN count(r) AS n')).toBe(relationships.size);
  });

  it('keeps evidence on every relationship, each quote at its offsets in the stored document text', async () => {
    expect(
      await count(
        'MATCH ()-[r]->() WHERE size(coalesce(r.evidenceQuotes, [])) = 0 RETURN count(r) AS n',
      ),
    ).toBe(0);
    const wrong = await count(
      `MATCH ()-[r]->()
       UNWIND range(0, size(r.evidenceQuotes) - 1) AS i
       MATCH (d:Entity:Document {id: r.evidenceDocumentIds[i]})
       WITH r, i, d WHERE substring(d.text, r.evidenceStarts[i], r.evidenceEnds[i] - r.evidenceStarts[i]) <> r.evidenceQuotes[i]
       RETURN count(*) AS n`,
    );
    expect(wrong).toBe(0);
  });

  it('sets each measure status from its latest reported status', async () => {
    const stale = await count(
      `MATCH (m:Measure)
       CALL (m) { MATCH (:Document)-[r:REPORTS_STATUS]->(m) RETURN r.status AS latest ORDER BY r.asOf DESC, r.id DESC LIMIT 1 }
       WITH m, latest WHERE m.status <> latest RETURN count(m) AS n`,
    );
    expect(stale).toBe(0);
  });

  it('is searchable through the API by names in Cyrillic, Arabic and Chinese script', async () => {
    const app = appOver(driver);
    const persons = graph.registry.persons.filter((p) => p.local);
    for (const script of [/\p{Script=Cyrillic}/u, /\p{Script=Arabic}/u, /\p{Script=Han}/u]) {
      const person = persons.find((p) => script.test(p.local!))!;
      const data = await queryData<{ search: { node: { id: string } }[] }>(
        app,
        'query($text: String!) { search(text: $text, first: 50) { node { id } } }',
        { text: person.local },
      );
      expect(data.search.map((hit) => hit.node.id)).toContain(person.id);
    }
  });

  it('changes nothing when the same documents are loaded again', async () => {
    const again = await bulkLoad(driver, () => documents.slice(0, 40), {
      database,
      chunkNodes: CHUNK_NODES,
    });
    expect(again.nodes).toBeGreaterThan(100);
    expect(again.nodesCreated).toBe(0);
    expect(again.relationshipsCreated).toBe(0);
    expect(
      await count(
        'MATCH ()-[r:SAID_BY]->() WHERE size(r.evidenceQuotes) <> 1 RETURN count(r) AS n',
      ),
    ).toBe(0);
  });
});

describe('bulk loading refusals', () => {
  it('writes nothing when any document is invalid, and names it', async () => {
    await wipeDatabase(driver);
    const last = documents.length - 1;
    const broken = (): ValidatedDocument[] =>
      documents.map((document, index) =>
        index === last
          ? {
              ...document,
              relationships: document.relationships.map((r, i) =>
                i === 0
                  ? { ...r, evidence: [{ ...r.evidence[0]!, start: r.evidence[0]!.start + 1 }] }
                  : r,
              ),
            }
          : document,
      );
    const error = await bulkLoad(driver, broken, { database, chunkNodes: CHUNK_NODES }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(SeedValidationError);
    expect((error as SeedValidationError).problems[0]).toMatchObject({
      code: 'QUOTE_NOT_FOUND',
      file: documents[last]!.file,
      field: 'evidence[0]',
    });
    expect(await count('MATCH (n) RETURN count(n) AS n')).toBe(0);
  });

  it('rolls back the whole chunk whose write is refused; chunks before it stay', async () => {
    await wipeDatabase(driver);
    await prepareBulkSchema(driver, { database });
    const article = documents.find((d) => d.documentId === 'syn-article-8')!;
    await driver.executeQuery(
      "CREATE (:Entity:Item {id: $id, kind: 'ITEM', name: 'taken'})",
      { id: article.documentId },
      { database },
    );
    const error = await bulkLoad(driver, () => graph.documents(), {
      database,
      chunkNodes: CHUNK_NODES,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SeedWriteError);
    expect((error as SeedWriteError).code).toBe('KIND_CONFLICT');
    expect((error as SeedWriteError).message).toContain(
      '"syn-article-8" is stored as ITEM, here DOCUMENT',
    );
    expect(
      await count('MATCH (s:Entity {id: $id}) RETURN count(s) AS n', { id: article.nodes[1]!.id }),
    ).toBe(0);
    expect(
      await count('MATCH (n:Entity {id: $id}) RETURN count(n) AS n', {
        id: 'syn-registry-countries-0',
      }),
    ).toBe(1);
    const refused = (error as SeedWriteError).documentId;
    const [firstId] = refused.split(' … ');
    expect(await count('MATCH (n:Entity {id: $id}) RETURN count(n) AS n', { id: firstId })).toBe(0);
  });

  it('names the step Neo4j refuses in the middle of a chunk (its later statements already sent) and rolls the chunk back', async () => {
    await wipeDatabase(driver);
    await prepareBulkSchema(driver, { database });
    const chunks = [...chunkDocuments(graph.documents(), CHUNK_NODES)];
    expect(chunks.length).toBeGreaterThan(2);
    const writes = buildChunkWrites(chunks[1]!);
    const relationshipSteps = writes.steps
      .map((step, index) => ({ step, index }))
      .filter(({ step }) => /^MERGE \(a\)-\[r:/m.test(step.cypher));
    const { step, index } = relationshipSteps[Math.floor(relationshipSteps.length / 2)]!;
    expect(index).toBeGreaterThan(0);
    expect(index).toBeLessThan(writes.steps.length - 1);
    const type = /MERGE \(a\)-\[r:([A-Z_]+) /.exec(step.cypher)![1]!;
    const taken = (step.params.rows as { id: string }[])[0]!.id;
    // The same relationship id between two other nodes: the chunk's MERGE creates a second one,
    // which the <type>_id_unique constraint refuses.
    await driver.executeQuery(
      `CREATE (:Entity:Item {id: 'squatter-a', kind: 'ITEM', name: 'a'})-[:${type} {id: $taken}]->(:Entity:Item {id: 'squatter-b', kind: 'ITEM', name: 'b'})`,
      { taken },
      { database },
    );
    const error = await bulkLoad(driver, () => graph.documents(), {
      database,
      chunkNodes: CHUNK_NODES,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SeedWriteError);
    expect((error as SeedWriteError).code).toBe('WRITE_FAILED');
    expect((error as SeedWriteError).documentId).toBe(chunkLabel(chunks[1]!));
    expect((error as SeedWriteError).message).toContain(`Writing ${step.description} failed: `);
    expect((error as SeedWriteError).message).toContain(taken);
    const idsOf = (chunk: ValidatedDocument[]) => chunk.flatMap((d) => d.nodes.map((n) => n.id));
    expect(
      await count('MATCH (n:Entity) WHERE n.id IN $ids RETURN count(n) AS n', {
        ids: idsOf(chunks[1]!),
      }),
    ).toBe(0);
    expect(
      await count('MATCH (n:Entity) WHERE n.id IN $ids RETURN count(n) AS n', {
        ids: idsOf(chunks[0]!),
      }),
    ).toBe(new Set(idsOf(chunks[0]!)).size);
    expect(
      await count(`MATCH ()-[r:${type} {id: $taken}]->() RETURN count(r) AS n`, { taken }),
    ).toBe(1);
  });
});
