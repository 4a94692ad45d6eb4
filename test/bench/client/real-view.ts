/**
 * The real-data view of the client benchmark: the big hubs of the imported lists (the US Department
 * of Commerce and its Bureau of Industry and Security, MOFCOM, the US Department of Defense and China's Ministry of Foreign Affairs, found
 * by name) and their neighbours, capped
 * at `maxNodes`, as the explorer's link (`#view=`, client/src/state/viewLink.ts) would carry it
 * after expanding each hub in turn. Two links: every neighbour drawn on its own (grouping off), and
 * the same nodes with the groups an expansion makes (client/src/state/groups.ts: per hub, the
 * neighbours of one kind not shown before, for each kind with at least the build's threshold).
 */
import LZString from 'lz-string';
import type { Driver } from 'neo4j-driver';
import { DEFAULT_GROUP_THRESHOLD } from '@policygraph/client';

/** The hubs, by a regular expression on the name or an alias (Cypher `=~`), in expansion order. */
export const HUBS = [
  { name: 'US Department of Commerce', pattern: '(?i)(u\\.?s\\.? )?department of commerce' },
  { name: 'BIS', pattern: '(?i)bureau of industry and security' },
  { name: 'MOFCOM', pattern: '(?i)(mofcom|ministry of commerce.*)' },
  { name: 'US Department of Defense', pattern: '(?i)(u\\.?s\\.? )?department of defen[cs]e' },
  {
    name: 'China MFA',
    pattern: "(?i)ministry of foreign affairs of the people's republic of china",
  },
];

export interface RealView {
  /** The hubs found: id, name and number of neighbours. */
  hubs: { id: string; name: string; neighbours: number }[];
  /** Node ids of the view (hubs first). */
  ids: string[];
  /** Groups of the grouped view: anchor, kind, members, and the members opened to expand them. */
  groups: { anchor: string; kind: string; members: string[]; released: string[] }[];
  /** Link fragments (`#view=…`) without and with the groups. */
  plainHash: string;
  groupedHash: string;
}

/** The node of a hub: the best-connected node whose name or an alias matches. */
async function findHub(driver: Driver, pattern: string): Promise<{ id: string; name: string }> {
  const { records } = await driver.executeQuery(
    `MATCH (n:Entity) WHERE n.name =~ $pattern OR any(alias IN coalesce(n.aliases, []) WHERE alias =~ $pattern)
     RETURN n.id AS id, n.name AS name, COUNT { (n)--(:Entity) } AS degree ORDER BY degree DESC, id LIMIT 1`,
    { pattern },
    { routing: 'READ' },
  );
  if (records.length === 0) throw new Error(`No node matches the hub pattern ${pattern}.`);
  return { id: records[0]!.get('id') as string, name: records[0]!.get('name') as string };
}

/** Neighbours of `id` with their kind, sorted by id. */
async function neighbours(driver: Driver, id: string): Promise<{ id: string; kind: string }[]> {
  const { records } = await driver.executeQuery(
    `MATCH (:Entity {id: $id})--(m:Entity) WITH DISTINCT m RETURN m.id AS id, m.kind AS kind ORDER BY id`,
    { id },
    { routing: 'READ' },
  );
  return records.map((record) => ({
    id: record.get('id') as string,
    kind: record.get('kind') as string,
  }));
}

/** Same-kind neighbours from which an expansion groups them: the explorer's default. */
export const GROUP_FROM = DEFAULT_GROUP_THRESHOLD;

function hash(json: object): string {
  return `#view=${LZString.compressToEncodedURIComponent(JSON.stringify({ v: 1, ...json }))}`;
}

/**
 * The view around the hubs: each hub expanded, then each node its expansion brought in, breadth
 * first to `depth` steps from the hubs, until `maxNodes` nodes are shown. Every expansion groups
 * its new neighbours of one kind when there are at least `threshold` of them; a group member that
 * is expanded later is opened first (released), as a user opens a member to expand it.
 */
export async function realView(
  driver: Driver,
  options: { maxNodes?: number; depth?: number; threshold?: number } = {},
): Promise<RealView> {
  const { maxNodes = 2_000, depth = 2, threshold = GROUP_FROM } = options;
  const hubs: RealView['hubs'] = [];
  for (const { pattern } of HUBS) {
    const hub = await findHub(driver, pattern);
    if (!hubs.some(({ id }) => id === hub.id)) hubs.push({ ...hub, neighbours: 0 });
  }
  const shown = new Set(hubs.map(({ id }) => id));
  const groups: RealView['groups'] = [];
  const groupOf = new Map<string, RealView['groups'][number]>();
  let frontier = hubs.map(({ id }) => id);
  for (let step = 0; step < depth && frontier.length > 0 && shown.size < maxNodes; step += 1) {
    const next: string[] = [];
    for (const anchor of frontier) {
      if (shown.size >= maxNodes) break;
      const group = groupOf.get(anchor);
      if (group) group.released.push(anchor);
      const around = await neighbours(driver, anchor);
      const hub = hubs.find(({ id }) => id === anchor);
      if (hub) hub.neighbours = around.length;
      const fresh = around
        .filter(({ id }) => !shown.has(id))
        .slice(0, Math.max(0, maxNodes - shown.size));
      const byKind = new Map<string, string[]>();
      for (const { id, kind } of fresh) {
        shown.add(id);
        next.push(id);
        byKind.set(kind, [...(byKind.get(kind) ?? []), id]);
      }
      for (const [kind, members] of byKind)
        if (threshold > 0 && members.length >= threshold) {
          const made = { anchor, kind, members: [...members].sort(), released: [] as string[] };
          groups.push(made);
          for (const member of members) groupOf.set(member, made);
        }
    }
    frontier = next;
  }
  const ids = [...shown];
  return {
    hubs,
    ids,
    groups,
    plainHash: hash({ n: ids }),
    groupedHash: hash({
      n: ids,
      g: groups.map(({ anchor, kind, members, released }) => [
        anchor,
        kind,
        members,
        [...released].sort(),
      ]),
    }),
  };
}
