/**
 * What the benchmarks record about the machine they ran on: CPU model and count, memory, Node,
 * and the load average before and after (other processes share the machine).
 */
import os from 'node:os';

export interface MachineInfo {
  cpu: string;
  cpus: number;
  memoryGb: number;
  node: string;
  platform: string;
}

/** This machine. */
export function machineInfo(): MachineInfo {
  return {
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cpus: os.cpus().length,
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    platform: `${os.type()} ${os.release()}`,
  };
}

/** The 1-, 5- and 15-minute load averages, rounded to two decimals. */
export function loadAverage(): [number, number, number] {
  const [one, five, fifteen] = os.loadavg().map((value) => Math.round(value * 100) / 100) as [
    number,
    number,
    number,
  ];
  return [one, five, fifteen];
}

/** Tracks the load average during a run: sampled every `intervalMs`; `stop()` gives min, mean and max of the 1-minute figure. */
export function trackLoad(intervalMs = 5_000): {
  stop: () => { min: number; mean: number; max: number; samples: number };
} {
  const samples: number[] = [loadAverage()[0]];
  const timer = setInterval(() => samples.push(loadAverage()[0]), intervalMs);
  timer.unref();
  return {
    stop: () => {
      clearInterval(timer);
      samples.push(loadAverage()[0]);
      const mean = samples.reduce((sum, value) => sum + value, 0) / samples.length;
      return {
        min: Math.min(...samples),
        mean: Math.round(mean * 100) / 100,
        max: Math.max(...samples),
        samples: samples.length,
      };
    },
  };
}
