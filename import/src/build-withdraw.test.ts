import { describe, expect, it } from 'vitest';
import {
  GRAPH_COUNTS_QUERY,
  IMPORTED_VERSIONS_QUERY,
  buildWithdrawNodes,
  buildWithdrawRelationships,
} from './build-withdraw.ts';

describe('withdrawal builders', () => {
  const ids = ['cn-sanctions-0123456789ab', 'us-1260h-ba9876543210'];
  it('withdraw relationships and nodes of the given imports, by parameters only', () => {
    expect(buildWithdrawRelationships(ids)).toMatchSnapshot();
    expect(buildWithdrawNodes(ids)).toMatchSnapshot();
    expect(buildWithdrawNodes(ids).params).toEqual({ documentIds: ids });
    expect(buildWithdrawNodes(ids).cypher).not.toContain('cn-sanctions');
  });
  it('read the imported versions in their order, and the counts', () => {
    expect(IMPORTED_VERSIONS_QUERY).toMatchSnapshot();
    expect(GRAPH_COUNTS_QUERY.params).toEqual({});
  });
});
