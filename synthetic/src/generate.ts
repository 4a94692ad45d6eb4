/**
 * The synthetic graph of a given size and seed, as a stream of documents in load order: registry
 * documents (reference nodes and their structural relationships), measure announcements, then
 * articles with their statements until the node count reaches the size. Deterministic: the same
 * size and seed give the same documents, byte for byte.
 */
import type { ValidatedDocument } from '@policygraph/model';
import { articleDocument, type ArticleContext } from './articles.ts';
import { buildRegistry, type Registry } from './entities.ts';
import { announcementDocument, buildMeasures, type MeasureRef } from './measures.ts';
import { allRegistryDocuments, ENTRIES_PER_REGISTRY_DOCUMENT } from './registry-documents.ts';
import { planFor, type SyntheticPlan } from './sizes.ts';

/** The seed used when none is given. */
export const DEFAULT_SEED = 20_230_705;

/** Nodes an article brings on average (itself and 2.8 statements). */
const NODES_PER_ARTICLE = 3.8;

export interface SyntheticOptions {
  /** About how many nodes (at least 1000). */
  nodes: number;
  /** @default DEFAULT_SEED */
  seed?: number;
}

/** A synthetic graph: its plan and reference nodes, and its documents (generated on demand). */
export interface SyntheticGraph {
  seed: number;
  plan: SyntheticPlan;
  registry: Registry;
  measures: MeasureRef[];
  /** Every document in load order; each call starts again from the first. */
  documents(): Generator<ValidatedDocument>;
}

function referenceNodeCount(plan: SyntheticPlan): number {
  const entities =
    plan.countries * 2 +
    plan.agencies +
    plan.associations +
    plan.analystFirms +
    plan.outlets +
    plan.unnamedSources +
    plan.companies +
    plan.businessUnits +
    plan.persons +
    plan.items;
  return entities + Math.ceil(entities / ENTRIES_PER_REGISTRY_DOCUMENT) + 11 + plan.measures * 2;
}

/** Plans the graph of `options` (reference nodes in memory; documents are generated lazily). */
export function syntheticGraph(options: SyntheticOptions): SyntheticGraph {
  const seed = options.seed ?? DEFAULT_SEED;
  const plan = planFor(options.nodes);
  const registry = buildRegistry(seed, plan);
  const measures = buildMeasures(seed, plan, registry);
  const expectedArticles = Math.max(
    1,
    Math.round((plan.total - referenceNodeCount(plan)) / NODES_PER_ARTICLE),
  );
  const context: ArticleContext = { seed, registry, measures, expectedArticles };
  return {
    seed,
    plan,
    registry,
    measures,
    *documents() {
      let nodes = 0;
      for (const document of allRegistryDocuments(seed, registry)) {
        nodes += document.nodes.length;
        yield document;
      }
      for (let i = 0; i < measures.length; i += 1) {
        const document = announcementDocument(measures[i]!, i);
        nodes += document.nodes.length;
        yield document;
      }
      for (let j = 0; nodes < plan.total; j += 1) {
        const document = articleDocument(context, j);
        nodes += document.nodes.length;
        yield document;
      }
    },
  };
}
