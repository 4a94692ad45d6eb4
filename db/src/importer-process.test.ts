import { describe, expect, it } from 'vitest';
import { DbError } from './errors.ts';
import { argumentFile } from './importer-process.ts';

describe('argumentFile', () => {
  it('quotes every argument on a line of its own, escaping backslashes and quotes', () => {
    expect(argumentFile(['--quote="', '--nodes=/tmp/a b/n.csv,C:\\x\\1.csv', 'neo4j'])).toBe(
      '"--quote=\\""\n' + '"--nodes=/tmp/a b/n.csv,C:\\\\x\\\\1.csv"\n' + '"neo4j"\n',
    );
  });

  it('refuses an argument holding a line break, which an @file cannot quote', () => {
    expect(() => argumentFile(['--nodes=/tmp/a\nb.csv'])).toThrow(DbError);
    expect(() => argumentFile(['--nodes=/tmp/a\rb.csv'])).toThrow(/line break/);
  });
});
