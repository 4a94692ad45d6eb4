/**
 * The attribution chain of a statement, from the publishing document outward (see the SDL of
 * `Statement.attribution`): for each evidence document in order of first mention, its outlets;
 * then the reports it relays that carry the statement, nearest first, each followed by its
 * outlets; then the sources those reports cite. Each node appears once.
 */
import type { AttributionSourceRow } from '../neo4j/loaders.ts';

/** Node ids of the chain, in order, built from the rows of cypher/attribution.ts. */
export function attributionChain(sources: readonly AttributionSourceRow[]): string[] {
  const chain: string[] = [];
  const add = (id: string) => {
    if (!chain.includes(id)) chain.push(id);
  };
  for (const source of [...sources].sort((a, b) => a.firstMention - b.firstMention)) {
    for (const outlet of [...source.outletIds].sort()) add(outlet);
    const relayed = [...source.relayed].sort((a, b) => a.hops - b.hops || a.id.localeCompare(b.id));
    for (const report of relayed) {
      add(report.id);
      for (const outlet of [...report.outletIds].sort()) add(outlet);
    }
    for (const report of relayed) for (const cited of [...report.citedIds].sort()) add(cited);
  }
  return chain;
}
