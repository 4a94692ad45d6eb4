/**
 * A first load through Neo4j's offline importer, this checkout against an earlier one, in one run:
 * first-load-run.ts in a process of its own for each side, taking turns going first, each with the
 * Node flags its own `npm run synthetic` passes to tsx. Prints one Markdown row per load (wall
 * seconds of each phase, CPU seconds of each phase, peak memory, load average) and the ratios
 * before/after, and writes test-results/bench/first-load-<nodes>.json.
 *
 *   npx tsx test/bench/load/offline-compare.ts --before DIR [--nodes 334000] [--rounds 1] [--whole]
 *
 * With `--whole`, each side loads through loadGraph as `npm run synthetic` does, into a fresh home
 * (whole-load-run.ts): the whole load's wall-clock and CPU time, loadGraph's own phases, and the
 * time outside them; written to test-results/bench/whole-load-<nodes>.json.
 *
 * DIR is a checkout with its dependencies installed (`git worktree add --detach DIR <commit>`,
 * then `npm ci` and `npm run db:install` there). 334,000 nodes make 1,001,827 relationships.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadAverage, machineInfo } from '../machine.ts';
import type { FirstLoadRun } from './first-load-run.ts';
import type { WholeLoadRun } from './whole-load-run.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** The Node flags `npm run synthetic` of the checkout in `dir` gives tsx (`tsx --flag … cli.ts`). */
function syntheticFlags(dir: string): string[] {
  const scripts = (
    JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    }
  ).scripts;
  const words = (scripts.synthetic ?? '').split(/\s+/);
  return words.slice(1).filter((word) => word.startsWith('--'));
}

/** Runs first-load-run.ts (whole-load-run.ts) with the code of `dir`; resolves with its result. */
function runOne<Run>(dir: string, nodes: number, script: string): Promise<Run> {
  const args = [
    'tsx',
    ...syntheticFlags(dir),
    path.join(root, 'test/bench/load', script),
    `--code=${dir}`,
    `--nodes=${nodes}`,
  ];
  return new Promise((resolve, reject) => {
    const child = spawn('npx', args, { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => {
      const last = out.trim().split('\n').pop() ?? '';
      if (code === 0) resolve(JSON.parse(last) as Run);
      else reject(new Error(`${script} for ${dir} exited with ${code}.`));
    });
  });
}

const s = (ms: number) => (ms / 1000).toFixed(1);
const cpu = (phase: { cpu: { node: number; children: number } }) =>
  s(phase.cpu.node + phase.cpu.children);

/** One Markdown row of a run. */
function row(name: string, run: FirstLoadRun): string {
  const cells = [
    name,
    run.relationships.toLocaleString('en'),
    s(run.totalMs),
    `${s(run.csv.ms)} (${s(run.csv.validateMs)})`,
    s(run.import.ms),
    s(run.start.ms),
    s(run.lists.ms),
    s(run.indexes.ms),
    s(run.totalCpu.node + run.totalCpu.children),
    `${s(run.generate.cpu.node)} / ${cpu(run.csv)} / ${cpu(run.import)} / ${cpu(run.start)} / ${cpu(run.indexes)}`,
    `${run.peakMemoryMb.node} / ${run.peakMemoryMb.importer} / ${run.peakMemoryMb.server}`,
    `${run.loadAverage.min}–${run.loadAverage.max} (${run.loadAverage.mean})`,
  ];
  if (run.failure) cells[0] = `${name}: failed (${run.failure.slice(0, 120)})`;
  return `| ${cells.join(' | ')} |`;
}

/** One Markdown row of a whole load. */
function wholeRow(name: string, run: WholeLoadRun): string {
  const p = run.phases;
  const cells = [
    name,
    run.relationships.toLocaleString('en'),
    s(run.totalMs),
    s(run.totalCpu.node + run.totalCpu.children),
    `${s(p.csvMs)} / ${s(p.importMs)} / ${s(p.startMs)} / ${s(p.listsMs)} / ${s(p.schemaMs)} / ${s(p.otherMs)}`,
    `${run.peakMemoryMb.node} / ${run.peakMemoryMb.importer} / ${run.peakMemoryMb.server}`,
    `${run.loadAverage.min}–${run.loadAverage.max} (${run.loadAverage.mean})`,
  ];
  return `| ${cells.join(' | ')} |`;
}

/** `--whole`: both sides through loadGraph, alternately first. */
async function mainWhole(sides: { before: string; after: string }, nodes: number, rounds: number) {
  const started = new Date().toISOString();
  const runs: { side: 'before' | 'after'; round: number; result: WholeLoadRun }[] = [];
  for (let round = 0; round < rounds; round += 1) {
    const order: ('before' | 'after')[] =
      round % 2 === 0 ? ['before', 'after'] : ['after', 'before'];
    for (const side of order) {
      console.error(
        `[${new Date().toISOString().slice(11, 19)}] ${side} (${sides[side]}), whole load`,
      );
      runs.push({
        side,
        round,
        result: await runOne<WholeLoadRun>(sides[side], nodes, 'whole-load-run.ts'),
      });
    }
  }
  const file = path.join(root, 'test-results', 'bench', `whole-load-${nodes}.json`);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(
    file,
    `${JSON.stringify({ started, machine: machineInfo(), loadAverageAtEnd: loadAverage(), sides, runs }, null, 2)}\n`,
  );
  console.log(
    '| code | relationships | total s | CPU s (total) | s: CSV / import / start / lists / indexes / other | peak MB: Node / importer / server | load average (mean) |',
  );
  console.log(`|${' --- |'.repeat(7)}`);
  for (const { side, round, result } of runs)
    console.log(wholeRow(`${side} (${round + 1})`, result));
  const mean = (side: string, pick: (run: WholeLoadRun) => number) => {
    const picked = runs.filter((run) => run.side === side).map((run) => pick(run.result));
    return picked.reduce((sum, value) => sum + value, 0) / picked.length;
  };
  const ratio = (pick: (run: WholeLoadRun) => number) =>
    (mean('before', pick) / mean('after', pick)).toFixed(2);
  console.log(
    `before/after: total ${ratio((run) => run.totalMs)}, CPU ${ratio((run) => run.totalCpu.node + run.totalCpu.children)}`,
  );
  console.log(`Wrote ${path.relative(root, file)}.`);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      before: { type: 'string' },
      nodes: { type: 'string', default: '334000' },
      rounds: { type: 'string', default: '1' },
      whole: { type: 'boolean', default: false },
    },
  });
  if (!values.before) throw new Error('--before DIR (an earlier checkout) is required.');
  const sides = { before: path.resolve(values.before), after: root };
  const nodes = Number(values.nodes);
  if (values.whole) return mainWhole(sides, nodes, Number(values.rounds));
  const started = new Date().toISOString();
  const runs: { side: 'before' | 'after'; round: number; result: FirstLoadRun }[] = [];
  for (let round = 0; round < Number(values.rounds); round += 1) {
    const order: ('before' | 'after')[] =
      round % 2 === 0 ? ['before', 'after'] : ['after', 'before'];
    for (const side of order) {
      console.error(
        `[${new Date().toISOString().slice(11, 19)}] ${side} (${sides[side]}), round ${round + 1}`,
      );
      const result = await runOne<FirstLoadRun>(sides[side], nodes, 'first-load-run.ts');
      runs.push({ side, round, result });
    }
  }
  const file = path.join(root, 'test-results', 'bench', `first-load-${nodes}.json`);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(
    file,
    `${JSON.stringify({ started, machine: machineInfo(), loadAverageAtEnd: loadAverage(), sides, runs }, null, 2)}\n`,
  );
  console.log(
    '| code | relationships | total s | CSV s (of it validation) | import s | server start s | empty lists s | indexes s | CPU s (total) | CPU s: generation / CSV / import / start / lists+indexes | peak MB: Node / importer / server | load average (mean) |',
  );
  console.log(`|${' --- |'.repeat(12)}`);
  for (const { side, round, result } of runs) console.log(row(`${side} (${round + 1})`, result));
  const mean = (side: string, pick: (run: FirstLoadRun) => number) => {
    const picked = runs.filter((run) => run.side === side).map((run) => pick(run.result));
    return picked.reduce((sum, value) => sum + value, 0) / picked.length;
  };
  const ratio = (pick: (run: FirstLoadRun) => number) =>
    (mean('before', pick) / mean('after', pick)).toFixed(2);
  console.log(
    `before/after: total ${ratio((run) => run.totalMs)}, CPU ${ratio((run) => run.totalCpu.node + run.totalCpu.children)}, ` +
      `CSV CPU ${ratio((run) => run.csv.cpu.node)}, import CPU ${ratio((run) => run.import.cpu.children)}, ` +
      `start CPU ${ratio((run) => run.start.cpu.children)}, lists+indexes CPU ${ratio((run) => run.indexes.cpu.node + run.indexes.cpu.children)}`,
  );
  console.log(`Wrote ${path.relative(root, file)}.`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
