/**
 * Does an attack from one client slow down another? The p95 latency of an ordinary neighbourhood
 * query (sequential, one client) without an attack, then while another client (its own process and
 * address, 127.0.0.2) sends the hostile requests of ./hostile-requests.ts as fast as they are
 * refused, then without again. Reports p50/p95 of each phase, the ratio of the p95 under attack to
 * the p95 without (must be under 2), and what the attack sent and got. Loopback only.
 *
 *   npx tsx test/bench/attack-latency.ts [--samples 400] [--warmup 50] [--attackers 8] [--kinds 'deep nesting,batch']
 *
 * Neo4j: NEO4J_URI when set (the seed is loaded only if missing; nothing is deleted), else a
 * throwaway built-in one. Exit code 1 when the ratio is 2 or more, or the attack got a 5xx.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { projectRoot } from '@policygraph/db';
import { createClient, summary, type BenchClient } from './bench-http.ts';
import { startBenchStack } from './bench-stack.ts';

const { values } = parseArgs({
  options: {
    samples: { type: 'string', default: '400' },
    warmup: { type: 'string', default: '50' },
    attackers: { type: 'string', default: '8' },
    kinds: { type: 'string' },
  },
});
const SAMPLES = Number(values.samples);
const WARMUP = Number(values.warmup);
const ATTACKERS = Number(values.attackers);
const MAX_RATIO = 2;

const ORDINARY = JSON.stringify({
  query:
    '{ neighborhood(ids: ["mofcom"], depth: 1) { truncated nodes { id kind name } relationships { id type source target evidence { quote start end document { id title } } } } }',
});

/** CPU time (user + system) a process has used, in milliseconds (Linux /proc). */
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}

/** Sends the ordinary query `count` times in a row; returns the latencies (ms). */
async function measure(client: BenchClient, count: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < count; i += 1) {
    const answer = await client.post(ORDINARY);
    if (answer.status !== 200 || answer.text.includes('"errors"')) throw new Error(`ordinary query failed: ${answer.status} ${answer.text.slice(0, 300)}`);
    times.push(answer.ms);
  }
  return times;
}

async function main(): Promise<void> {
  const stack = await startBenchStack();
  const client = createClient(stack.url, { connections: 1 });
  try {
    console.log(
      `${new Date().toISOString()}; Node ${process.version}; ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}; load average ${os.loadavg().map((load) => load.toFixed(2)).join(' ')}`,
    );
    console.log(`server ${stack.url} (pid ${stack.serverPid}); Neo4j ${stack.neo4jUri}; ${SAMPLES} samples per phase after ${WARMUP} warm-up; ${ATTACKERS} attacking connections`);
    await measure(client, WARMUP);
    let cpu = cpuMs(stack.serverPid);
    let wall = performance.now();
    const before = await measure(client, SAMPLES);
    const serverCpuBefore = (cpuMs(stack.serverPid) - cpu) / (performance.now() - wall);

    const attack = spawn(process.execPath, ['--import', 'tsx', path.join(projectRoot, 'test', 'bench', 'attack-client.ts'), '--url', stack.url, '--concurrency', String(ATTACKERS), ...(values.kinds ? ['--kinds', values.kinds] : [])], {
      cwd: projectRoot,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let report = '';
    attack.stdout!.on('data', (chunk) => (report += String(chunk)));
    const attackEnded = new Promise((resolve) => attack.once('exit', resolve));
    await new Promise((resolve) => setTimeout(resolve, 3_000)); // the attack at full speed
    cpu = cpuMs(stack.serverPid);
    const attackCpu = cpuMs(attack.pid!);
    wall = performance.now();
    const during = await measure(client, SAMPLES);
    const seconds = performance.now() - wall;
    const serverCpuDuring = (cpuMs(stack.serverPid) - cpu) / seconds;
    const attackerCpu = (cpuMs(attack.pid!) - attackCpu) / seconds;
    attack.kill('SIGTERM');
    await attackEnded;
    const after = await measure(client, SAMPLES);

    const phases = { 'without attack (before)': summary(before), 'under attack': summary(during), 'without attack (after)': summary(after) };
    console.log('phase'.padEnd(26), 'n'.padStart(5), 'p50 ms'.padStart(8), 'p95 ms'.padStart(8), 'p99 ms'.padStart(8), 'max ms'.padStart(8));
    for (const [name, s] of Object.entries(phases)) {
      console.log(name.padEnd(26), String(s.n).padStart(5), s.p50.toFixed(1).padStart(8), s.p95.toFixed(1).padStart(8), s.p99.toFixed(1).padStart(8), s.max.toFixed(1).padStart(8));
    }
    const baseline = summary([...before, ...after]).p95;
    const ratio = phases['under attack'].p95 / baseline;
    console.log(`attack: ${report.trim()}`);
    const percent = (share: number) => `${Math.round(share * 100)}%`;
    console.log(
      `CPU of one core: server ${percent(serverCpuBefore)} without attack, ${percent(serverCpuDuring)} under attack; attacking process ${percent(attackerCpu)}`,
    );
    console.log(`p95 under attack / p95 without (before and after together) = ${phases['under attack'].p95.toFixed(1)} / ${baseline.toFixed(1)} = ${ratio.toFixed(2)} (must be < ${MAX_RATIO})`);
    const attackStats = JSON.parse(report.trim() || '{}') as { byStatus?: Record<string, number> };
    const serverErrors = Object.entries(attackStats.byStatus ?? {}).filter(([status]) => Number(status) >= 500);
    if (serverErrors.length > 0) console.log(`the attack got server errors: ${JSON.stringify(serverErrors)}`);
    process.exitCode = ratio < MAX_RATIO && serverErrors.length === 0 ? 0 : 1;
  } finally {
    client.close();
    await stack.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
