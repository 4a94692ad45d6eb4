/**
 * The node ids of a view with about `elements` Cytoscape elements (nodes plus the relationships
 * among them): a breadth-first walk of the stored graph from a start node, adding nodes in walk
 * order until the nodes and the relationships among them reach the target.
 */
import type { Driver } from 'neo4j-driver';

async function neighbours(driver: Driver, ids: string[]): Promise<string[]> {
  const { records } = await driver.executeQuery(
    'UNWIND $ids AS id MATCH (:Entity {id: id})--(m:Entity) WITH DISTINCT m.id AS found ORDER BY found RETURN collect(found) AS found',
    { ids },
  );
  return records[0]!.get('found') as string[];
}

async function relationshipsAmong(driver: Driver, ids: string[]): Promise<number> {
  const { records } = await driver.executeQuery(
    'MATCH (a:Entity) WHERE a.id IN $ids MATCH (a)-[r]->(b:Entity) WHERE b.id IN $ids RETURN count(r) AS n',
    { ids },
  );
  return Number(records[0]!.get('n'));
}

/** Ids whose nodes and relationships among them make about `elements` elements. */
export async function viewIds(
  driver: Driver,
  start: string,
  elements: number,
): Promise<{ ids: string[]; relationships: number }> {
  const chosen: string[] = [start];
  const seen = new Set(chosen);
  let frontier = [start];
  let relationships = 0;
  while (frontier.length > 0) {
    const next = (await neighbours(driver, frontier)).filter((id) => !seen.has(id));
    frontier = [];
    for (let at = 0; at < next.length; at += 100) {
      const step = next.slice(at, at + 100);
      const trial = [...chosen, ...step];
      const among = await relationshipsAmong(driver, trial);
      if (trial.length + among > elements) {
        // Add the step's nodes one by one in halves until the target is met.
        let low = 0;
        let high = step.length;
        while (low < high) {
          const mid = Math.ceil((low + high) / 2);
          const count = await relationshipsAmong(driver, [...chosen, ...step.slice(0, mid)]);
          if (chosen.length + mid + count <= elements) low = mid;
          else high = mid - 1;
        }
        chosen.push(...step.slice(0, low));
        return { ids: chosen, relationships: await relationshipsAmong(driver, chosen) };
      }
      chosen.push(...step);
      for (const id of step) seen.add(id);
      frontier.push(...step);
      relationships = among;
    }
  }
  return { ids: chosen, relationships };
}
