/**
 * The API as `npm start` runs it: the compiled bundle (`server/dist/main.js`, built by
 * `server/build.ts`) under plain Node, over the seeded test database. Its SDL files, resolvers,
 * errors and masking are those of the sources: the same answers as the app built in this process.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, projectRoot } from '@policygraph/db';
import { apiCommand } from '../bench/stack/api-entry.ts';
import { testConnection } from '../support/neo4j.ts';
import { appOver, postGraphQL } from './api-helpers.ts';
import { useSeededGraph } from './seeded-api.ts';

const graph = useSeededGraph();
let server: ChildProcess;
let url: string;
let output = '';

/** A GraphQL answer body, as far as these tests read it. */
interface AnswerBody {
  data?: { search: unknown[] } | null;
  errors?: { message: string; extensions: { code: string } }[];
}

/** POSTs `query` to the compiled server; the parsed body and the status. */
async function ask(query: string, variables: Record<string, unknown> = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as AnswerBody };
}

beforeAll(async () => {
  const connection = testConnection();
  const port = await freePort();
  const command = apiCommand(projectRoot);
  expect(command.args.at(-1)).toMatch(/server\/dist\/main\.js$/);
  server = spawn(command.command, command.args, {
    cwd: projectRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      NEO4J_URI: connection.uri,
      ...(connection.user ? { NEO4J_USER: connection.user } : {}),
      ...(connection.password ? { NEO4J_PASSWORD: connection.password } : {}),
      ...(connection.database ? { NEO4J_DATABASE: connection.database } : {}),
      PORT: String(port),
      HOST: '127.0.0.1',
      SEED_ON_START: 'false',
      LOG_FORMAT: 'json',
      LOG_LEVEL: 'warn',
    },
  });
  server.stdout!.on('data', (chunk) => (output += String(chunk)));
  server.stderr!.on('data', (chunk) => (output += String(chunk)));
  url = `http://127.0.0.1:${port}/graphql`;
  const deadline = Date.now() + 60_000;
  while (!output.includes('policygraph is ready')) {
    if (server.exitCode !== null) throw new Error(`The compiled server exited:\n${output}`);
    if (Date.now() > deadline) throw new Error(`The compiled server did not start:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}, 120_000);

afterAll(async () => {
  if (server && server.exitCode === null) {
    const exited = new Promise((resolve) => server.once('exit', resolve));
    server.kill('SIGTERM');
    await exited;
  }
});

describe('the compiled server (npm start)', () => {
  it('answers a search exactly as the app built from the sources does', async () => {
    const { records } = await graph.driver.executeQuery(
      'MATCH (n:Entity) WHERE n.name IS NOT NULL RETURN n.name AS name ORDER BY n.id LIMIT 1',
      {},
      { database: testConnection().database },
    );
    const name = records[0]!.get('name') as string;
    const query =
      'query ($text: String!) { search(text: $text, first: 5) { score matchedName node { id kind name } } }';
    const compiled = await ask(query, { text: name });
    const sources = await postGraphQL(appOver(graph.driver), query, { text: name });
    expect(compiled.status).toBe(200);
    expect(compiled.body.errors).toBeUndefined();
    expect(compiled.body.data?.search.length).toBeGreaterThan(0);
    expect(compiled.body.data).toEqual(sources.body.data);
  });

  it('keeps the errors, codes and statuses of the sources', async () => {
    const query = '{ search(text: "x") { noSuchField } }';
    const compiled = await ask(query);
    const sources = await postGraphQL(appOver(graph.driver), query);
    expect(compiled.body.errors?.[0]?.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(compiled.body.errors?.[0]?.message).toContain('noSuchField');
    expect(compiled.status).toBe(sources.status);
    expect(compiled.body).toEqual(sources.body);
  });
});
