/**
 * `npm run db:start | db:stop | db:status | db:install`: the built-in local Neo4j.
 * Exit codes: 0 done, 1 failed (the message says why), 3 status: not running.
 */
import { DbError } from './errors.ts';
import { installNeo4j } from './install.ts';
import { localNeo4jStatus, startLocalNeo4j, stopLocalNeo4j } from './local-server.ts';
import { connectionFromEnv } from './connection.ts';
import { loadDotEnv } from './dotenv.ts';
import { localLayout } from './paths.ts';

async function main(command: string | undefined): Promise<number> {
  loadDotEnv();
  if (connectionFromEnv() && command !== 'install') {
    console.error(
      `NEO4J_URI is set (${process.env.NEO4J_URI}): policygraph uses that server; the local one is not needed.`,
    );
  }
  switch (command) {
    case 'install':
      await installNeo4j();
      return 0;
    case 'start': {
      const running = localNeo4jStatus();
      if (running) {
        console.log(
          `Neo4j is already running: bolt://127.0.0.1:${running.boltPort} (pid ${running.pid}).`,
        );
        return 0;
      }
      const server = await startLocalNeo4j({ detached: true });
      console.log(
        `Neo4j is running: ${server.uri} (pid ${server.pid}, started in ${(server.startupMs / 1000).toFixed(1)} s, ` +
          `store ${localLayout().data}).`,
      );
      return 0;
    }
    case 'stop': {
      const stopped = await stopLocalNeo4j();
      console.log(stopped ? 'Neo4j stopped.' : 'Neo4j was not running.');
      return 0;
    }
    case 'status': {
      const running = localNeo4jStatus();
      if (!running) {
        console.log('Neo4j is not running (start it with npm run db:start).');
        return 3;
      }
      console.log(
        `Neo4j is running: bolt://127.0.0.1:${running.boltPort} (pid ${running.pid}, since ${running.startedAt}, ` +
          `store ${localLayout().data}).`,
      );
      return 0;
    }
    default:
      console.error('Usage: tsx db/src/cli.ts start|stop|status|install');
      return 1;
  }
}

main(process.argv[2]).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof DbError ? `error [${error.code}]: ${error.message}` : error);
    process.exit(1);
  },
);
