/**
 * Where the API server's CPU goes on one question: starts our API (as the API benchmark does) with
 * V8's sampling profiler (`node --cpu-prof`), drives it with the question's rotation for a while,
 * stops it, and prints the self time by package and by function, per request answered.
 *
 *   npx tsx test/bench/api/profile-api.ts --size 10k --only node --concurrency 16 --duration 10
 *
 * The benchmark's store of that size must hold its graph (run `npm run bench -- --size 10k --keep`
 * first); the profile itself is kept in test-results/bench/profile-<question>.cpuprofile, which
 * Chromium's DevTools (Performance panel) opens.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { isSizeName, SIZES, syntheticGraph } from '@policygraph/synthetic';
import { openStore } from '../stack/bench-store.ts';
import { startApi } from '../stack/servers.ts';
import { httpLoad } from './http-load.ts';
import { buildQuestions } from './questions.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** The package (or our own folder) a script URL belongs to. */
function ownerOf(url: string): string {
  if (!url) return '(native, GC, idle)';
  if (url.startsWith('node:')) return 'node core';
  const modules = url.lastIndexOf('node_modules/');
  if (modules >= 0) {
    const rest = url.slice(modules + 'node_modules/'.length).split('/');
    return rest[0]!.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]!;
  }
  const here = url.indexOf('/server/src/');
  return here >= 0 ? `ours: ${url.slice(here + 1)}` : url;
}

/**
 * Self time in ms by a key of each sample's node, from the first request on (the server's start,
 * module loading included, is left out).
 */
function selfTimes(profile: CpuProfile, key: (node: ProfileNode) => string): Map<string, number> {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parent.set(child, node.id);
  const serving = (id: number): boolean => {
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      if (byId.get(at)!.callFrame.functionName === 'processRequest') return true;
    }
    return false;
  };
  const first = profile.samples.findIndex(serving);
  const times = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    if (i < first) return;
    const node = byId.get(id)!;
    const name = key(node);
    times.set(name, (times.get(name) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  return times;
}

/** Time in ms of the samples with a frame of each of `names` on their stack (inclusive time). */
function inclusiveTimes(profile: CpuProfile, names: string[]): Map<string, number> {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parent.set(child, node.id);
  const times = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const name = byId.get(at)!.callFrame.functionName;
      if (names.includes(name)) seen.add(name);
    }
    for (const name of seen)
      times.set(name, (times.get(name) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  return times;
}

/** Functions whose inclusive time is printed: the stages of answering a request. */
const STAGES = [
  'processRequest',
  'handleParams',
  'parse',
  'validate',
  'execute',
  'executeQuery',
  'read',
  'toPlain',
  'processResult',
  'jsonStringifyResultWithoutInternals',
  'onExecute',
  'contextFactory',
  'operationCost',
  'overRepeated',
  'parserOnHeadersComplete',
  'parserOnIncoming',
  'captureStacktrace',
];

function top(times: Map<string, number>, count: number, perRequest: number): string[] {
  return [...times.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, ms]) => `${(ms / perRequest).toFixed(3).padStart(8)} ms  ${name}`);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      size: { type: 'string', default: '10k' },
      only: { type: 'string', default: 'node' },
      concurrency: { type: 'string', default: '16' },
      duration: { type: 'string', default: '10' },
    },
  });
  if (!isSizeName(values.size))
    throw new Error(`--size must be one of ${Object.keys(SIZES).join(', ')}.`);
  const graph = syntheticGraph({ nodes: SIZES[values.size] });
  const store = await openStore(values.size, { keep: true });
  const dir = path.join(os.tmpdir(), `policygraph-profile-${process.pid}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  try {
    const question = (await buildQuestions(store.driver, graph)).find(
      (q) => q.name === values.only,
    );
    if (!question) throw new Error(`No question named "${values.only}".`);
    const api = await startApi(store.uri, {}, ['--cpu-prof', `--cpu-prof-dir=${dir}`]);
    const connections = Number(values.concurrency);
    await httpLoad({
      url: api.url,
      bodies: question.graphql,
      connections,
      durationSeconds: 3,
      warmupSeconds: 0,
    });
    const measured = await httpLoad({
      url: api.url,
      bodies: question.graphql,
      connections,
      durationSeconds: Number(values.duration),
      warmupSeconds: 0,
    });
    await api.stop();
    // The profile is written as the server's process exits, after its tsx parent may have.
    for (let tries = 0; tries < 300 && readdirSync(dir).length === 0; tries += 1)
      await new Promise((resolve) => setTimeout(resolve, 200));
    await new Promise((resolve) => setTimeout(resolve, 2000));
    // tsx runs the server in a child process: the largest profile is the server's.
    const files = readdirSync(dir).map((name) => path.join(dir, name));
    const file = files.sort((a, b) => statSync(b).size - statSync(a).size)[0];
    if (!file) throw new Error(`The server wrote no profile in ${dir}.`);
    const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
    const requests = measured.requests + Math.round(measured.rps * 3); // the 3 s before are in the profile too
    const busy = selfTimes(profile, (node) =>
      node.callFrame.functionName === '(idle)' ? 'idle' : 'busy',
    );
    console.log(
      `${question.name}, ${connections} in flight: ${measured.rps} req/s; ${requests} requests profiled; ` +
        `CPU ${((busy.get('busy') ?? 0) / requests).toFixed(3)} ms per request (idle excluded)`,
    );
    console.log('\nInclusive time per request, by stage (whole profile):');
    for (const line of top(inclusiveTimes(profile, STAGES), STAGES.length, requests))
      console.log(line);
    console.log('\nSelf time per request, by package:');
    for (const line of top(
      selfTimes(profile, (node) =>
        node.callFrame.functionName === '(idle)' ? '(idle)' : ownerOf(node.callFrame.url),
      ),
      15,
      requests,
    ))
      console.log(line);
    console.log('\nSelf time per request, by function:');
    for (const line of top(
      selfTimes(
        profile,
        (node) =>
          `${node.callFrame.functionName || '(anonymous)'} ${ownerOf(node.callFrame.url)}:${node.callFrame.lineNumber + 1}`,
      ),
      30,
      requests,
    ))
      console.log(line);
    const out = path.join(root, 'test-results', 'bench');
    mkdirSync(out, { recursive: true });
    copyFileSync(file, path.join(out, `profile-${question.name.replace(/\W+/g, '-')}.cpuprofile`));
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await store.close(true);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
