/**
 * CPU time per answer of each form of the API benchmark's questions: Neo4j's process, plus our API
 * server's (ours; optionally also an earlier checkout's, "before"), the raw driver's (raw: this
 * process, which runs the same Cypher through neo4j-driver) or the peer's server. On a machine whose
 * cores are all busy, throughput is cores divided by CPU per answer, so the ratio of these sums is
 * what raw/ours and ours/peer throughput tend to; unlike throughput, it hardly moves with the load
 * other work puts on a shared machine. The HTTP client (this process, for the HTTP forms) is
 * reported apart: in use it is a browser on another machine.
 *
 *   npx tsx test/bench/api/cpu-cost.ts --size 10k [--before ../checkout] [--answers 400] [--only node] [--rounds 1]
 *     [--env KEY=VALUE ...] [--before-env KEY=VALUE ...]
 *
 * The store of that size must hold its graph (`npm run bench -- --size 10k --keep` first). Forms take
 * turns going first; each is measured over `--answers` answers (a tenth for the hub and depth-2
 * questions) at 16 in flight after a warm-up. With `--rounds N` each question is measured N times,
 * the forms taking turns again in each round, and each form's median round is reported (on a busy
 * shared machine one round varies by 30 % or more). Results go to test-results/bench/cpu-<size>.json.
 *
 * Two raw forms: `raw` through `executeQuery` (the driver's managed transaction: BEGIN, RUN and
 * PULL, COMMIT) and `raw auto-commit` (`session.run`: RUN and PULL in one round trip, as our server
 * reads). Neo4j's JIT compiler keeps lowering its CPU per answer for the first few thousand
 * answers of a question: a few hundred answers per form measure mostly that warm-up, and whichever
 * form goes first pays it. For figures, use `--answers 2000 --rounds 3` (the median round is a
 * warm one).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import neo4j from 'neo4j-driver';
import { localNeo4jStatus } from '@policygraph/db';
import { isSizeName, SIZES, syntheticGraph } from '@policygraph/synthetic';
import { loadAverage } from '../machine.ts';
import { openStore } from '../stack/bench-store.ts';
import { startApi, startPeer, type RunningServer } from '../stack/servers.ts';
import type { CypherRequest } from './cypher-load.ts';
import { buildQuestions } from './questions.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** CPU milliseconds (user + system) a process has used so far. */
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // clock ticks of 10 ms
}

/** Runs `one` `count` times, `concurrency` at a time. */
async function closedLoop(count: number, concurrency: number, one: (i: number) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) await one(next++);
    }),
  );
}

interface FormCost {
  /** CPU ms per answer: Neo4j, the serving process (API, peer, or the raw driver's), the HTTP client. */
  neo4j: number;
  server: number;
  client: number;
  total: number;
  answers: number;
}

async function measure(
  count: number,
  neo4jPid: number,
  serverPid: number | null,
  one: (i: number) => Promise<void>,
): Promise<FormCost> {
  await closedLoop(Math.max(16, Math.round(count / 4)), 16, one); // warm-up
  const neo0 = cpuMs(neo4jPid);
  const server0 = serverPid ? cpuMs(serverPid) : 0;
  const self0 = process.cpuUsage();
  await closedLoop(count, 16, one);
  const self = process.cpuUsage(self0);
  const selfMs = (self.user + self.system) / 1000;
  const neo = (cpuMs(neo4jPid) - neo0) / count;
  const server = serverPid ? (cpuMs(serverPid) - server0) / count : selfMs / count;
  const client = serverPid ? selfMs / count : 0;
  const round = (value: number) => Math.round(value * 100) / 100;
  return {
    neo4j: round(neo),
    server: round(server),
    client: round(client),
    total: round(neo + server),
    answers: count,
  };
}

/** The round whose total is the median of `costs` (the lower middle one of an even count). */
function median(costs: FormCost[]): FormCost {
  return [...costs].sort((a, b) => a.total - b.total)[Math.floor((costs.length - 1) / 2)]!;
}

function httpOne(server: RunningServer, bodies: string[]) {
  return async (i: number) => {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: bodies[i % bodies.length],
    });
    const text = await response.text();
    if (!response.ok || text.includes('"errors"')) throw new Error(text.slice(0, 300));
  };
}

/**
 * The raw form as an auto-commit read (`session.run` in a READ session, RUN and PULL in one round
 * trip), the way our server runs its reads (server/src/neo4j/graph-reader.ts).
 */
function rawAutoCommitOne(driver: neo4j.Driver, requests: CypherRequest[]) {
  return async (i: number) => {
    const request = requests[i % requests.length]!;
    const session = driver.session({ defaultAccessMode: neo4j.session.READ });
    try {
      const result = await session.run(request.cypher, request.params);
      for (const record of result.records) record.toObject();
    } finally {
      await session.close();
    }
  };
}

/** The raw form through `executeQuery` (a managed transaction: BEGIN, RUN and PULL, COMMIT). */
function rawOne(driver: neo4j.Driver, requests: CypherRequest[]) {
  return async (i: number) => {
    const request = requests[i % requests.length]!;
    const result = await driver.executeQuery(request.cypher, request.params, {
      routing: neo4j.routing.READ,
    });
    for (const record of result.records) record.toObject();
  };
}

/** `KEY=VALUE` arguments of option `option` as an environment. @throws Error on one without `=`. */
function variables(pairs: string[], option: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const pair of pairs) {
    const at = pair.indexOf('=');
    if (at < 1) throw new Error(`${option} takes KEY=VALUE, not "${pair}".`);
    env[pair.slice(0, at)] = pair.slice(at + 1);
  }
  return env;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      size: { type: 'string', default: '10k' },
      before: { type: 'string' },
      answers: { type: 'string', default: '400' },
      only: { type: 'string', default: '' },
      rounds: { type: 'string', default: '1' },
      env: { type: 'string', multiple: true, default: [] },
      'before-env': { type: 'string', multiple: true, default: [] },
    },
  });
  if (!isSizeName(values.size))
    throw new Error(`--size must be one of ${Object.keys(SIZES).join(', ')}.`);
  const store = await openStore(values.size, { keep: true });
  const neo4jPid = localNeo4jStatus(store.home)?.pid;
  if (!neo4jPid) throw new Error(`No Neo4j of this benchmark runs for ${values.size}.`);
  const direct = ['--no-warnings']; // Node runs the server itself, so its pid is the server's
  const servers: Record<string, RunningServer> = {
    ours: await startApi(store.uri, variables(values.env, '--env'), direct),
    peer: await startPeer(store.uri, direct),
  };
  if (values.before)
    servers.before = await startApi(
      store.uri,
      variables(values['before-env'], '--before-env'),
      direct,
      path.resolve(values.before),
    );
  const started = new Date().toISOString();
  const load = [loadAverage()];
  const rows: { question: string; forms: Record<string, FormCost> }[] = [];
  try {
    const questions = (
      await buildQuestions(store.driver, syntheticGraph({ nodes: SIZES[values.size] }))
    ).filter(
      (question) =>
        !values.only || values.only.split(',').some((part) => question.name.includes(part)),
    );
    let turn = 0;
    for (const question of questions) {
      const heavy = /hubs|depth 2/.test(question.name);
      const count = Math.max(16, Math.round(Number(values.answers) / (heavy ? 10 : 1)));
      const forms: [string, () => Promise<FormCost>][] = [
        [
          'ours',
          () =>
            measure(count, neo4jPid, servers.ours!.pid, httpOne(servers.ours!, question.graphql)),
        ],
        ['raw', () => measure(count, neo4jPid, null, rawOne(store.driver, question.cypher))],
        [
          'raw auto-commit',
          () => measure(count, neo4jPid, null, rawAutoCommitOne(store.driver, question.cypher)),
        ],
      ];
      if (servers.before) {
        const before = servers.before;
        forms.push([
          'before',
          () => measure(count, neo4jPid, before.pid, httpOne(before, question.graphql)),
        ]);
      }
      // The peer's depth-2 question runs into Neo4j's timeout (BENCHMARKS.md): not measured.
      if (question.peer && question.name !== 'neighborhood depth 2') {
        const peerBodies = question.peer;
        forms.push([
          'peer',
          () => measure(count, neo4jPid, servers.peer!.pid, httpOne(servers.peer!, peerBodies)),
        ]);
      }
      const rounds: Record<string, FormCost[]> = {};
      for (let round = 0; round < Math.max(1, Number(values.rounds)); round += 1) {
        for (let i = 0; i < forms.length; i += 1) {
          const [name, run] = forms[(i + turn) % forms.length]!;
          (rounds[name] ??= []).push(await run());
        }
        turn += 1;
      }
      const results: Record<string, FormCost> = {};
      for (const [name, costs] of Object.entries(rounds)) results[name] = median(costs);
      rows.push({ question: question.name, forms: results });
      load.push(loadAverage());
      const ratio = (a?: FormCost, b?: FormCost) => (a && b ? (a.total / b.total).toFixed(2) : '—');
      console.log(
        `${question.name}: ${Object.entries(results)
          .map(
            ([name, cost]) =>
              `${name} ${cost.total} ms (Neo4j ${cost.neo4j} + ${cost.server}; client ${cost.client})`,
          )
          .join(
            ' | ',
          )} | ours/raw ${ratio(results.ours, results.raw)}, ours/raw auto-commit ${ratio(results.ours, results['raw auto-commit'])}, peer/ours ${ratio(results.peer, results.ours)}, before/ours ${ratio(results.before, results.ours)}`,
      );
    }
  } finally {
    for (const server of Object.values(servers)) await server.stop();
    await store.close(true);
  }
  const out = path.join(root, 'test-results', 'bench');
  mkdirSync(out, { recursive: true });
  writeFileSync(
    path.join(out, `cpu-${values.size}.json`),
    `${JSON.stringify({ size: values.size, started, before: values.before ?? null, env: values.env, beforeEnv: values['before-env'], loadAverage: load, rows }, null, 2)}\n`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
