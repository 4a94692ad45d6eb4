/**
 * The full-text indexes over names and aliases on the seeded graph: CJK text, and Latin text
 * regardless of case and accents.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
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

describe('names added by a later document', () => {
  it('merge into the node and become searchable, with the evidence of both documents', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'seed-search-'));
    writeFileSync(path.join(dir, 'later.txt'), '商務部 (MOFCOM) 公告。');
    writeFileSync(
      path.join(dir, 'later.yaml'),
      `document: { id: test-later-notice, title: Later notice, documentType: ANNOUNCEMENT, evidence: ['公告'] }
actors:
  - { id: mofcom, kind: AGENCY, name: "Ministry of Commerce of the People's Republic of China", aliases: [商務部], evidence: ['商務部 (MOFCOM)'] }
`,
    );
    expect(await search('entity_names_cjk', '商務部')).not.toContain('mofcom');
    await seedDatabase(driver, { database, files: [path.join(dir, 'later.yaml')] });
    expect(await search('entity_names_cjk', '商務部')).toContain('mofcom');
    const { records } = await driver.executeQuery(
      "MATCH (n:Entity {id: 'mofcom'}) RETURN n.aliases AS aliases, n.names AS names, n.evidenceDocumentIds AS documents",
      {},
      { database, routing: neo4j.routing.READ },
    );
    const mofcom = records[0]!.toObject();
    expect(mofcom.aliases.at(-1)).toBe('商務部');
    expect(mofcom.aliases.filter((alias: string) => alias === '商务部')).toHaveLength(1);
    expect(mofcom.names).toEqual([
      "Ministry of Commerce of the People's Republic of China",
      ...mofcom.aliases,
    ]);
    expect(new Set(mofcom.documents)).toEqual(
      new Set(['tmtpost-2023-07-06-cloud-curb', 'test-later-notice']),
    );
  });
});
