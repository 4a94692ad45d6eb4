/**
 * A look-up by id costs the same however many other nodes of its kind there are, against a real
 * Neo4j: the provenance of cited documents (read for every `evidence { provenance }`), a loaded
 * document of the review, and the listings of one actor or one measure. Each names `:Entity`, whose
 * `id` the `entity_id_unique` constraint indexes; a kind's label alone (`:Document`, `:Actor`) has no
 * index, and Neo4j then scans every node of that label or every LISTS relationship: the provenance
 * of a 1,000-node view's documents took 0.96 s that way on the 10k benchmark graph. Database hits
 * are compared, which do not depend on the machine's load (model/src/id-lookups.test.ts reads the
 * sources for the same mistake, where a look-up can be told from the source alone).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import neo4j, { type Driver } from 'neo4j-driver';
import type { CypherQuery } from '@policygraph/model';
import { buildDocumentReviews, buildListings, buildLoadedDocument } from '@policygraph/server';
import { planDbHits, testConnection, testDriver } from '../support/neo4j.ts';
import { freshSeedGraph, importFixtureFile } from './import-support.ts';

const database = testConnection().database;
/** Unrelated nodes of each kind added between the two measurements. */
const MORE = 2_000;
let driver: Driver;
let listing: { measure: string; actor: string };
let documents: string[];

/**
 * Database hits of `query` (PROFILE) in a read transaction, planned afresh on fresh statistics:
 * Neo4j samples its indexes in the background and keeps a plan made for a small graph until its
 * statistics have drifted for a while, and for a graph of a few dozen nodes a scan may rightly be
 * the cheaper plan. `db.prepareForReplanning` resamples the indexes, waits, and empties the plan
 * cache.
 */
async function dbHits(query: CypherQuery): Promise<number> {
  await driver.executeQuery('CALL db.prepareForReplanning()', {}, { database });
  const { summary } = await driver.executeQuery(`PROFILE ${query.cypher}`, query.params, {
    database,
    routing: neo4j.routing.READ,
  });
  return planDbHits(summary.profile);
}

beforeAll(async () => {
  driver = testDriver();
  await freshSeedGraph(driver);
  await importFixtureFile(driver, 'cn-sanctions', 'cn-sanctions.csv');
  const { records } = await driver.executeQuery(
    'MATCH (m:Measure)-[:LISTS]->(a:Actor) RETURN m.id AS measure, a.id AS actor ORDER BY actor LIMIT 1',
    {},
    { database },
  );
  listing = {
    measure: records[0]!.get('measure') as string,
    actor: records[0]!.get('actor') as string,
  };
  const docs = await driver.executeQuery(
    'MATCH (d:Document) RETURN d.id AS id ORDER BY id',
    {},
    {
      database,
    },
  );
  documents = docs.records.map((record) => record.get('id') as string);
  expect(documents.length).toBeGreaterThan(1);
});

afterAll(async () => {
  await driver.close();
});

describe('look-ups by id', () => {
  it('cost the same however many documents, actors, measures and listings there are', async () => {
    const queries = () => [
      buildDocumentReviews(documents),
      buildLoadedDocument(documents[0]!),
      buildListings({ actor: listing.actor, first: 20, offset: 0 }),
      buildListings({ measure: listing.measure, first: 20, offset: 0 }),
    ];
    const before: number[] = [];
    for (const query of queries()) before.push(await dbHits(query));
    await driver.executeQuery(
      `UNWIND range(1, $more) AS i
       CREATE (:Entity:Document {id: 'cost-document-' + i, kind: 'DOCUMENT', name: 'd' + i})
       CREATE (m:Entity:Measure {id: 'cost-measure-' + i, kind: 'MEASURE', name: 'm' + i})
              -[:LISTS {id: 'cost-listing-' + i, listedOn: date('2024-01-01')}]->
              (:Entity:Actor {id: 'cost-actor-' + i, kind: 'COMPANY', name: 'a' + i})`,
      { more: neo4j.int(MORE) },
      { database },
    );
    try {
      for (const [index, query] of queries().entries()) {
        const hits = await dbHits(query);
        expect(hits, `query ${index}`).toBeGreaterThan(0);
        expect(
          hits - before[index]!,
          `query ${index}: ${query.cypher.split('\n')[0]}`,
        ).toBeLessThan(MORE / 20);
      }
    } finally {
      await driver.executeQuery(
        "MATCH (n:Entity) WHERE n.id STARTS WITH 'cost-' DETACH DELETE n",
        {},
        { database },
      );
    }
  });
});
