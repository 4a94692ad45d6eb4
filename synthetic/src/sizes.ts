/**
 * How many nodes of each kind a synthetic graph of a given size holds. Reference nodes (actors,
 * items, measures) grow with the size, so hubs stay hubs and the long tail grows longer; articles
 * with their statements make up the rest.
 */

/** The sizes offered by flag, in nodes (about: articles are added until the total is reached). */
export const SIZES = { '1k': 1_000, '10k': 10_000, '100k': 100_000, '1m': 1_000_000 } as const;
export type SizeName = keyof typeof SIZES;

/** True when `value` names a size. */
export function isSizeName(value: unknown): value is SizeName {
  return typeof value === 'string' && value in SIZES;
}

/** Counts of reference nodes; articles and statements fill the rest up to `total`. */
export interface SyntheticPlan {
  total: number;
  countries: number;
  agencies: number;
  associations: number;
  analystFirms: number;
  outlets: number;
  unnamedSources: number;
  companies: number;
  businessUnits: number;
  persons: number;
  items: number;
  measures: number;
}

/** The plan for about `total` nodes (at least 1,000). */
export function planFor(total: number): SyntheticPlan {
  if (!Number.isInteger(total) || total < 1_000)
    throw new Error('A synthetic graph needs at least 1000 nodes.');
  const share = (fraction: number, minimum: number) =>
    Math.max(minimum, Math.round(total * fraction));
  return {
    total,
    countries: 20,
    agencies: share(0.001, 24),
    associations: share(0.0002, 3),
    analystFirms: share(0.0003, 4),
    outlets: share(0.002, 12),
    unnamedSources: 4,
    companies: share(0.01, 40),
    businessUnits: share(0.002, 8),
    persons: share(0.03, 60),
    items: share(0.005, 20),
    measures: share(0.008, 30),
  };
}
