/**
 * The full-text indexes over names and aliases on the seeded graph: CJK text, and Latin text
 * regardless of case and accents.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { seedDatabase } from '@policygraph/graph-seed';
import { neo4j, testConnection, testDriver, wipeDatabase } from '../support/neo4j.ts';

const database = testConnection().database;
let driver: Driver;

/** Ids of the nodes an index finds for `query`, best first. */
async function search(
  index: 'entity_names_cjk' | 'entity_names_folding',
  query: string,
): Promise<string[]> {
  const { records } = await driver.executeQuery(
    'CALL db.index.fulltext.queryNodes($index, $query) YIELD node, score RETURN node.id AS id ORDER BY score DESC, id',
    { index, query },
    { database, routing: neo4j.routing.READ },
  );
  return records.map((record) => record.get('id') as string);
}

beforeAll(async () => {
  driver = testDriver();
  await wipeDatabase(driver);
  await seedDatabase(driver, { database });
});

afterAll(async () => {
  await driver?.close();
});

describe('full-text search over names and aliases', () => {
  it("finds China's Ministry of Commerce by 商务部 (cjk analyzer)", async () => {
    expect(await search('entity_names_cjk', '商务部')).toContain('mofcom');
    expect(await search('entity_names_cjk', '中华人民共和国商务部')).toEqual(
      expect.arrayContaining(['mofcom']),
    );
    expect((await search('entity_names_cjk', '项立刚'))[0]).toBe('xiang-ligang');
    expect((await search('entity_names_cjk', '环球时报'))[0]).toBe('global-times');
  });

  it('finds mofcom in any case (standard-folding analyzer)', async () => {
    expect((await search('entity_names_folding', 'mofcom'))[0]).toBe('mofcom');
    expect((await search('entity_names_folding', 'MOFCOM'))[0]).toBe('mofcom');
  });

  it('finds Xiang Ligang, also written with tone marks', async () => {
    expect((await search('entity_names_folding', 'Xiang Ligang'))[0]).toBe('xiang-ligang');
    expect((await search('entity_names_folding', 'Xiàng Lìgāng'))[0]).toBe('xiang-ligang');
  });

  it("finds both the US Department of Commerce and China's Ministry of Commerce by Commerce", async () => {
    const found = await search('entity_names_folding', 'Commerce');
    expect(found).toEqual(expect.arrayContaining(['us-department-of-commerce', 'mofcom']));
    expect(found).not.toContain('amazon');
  });
});
