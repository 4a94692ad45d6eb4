/** Resolvers of the statement and measure connections (Relay cursor connections). */
import { edgesOf, pageInfoOf } from '../pagination.ts';
import type {
  MeasureConnectionResolvers,
  StatementConnectionResolvers,
} from '../schema/resolvers-types.generated.ts';

export const StatementConnection: StatementConnectionResolvers = {
  edges: (page) => edgesOf(page),
  pageInfo: (page) => pageInfoOf(page),
  totalCount: (page) => page.totalCount,
};

export const MeasureConnection: MeasureConnectionResolvers = {
  edges: (page) => edgesOf(page),
  pageInfo: (page) => pageInfoOf(page),
  totalCount: (page) => page.totalCount,
};
