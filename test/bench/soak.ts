/**
 * Soak: sustained concurrent load on the main root fields (search, node, neighborhood at depth 1 and
 * 2, paths, statements, measures) for a set time, against the server in its own process on
 * loopback. Each of the `concurrency` clients sends from its own loopback address (127.0.0.10,
 * .11, ...), as separate users would. Reports throughput, latency percentiles per field and overall,
 * the error count (must be 0), and the server's resident memory at start (after the warm-up), every
 * 10 s, and at the end (growth must stay under MAX_RSS_GROWTH_MIB). Not part of `npm test`.
 *
 *   npm run soak -- [--duration 120] [--concurrency 8] [--warmup 10]     (seconds, clients, seconds)
 *
 * Neo4j: NEO4J_URI when set (the seed is loaded only if missing; nothing is deleted), else a
 * throwaway built-in one. Exit code 1 on any error or too much memory growth. The whole run is
 * bounded: it stops itself `duration` + 120 s after starting, whatever happens.
 */
import os from 'node:os';
import { parseArgs } from 'node:util';
import { createClient, summary, type BenchClient } from './bench-http.ts';
import { residentMiB, startBenchStack } from './bench-stack.ts';

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '120' },
    concurrency: { type: 'string', default: '8' },
    warmup: { type: 'string', default: '10' },
  },
});
const DURATION_S = Number(values.duration);
const CONCURRENCY = Number(values.concurrency);
const WARMUP_S = Number(values.warmup);
/** Most the server's resident memory may grow from the end of the warm-up to the end of the run. */
const MAX_RSS_GROWTH_MIB = 64;

const body = (query: string, variables?: Record<string, unknown>) =>
  JSON.stringify({ query, variables });
const EVIDENCE = 'evidence { quote start end document { id title } }';

/** The operations of the soak, by root field; each client takes them in turn. */
const OPERATIONS: { field: string; bodies: string[] }[] = [
  {
    field: 'search',
    bodies: ['Commerce', '商务部', 'gallium', 'Mao', 'cloud computing', 'Wall Street'].map((text) =>
      body(
        'query ($text: String!) { search(text: $text) { score matchedName node { id kind name } } }',
        { text },
      ),
    ),
  },
  {
    field: 'node',
    bodies: ['mofcom', 'wsj', 'amazon', 'mao-ning', 'cn-gallium-germanium-export-control'].map(
      (id) =>
        body(
          `query ($id: ID!) { node(id: $id) { id kind name aliases description ${EVIDENCE} } }`,
          { id },
        ),
    ),
  },
  {
    field: 'neighborhood depth 1',
    bodies: ['mofcom', 'china-government', 'wsj', 'tmtpost'].map((id) =>
      body(
        `query ($ids: [ID!]!) { neighborhood(ids: $ids, depth: 1) { truncated nodes { id kind name } relationships { id type source target ${EVIDENCE} } } }`,
        { ids: [id] },
      ),
    ),
  },
  {
    field: 'neighborhood depth 2',
    bodies: ['mofcom', 'amazon'].map((id) =>
      body(
        `query ($ids: [ID!]!) { neighborhood(ids: $ids, depth: 2, limit: 150) { truncated nodes { id kind name } relationships { id type source target ${EVIDENCE} } } }`,
        { ids: [id] },
      ),
    ),
  },
  {
    field: 'paths',
    bodies: [
      ['wsj', 'amazon'],
      ['mao-ning', 'mofcom'],
    ].map(([from, to]) =>
      body(
        `query ($from: ID!, $to: ID!) { paths(from: $from, to: $to, maxHops: 4) { nodes { id kind name } relationships { type source target ${EVIDENCE} } } }`,
        { from, to },
      ),
    ),
  },
  {
    field: 'statements',
    bodies: [
      body(
        'query ($about: ID) { statements(about: $about, first: 20) { totalCount edges { cursor node { id quote form date speaker { id name } attribution { id name } evidence { quote document { title } } } } } }',
        { about: 'cn-gallium-germanium-export-control' },
      ),
      body(
        '{ statements(first: 5) { pageInfo { hasNextPage endCursor } edges { node { id quote } } } }',
      ),
    ],
  },
  {
    field: 'measures',
    bodies: [
      body(
        '{ measures(first: 20) { totalCount edges { node { id name status announcedOn issuedBy { id name } covers { id name } } } } }',
      ),
    ],
  },
];

interface Tally {
  times: Map<string, number[]>;
  errors: { field: string; detail: string }[];
}

async function client(
  index: number,
  url: string,
  until: () => boolean,
  tally: Tally | null,
): Promise<void> {
  const http: BenchClient = createClient(url, {
    localAddress: `127.0.0.${10 + index}`,
    connections: 1,
  });
  try {
    for (let turn = index; !until(); turn += 1) {
      const operation = OPERATIONS[turn % OPERATIONS.length]!;
      const request =
        operation.bodies[Math.floor(turn / OPERATIONS.length) % operation.bodies.length]!;
      try {
        const answer = await http.post(request);
        const failed = answer.status !== 200 || answer.text.includes('"errors"');
        if (!tally) continue;
        if (failed)
          tally.errors.push({
            field: operation.field,
            detail: `${answer.status} ${answer.text.slice(0, 200)}`,
          });
        else tally.times.get(operation.field)!.push(answer.ms);
      } catch (error) {
        tally?.errors.push({ field: operation.field, detail: String(error) });
      }
    }
  } finally {
    http.close();
  }
}

async function main(): Promise<void> {
  const hardStop = setTimeout(
    () => {
      console.error(`soak: still running ${DURATION_S + 120} s after start; giving up`);
      process.exit(2);
    },
    (DURATION_S + 120) * 1000,
  );
  hardStop.unref();
  const stack = await startBenchStack();
  try {
    const cpus = os.cpus();
    console.log(`soak ${new Date().toISOString()}`);
    console.log(
      `machine: ${cpus.length} × ${cpus[0]?.model ?? 'CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.type()} ${os.release()}; Node ${process.version}; load average ${os
        .loadavg()
        .map((load) => load.toFixed(2))
        .join(' ')}`,
    );
    console.log(
      `server ${stack.url} (pid ${stack.serverPid}); Neo4j ${stack.neo4jUri}; ${CONCURRENCY} clients; ${WARMUP_S} s warm-up, then ${DURATION_S} s`,
    );

    let warmingUp = true;
    const warmup = Array.from({ length: CONCURRENCY }, (_, i) =>
      client(i, stack.url, () => !warmingUp, null),
    );
    await new Promise((resolve) => setTimeout(resolve, WARMUP_S * 1000));
    warmingUp = false;
    await Promise.all(warmup);

    const tally: Tally = { times: new Map(OPERATIONS.map(({ field }) => [field, []])), errors: [] };
    const rssStart = residentMiB(stack.serverPid);
    const rssSamples: number[] = [rssStart];
    const sampler = setInterval(() => rssSamples.push(residentMiB(stack.serverPid)), 10_000);
    const started = performance.now();
    const end = started + DURATION_S * 1000;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, (_, i) =>
        client(i, stack.url, () => performance.now() >= end, tally),
      ),
    );
    const seconds = (performance.now() - started) / 1000;
    clearInterval(sampler);
    const rssEnd = residentMiB(stack.serverPid);
    rssSamples.push(rssEnd);

    const all = [...tally.times.values()].flat();
    console.log(
      'field'.padEnd(22),
      'requests'.padStart(9),
      'p50 ms'.padStart(8),
      'p95 ms'.padStart(8),
      'p99 ms'.padStart(8),
      'max ms'.padStart(8),
    );
    for (const [field, times] of [...tally.times.entries(), ['all', all] as [string, number[]]]) {
      const s = summary(times);
      console.log(
        field.padEnd(22),
        String(s.n).padStart(9),
        s.p50.toFixed(1).padStart(8),
        s.p95.toFixed(1).padStart(8),
        s.p99.toFixed(1).padStart(8),
        s.max.toFixed(1).padStart(8),
      );
    }
    const growth = rssEnd - rssStart;
    console.log(
      `throughput: ${(all.length / seconds).toFixed(1)} requests/s over ${seconds.toFixed(1)} s (${all.length} answered)`,
    );
    console.log(
      `errors: ${tally.errors.length}${tally.errors.length ? ` (first: ${tally.errors[0]!.field}: ${tally.errors[0]!.detail})` : ''}`,
    );
    console.log(
      `server resident memory: ${rssStart.toFixed(1)} MiB at start, ${rssEnd.toFixed(1)} MiB at end (growth ${growth.toFixed(1)} MiB, bound ${MAX_RSS_GROWTH_MIB}); every 10 s: ${rssSamples.map((rss) => rss.toFixed(0)).join(' ')}`,
    );
    process.exitCode = tally.errors.length === 0 && growth <= MAX_RSS_GROWTH_MIB ? 0 : 1;
  } finally {
    await stack.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
