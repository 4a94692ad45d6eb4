/**
 * @policygraph/synthetic: data for scale and benchmarks. A deterministic synthetic graph of any
 * size (about 10 thousand to 1 million nodes) with the shape of real data (`syntheticGraph`,
 * `npm run synthetic`), and the bulk loader that writes a stream of validated documents in chunks,
 * with the Neo4j schema prepared before and completed after (`bulkLoad`, bulk/).
 */
export {
  DEFAULT_SEED,
  syntheticGraph,
  type SyntheticGraph,
  type SyntheticOptions,
} from './generate.ts';
export { SIZES, isSizeName, planFor, type SizeName, type SyntheticPlan } from './sizes.ts';
export type { EntityRef, PersonRef, ItemRef, Registry } from './entities.ts';
export type { MeasureRef } from './measures.ts';
export { Random, streamFor } from './random.ts';
export * from './bulk/index.ts';
