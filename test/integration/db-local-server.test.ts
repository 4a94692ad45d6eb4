/**
 * The built-in Neo4j refuses clearly to start where it cannot: a taken port, a store held by
 * another running server (known from our pid file, or only from Neo4j's own store lock).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { DbError, freePort, localLayout, startLocalNeo4j } from '@policygraph/db';

const server = inject('neo4j');
const scratch = mkdtempSync(path.join(os.tmpdir(), 'policygraph-db-test-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function startError(options: Parameters<typeof startLocalNeo4j>[0]): Promise<DbError> {
  try {
    const started = await startLocalNeo4j({ ...options, log: () => {} });
    await started.stop();
  } catch (error) {
    if (error instanceof DbError) return error;
    throw error;
  }
  throw new Error('startLocalNeo4j succeeded where it should have failed');
}

describe('starting the built-in Neo4j', () => {
  it('fails fast with PORT_IN_USE when the Bolt port is taken', async () => {
    const blocker = net.createServer();
    const port = await freePort();
    await new Promise<void>((resolve) => blocker.listen(port, '127.0.0.1', resolve));
    try {
      const started = Date.now();
      const error = await startError({ home: path.join(scratch, 'port'), boltPort: port });
      expect(error.code).toBe('PORT_IN_USE');
      expect(error.message).toContain(`Port ${port}`);
      expect(error.message).toContain('NEO4J_LOCAL_BOLT_PORT');
      expect(Date.now() - started).toBeLessThan(10_000);
    } finally {
      blocker.close();
    }
  });

  it.skipIf(!server.home)(
    'refuses a store that a running server holds, known from its pid file',
    async () => {
      const error = await startError({ home: server.home, boltPort: await freePort() });
      expect(error.code).toBe('STORE_LOCKED');
      expect(error.message).toContain('npm run db:stop');
    },
  );

  it.skipIf(!server.home)(
    'reports STORE_LOCKED from Neo4j itself when no pid file says so',
    async () => {
      const pidFile = localLayout(server.home).pidFile;
      const saved = readFileSync(pidFile, 'utf8');
      const conf = path.join(localLayout(server.home).conf, 'neo4j.conf');
      const savedConf = readFileSync(conf, 'utf8');
      writeFileSync(pidFile, '');
      try {
        const error = await startError({
          home: server.home,
          boltPort: await freePort(),
          timeoutMs: 100_000,
        });
        expect(error.code).toBe('STORE_LOCKED');
        expect(error.message).toMatch(/locked/i);
      } finally {
        writeFileSync(pidFile, saved);
        writeFileSync(conf, savedConf);
      }
    },
    150_000,
  );
});
