/**
 * CPU time and peak memory of this process and the processes it started (the importer's JVM, the
 * Neo4j server), read from Linux's /proc. CPU time (user + system) hardly moves with the load other
 * work puts on a shared machine, unlike wall-clock time, so each phase of a load reports both.
 */
import { readdirSync, readFileSync } from 'node:fs';

/** CPU milliseconds by who spent them. */
export interface CpuSplit {
  /** This Node process, all its threads (workers included). */
  node: number;
  /** Every process it started, live or ended (ended ones count once reaped). */
  children: number;
}

/** Peak resident memory in MB, by process. */
export interface PeakMemory {
  node: number;
  importer: number;
  server: number;
}

const TICK_MS = 10; // clock ticks of 1/100 s (USER_HZ)

interface ProcStat {
  pid: number;
  ppid: number;
  /** utime + stime, and cutime + cstime (reaped children), in ms. */
  own: number;
  reaped: number;
}

function readStat(pid: number | 'self'): ProcStat | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return {
      pid: Number(text.slice(0, text.indexOf(' '))),
      ppid: Number(fields[1]),
      own: (Number(fields[11]) + Number(fields[12])) * TICK_MS,
      reaped: (Number(fields[13]) + Number(fields[14])) * TICK_MS,
    };
  } catch {
    return null; // ended meanwhile
  }
}

/** Live descendants of `root` (pids). */
function descendants(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = readStat(Number(entry));
    if (!stat) continue;
    const list = children.get(stat.ppid) ?? [];
    list.push(stat.pid);
    children.set(stat.ppid, list);
  }
  const found: number[] = [];
  const queue = [...(children.get(root) ?? [])];
  while (queue.length > 0) {
    const pid = queue.shift()!;
    found.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return found;
}

/** CPU used so far by this process and everything it started. */
export function cpuNow(): CpuSplit {
  const self = readStat('self')!;
  let children = self.reaped;
  for (const pid of descendants(self.pid)) {
    const stat = readStat(pid);
    if (stat) children += stat.own + stat.reaped;
  }
  return { node: self.own, children };
}

/** `after` minus `before`. */
export function cpuSince(before: CpuSplit, after: CpuSplit = cpuNow()): CpuSplit {
  return { node: after.node - before.node, children: after.children - before.children };
}

function peakOf(pid: number): number {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

function commandOf(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  } catch {
    return '';
  }
}

/**
 * Samples the peak memory of this process, the importer (`AdminTool`) and the server
 * (`CommunityEntryPoint`) every `intervalMs` until `stop()`.
 */
export function trackPeakMemory(intervalMs = 500): { stop: () => PeakMemory } {
  const peak: PeakMemory = { node: 0, importer: 0, server: 0 };
  const sample = () => {
    for (const pid of descendants(process.pid)) {
      const command = commandOf(pid);
      const kind = command.includes('AdminTool')
        ? 'importer'
        : command.includes('CommunityEntryPoint')
          ? 'server'
          : null;
      if (kind) peak[kind] = Math.max(peak[kind], peakOf(pid));
    }
  };
  const timer = setInterval(sample, intervalMs);
  timer.unref();
  return {
    stop: () => {
      clearInterval(timer);
      sample();
      peak.node = process.resourceUsage().maxRSS / 1024;
      return {
        node: Math.round(peak.node),
        importer: Math.round(peak.importer),
        server: Math.round(peak.server),
      };
    },
  };
}
