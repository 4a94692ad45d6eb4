/**
 * How long the API takes to answer what the explorer asks when it opens a shared view: the
 * `subgraph` query of its first chunk of ids (client/src/api/graphQueries.ts asks for at most 1,000
 * at a time), as the explorer's own operation (`SubgraphDocument` of @policygraph/client: nodes,
 * their disambiguation, statements' speakers, every relationship's evidence with its document and
 * provenance). The view is the client benchmark's 5,000-element view (./client/view-ids.ts).
 * With `--before DIR` (another checkout whose server is built) both servers answer in turns in the
 * same run, and the ratio is printed.
 *
 *   npx tsx test/bench/api/view-request.ts --size 10k --before /path/to/checkout --rounds 8
 *
 * The benchmark's store of that size must hold its graph (`npm run bench -- --size 10k --keep`
 * builds it). Errors in an answer (a DATABASE_TIMEOUT, say) are counted and printed by code.
 */
import os from 'node:os';
import { parseArgs } from 'node:util';
import { SubgraphDocument } from '@policygraph/client';
import { isSizeName, SIZES } from '@policygraph/synthetic';
import { viewIds } from '../client/view-ids.ts';
import { openStore } from '../stack/bench-store.ts';
import { startApi, type RunningServer } from '../stack/servers.ts';

/** The explorer's own `subgraph` operation, as it sends it. */
const SUBGRAPH = String(SubgraphDocument);

/** The explorer's largest `subgraph` call (SUBGRAPH_MAX_IDS). */
const CHUNK = 1000;

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '10k' },
    before: { type: 'string' },
    rounds: { type: 'string', default: '8' },
    elements: { type: 'string', default: '5000' },
  },
});
if (!isSizeName(values.size))
  throw new Error(`--size must be one of ${Object.keys(SIZES).join(', ')}.`);

const store = await openStore(values.size, { keep: true });
const servers: [string, RunningServer][] = [];
try {
  const { ids } = await viewIds(store.driver, 'syn-measure-10', Number(values.elements));
  const body = JSON.stringify({ query: SUBGRAPH, variables: { ids: ids.slice(0, CHUNK) } });
  if (values.before) servers.push(['before', await startApi(store.uri, {}, [], values.before)]);
  servers.push(['main', await startApi(store.uri)]);
  const times = new Map<string, number[]>(servers.map(([name]) => [name, []]));
  const answers = new Map<string, { chars: number; errors: Map<string, number> }>();
  // Round 0 warms each server up and is not counted.
  for (let round = 0; round <= Number(values.rounds); round += 1) {
    for (const [name, api] of servers) {
      const started = performance.now();
      const response = await fetch(api.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
      const text = await response.text();
      const elapsed = performance.now() - started;
      if (round > 0) times.get(name)!.push(elapsed);
      const errors = new Map<string, number>();
      for (const error of (JSON.parse(text) as { errors?: { extensions?: { code?: string } }[] })
        .errors ?? []) {
        const code = error.extensions?.code ?? 'no code';
        errors.set(code, (errors.get(code) ?? 0) + 1);
      }
      answers.set(name, { chars: text.length, errors });
    }
  }
  const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]!;
  console.log(
    `${values.size}: a view of ${ids.length} ids; the subgraph request of the first ` +
      `${Math.min(CHUNK, ids.length)}, ${values.rounds} rounds (load average ${os
        .loadavg()
        .map((x) => x.toFixed(2))
        .join(' ')})`,
  );
  for (const [name] of servers) {
    const answer = answers.get(name)!;
    const errors = [...answer.errors].map(([code, count]) => `${count} × ${code}`).join(', ');
    console.log(
      `  ${name}: median ${Math.round(median(times.get(name)!))} ms (${times
        .get(name)!
        .map(Math.round)
        .join(', ')}); ${answer.chars} characters; errors: ${errors || 'none'}`,
    );
  }
  if (values.before)
    console.log(
      `  main / before: ${(median(times.get('main')!) / median(times.get('before')!)).toFixed(3)}`,
    );
} finally {
  for (const [, api] of servers) await api.stop();
  await store.driver.close();
}
