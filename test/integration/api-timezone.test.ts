/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL answers are JSON whose shape the assertions check. */
/**
 * Dates are the same whatever the server's time zone: the same queries run in two child processes,
 * one under TZ=Asia/Shanghai (UTC+8) and one under TZ=America/Los_Angeles (UTC-7 in July), give
 * identical answers, equal to the dates Neo4j stores.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { cypherRows } from './api-helpers.ts';
import { testConnection } from '../support/neo4j.ts';
import { useSeededGraph } from './seeded-api.ts';

const run = promisify(execFile);
const PROBE = path.join(import.meta.dirname, 'api-timezone-probe.ts');

const graph = useSeededGraph();

async function probe(tz: string): Promise<{ zone: string; offsetMinutes: number; result: any }> {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', PROBE], {
    env: { ...process.env, TZ: tz, PROBE_NEO4J: JSON.stringify(testConnection()) },
    timeout: 60_000,
  });
  return JSON.parse(stdout);
}

describe('dates across server time zones', () => {
  it('are identical under TZ=Asia/Shanghai and TZ=America/Los_Angeles, and equal to the stored dates', async () => {
    const [shanghai, losAngeles] = await Promise.all([
      probe('Asia/Shanghai'),
      probe('America/Los_Angeles'),
    ]);
    expect(shanghai.zone).toBe('Asia/Shanghai');
    expect(losAngeles.zone).toBe('America/Los_Angeles');
    expect(shanghai.offsetMinutes).toBe(-480);
    expect(losAngeles.offsetMinutes).toBe(420);
    for (const answer of Object.values(shanghai.result))
      expect((answer as any).errors).toBeUndefined();
    expect(losAngeles.result).toEqual(shanghai.result);

    const stored = await cypherRows(
      graph.driver,
      `MATCH (m:Measure) RETURN m.id AS id, toString(m.announcedOn) AS announcedOn, toString(m.effectiveOn) AS effectiveOn`,
    );
    const served = new Map(
      shanghai.result.measures.data.measures.edges.map((e: any) => [e.node.id, e.node]),
    );
    for (const row of stored) {
      expect(served.get(row.id)).toMatchObject({
        announcedOn: row.announcedOn,
        effectiveOn: row.effectiveOn,
      });
    }
    expect(stored.some((row) => row.announcedOn !== null)).toBe(true);

    const dated = await cypherRows(
      graph.driver,
      'MATCH (s:Statement) WHERE s.date IS NOT NULL RETURN s.id AS id, toString(s.date) AS date',
    );
    const statements = new Map(
      shanghai.result.statements.data.statements.edges.map((e: any) => [e.node.id, e.node.date]),
    );
    for (const row of dated) expect(statements.get(row.id)).toBe(row.date);

    const [july] = await cypherRows(
      graph.driver,
      "MATCH (s:Statement) WHERE date('2023-07-03') <= s.date <= date('2023-07-05') RETURN count(s) AS n",
    );
    expect(shanghai.result.july.data.statements.totalCount).toBe(Number(july!.n));

    const asOf = await cypherRows(
      graph.driver,
      'MATCH ()-[r:REPORTS_STATUS]->() RETURN r.id AS id, toString(r.asOf) AS asOf',
    );
    const relationships = new Map(
      shanghai.result.neighborhood.data.neighborhood.relationships.map((r: any) => [r.id, r.asOf]),
    );
    for (const row of asOf)
      if (relationships.has(row.id)) expect(relationships.get(row.id)).toBe(row.asOf);
    expect(JSON.stringify(shanghai.result)).not.toMatch(/"low"|"high"|T\d\d:\d\d/);
  });
});
