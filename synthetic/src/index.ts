/**
 * @policygraph/graph-seed/synthetic: a deterministic synthetic graph of any size (about 10
 * thousand to 1 million nodes) with the shape of real data, for benchmarks and scale tests.
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
