import { describe, expect, it } from 'vitest';
import { buildPaths } from './paths.ts';
import { resolvedIdExpr, resolvedIdsExpr, resolvedIdsOf } from './resolve-ids.ts';
import { buildStatements } from './statements.ts';

describe('ids resolved through merge records', () => {
  it('looks an absorbed id up in the merge records only when no node holds it', () => {
    expect(resolvedIdExpr('$from')).toBe(
      'coalesce(head(COLLECT { MATCH (rec:MergeRecord {absorbedId: $from}) WHERE NOT EXISTS { MATCH (:Entity {id: $from}) } RETURN rec.survivorId }), $from)',
    );
    expect(resolvedIdsExpr('$ids')).toMatchSnapshot();
    expect(resolvedIdsOf('$from', '$to')).toMatchSnapshot();
  });

  it('is what the builders taking ids splice in, with the ids still parameters', () => {
    const paths = buildPaths({ from: 'dana-quill', to: 'mofcom', maxHops: 4, first: 3 });
    expect(paths.cypher.split('\n')[0]).toBe(
      `WITH ${resolvedIdExpr('$from')} AS from, ${resolvedIdExpr('$to')} AS to`,
    );
    expect(paths.params).toEqual({ from: 'dana-quill', to: 'mofcom' });
    const statements = buildStatements({ speaker: 'dana-quill', first: 5, offset: 0 });
    expect(statements.cypher).toContain(`WITH ${resolvedIdExpr('$speaker')} AS speaker`);
    expect(statements.cypher).toContain('MATCH (:Entity {id: speaker})<-[:SAID_BY]-(s:Statement)');
  });
});
