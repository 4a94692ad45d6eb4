import { describe, expect, it } from 'vitest';
import { connectionFromEnv } from './connection.ts';
import { DbError } from './errors.ts';

describe('connectionFromEnv', () => {
  it('returns null when NEO4J_URI is unset, meaning the built-in server', () => {
    expect(connectionFromEnv({})).toBeNull();
    expect(connectionFromEnv({ NEO4J_URI: '  ' })).toBeNull();
  });

  it('reads the URI, credentials and database', () => {
    expect(
      connectionFromEnv({
        NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io',
        NEO4J_USER: 'reader',
        NEO4J_PASSWORD: 'pw',
        NEO4J_DATABASE: 'policy',
      }),
    ).toEqual({
      uri: 'neo4j+s://abc.databases.neo4j.io',
      user: 'reader',
      password: 'pw',
      database: 'policy',
      local: false,
    });
  });

  it('defaults the user to neo4j and the database to the server default', () => {
    expect(connectionFromEnv({ NEO4J_URI: 'bolt://db:7687', NEO4J_PASSWORD: 'pw' })).toMatchObject({
      user: 'neo4j',
      database: undefined,
    });
  });

  it('rejects a URI with an unknown scheme, naming the variable', () => {
    expect(() => connectionFromEnv({ NEO4J_URI: 'http://localhost:7474' })).toThrow(DbError);
    expect(() => connectionFromEnv({ NEO4J_URI: 'http://localhost:7474' })).toThrow(/NEO4J_URI/);
  });
});
