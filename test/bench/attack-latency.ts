/**
 * Does an attack from one client slow down another? The latency of an ordinary neighbourhood query
 * (sequential, one client), in blocks that alternate between no attack and an attack: another client
 * (its own process and address, 127.0.0.2) sending the hostile requests of ./hostile-requests.ts as
 * fast as they are refused, paused (SIGSTOP) in the blocks without. Alternating blocks keep a drift in
 * the machine's load from passing for an effect of the attack. The attacking process runs at the
 * lowest CPU priority (nice 19; `--attacker-nice 0` for none), standing in for a client on another
 * machine: on one small machine its own CPU use would otherwise slow the server and Neo4j whatever
 * the server does. Reports p50/p95 with and without, the
 * ratio of the p95s (must be under 2), the server's CPU use, and what the attack sent and got.
 * Loopback only.
 *
 *   npx tsx test/bench/attack-latency.ts [--blocks 10] [--block-samples 60] [--warmup 200] [--attackers 8]
 *     [--attacker-nice 19] [--kinds 'deep nesting,batch']
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
    blocks: { type: 'string', default: '10' },
    'block-samples': { type: 'string', default: '60' },
    warmup: { type: 'string', default: '200' },
    attackers: { type: 'string', default: '8' },
    'attacker-nice': { type: 'string', default: '19' },
    kinds: { type: 'string' },
  },
});
const BLOCKS = Number(values.blocks);
const BLOCK_SAMPLES = Number(values['block-samples']);
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
    if (answer.status !== 200 || answer.text.includes('"errors"'))
      throw new Error(`ordinary query failed: ${answer.status} ${answer.text.slice(0, 300)}`);
    times.push(answer.ms);
  }
  return times;
}

async function main(): Promise<void> {
  const stack = await startBenchStack();
  const client = createClient(stack.url, { connections: 1 });
  try {
    console.log(
      `${new Date().toISOString()}; Node ${process.version}; ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}; load average ${os
        .loadavg()
        .map((load) => load.toFixed(2))
        .join(' ')}`,
    );
    console.log(
      `server ${stack.url} (pid ${stack.serverPid}); Neo4j ${stack.neo4jUri}; ${BLOCKS} blocks of ${BLOCK_SAMPLES} samples, alternately without and with the attack, after ${WARMUP} warm-up; ${ATTACKERS} attacking connections at nice ${values['attacker-nice']}`,
    );
    await measure(client, WARMUP);

    const attack = spawn(
      'nice',
      [
        '-n',
        String(Number(values['attacker-nice'])),
        process.execPath,
        '--import',
        'tsx',
        path.join(projectRoot, 'test', 'bench', 'attack-client.ts'),
        '--url',
        stack.url,
        '--concurrency',
        String(ATTACKERS),
        ...(values.kinds ? ['--kinds', values.kinds] : []),
      ],
      { cwd: projectRoot, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let report = '';
    attack.stdout.on('data', (chunk) => (report += String(chunk)));
    const attackEnded = new Promise((resolve) => attack.once('exit', resolve));
    await new Promise((resolve) => setTimeout(resolve, 2_000)); // the attack at full speed
    const without: number[] = [];
    const under: number[] = [];
    const cpu = { without: 0, under: 0, attacker: 0 };
    const wall = { without: 0, under: 0 };
    for (let block = 0; block < BLOCKS; block += 1) {
      const attacking = block % 2 === 1;
      attack.kill(attacking ? 'SIGCONT' : 'SIGSTOP');
      await new Promise((resolve) => setTimeout(resolve, 300)); // the change takes effect
      const serverBefore = cpuMs(stack.serverPid);
      const attackerBefore = cpuMs(attack.pid!);
      const started = performance.now();
      (attacking ? under : without).push(...(await measure(client, BLOCK_SAMPLES)));
      const key = attacking ? 'under' : 'without';
      wall[key] += performance.now() - started;
      cpu[key] += cpuMs(stack.serverPid) - serverBefore;
      if (attacking) cpu.attacker += cpuMs(attack.pid!) - attackerBefore;
    }
    attack.kill('SIGCONT');
    attack.kill('SIGTERM');
    await attackEnded;

    const phases = { 'without attack': summary(without), 'under attack': summary(under) };
    console.log(
      'phase'.padEnd(16),
      'n'.padStart(5),
      'p50 ms'.padStart(8),
      'p95 ms'.padStart(8),
      'p99 ms'.padStart(8),
      'max ms'.padStart(8),
    );
    for (const [name, s] of Object.entries(phases)) {
      console.log(
        name.padEnd(16),
        String(s.n).padStart(5),
        s.p50.toFixed(1).padStart(8),
        s.p95.toFixed(1).padStart(8),
        s.p99.toFixed(1).padStart(8),
        s.max.toFixed(1).padStart(8),
      );
    }
    const ratio = phases['under attack'].p95 / phases['without attack'].p95;
    console.log(`attack: ${report.trim()}`);
    const percent = (share: number) => `${Math.round(share * 100)}%`;
    console.log(
      `CPU of one core: server ${percent(cpu.without / wall.without)} without attack, ${percent(cpu.under / wall.under)} under attack; attacking process ${percent(cpu.attacker / wall.under)}`,
    );
    console.log(
      `p95 under attack / p95 without = ${phases['under attack'].p95.toFixed(1)} / ${phases['without attack'].p95.toFixed(1)} = ${ratio.toFixed(2)} (must be < ${MAX_RATIO})`,
    );
    const attackStats = JSON.parse(report.trim() || '{}') as { byStatus?: Record<string, number> };
    const serverErrors = Object.entries(attackStats.byStatus ?? {}).filter(
      ([status]) => Number(status) >= 500,
    );
    if (serverErrors.length > 0)
      console.log(`the attack got server errors: ${JSON.stringify(serverErrors)}`);
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
