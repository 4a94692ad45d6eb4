/**
 * An optional CPU profile of the page while a view loads (`BENCH_CPU_PROFILE=1 npm run bench --
 * --part client`): Chromium's sampling profiler through the DevTools protocol, from before the
 * navigation until the layout is done, summed by function (self time, in milliseconds) so the
 * log shows where the main thread's time went. The full profile is written next to the results.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { CDPSession, Page } from 'playwright-core';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** A running profile; `stop` returns the heaviest functions by self time. */
export interface CpuProfile {
  stop(file: string): Promise<{ name: string; ms: number }[]>;
}

/** Starts profiling `page` (before it navigates). */
export async function startCpuProfile(page: Page): Promise<CpuProfile> {
  const session: CDPSession = await page.context().newCDPSession(page);
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval: 500 });
  await session.send('Profiler.start');
  return {
    stop: async (file) => {
      const { profile } = (await session.send('Profiler.stop')) as unknown as { profile: Profile };
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify(profile));
      const byNode = new Map(profile.nodes.map((node) => [node.id, node]));
      const self = new Map<string, number>();
      profile.samples.forEach((id, index) => {
        const frame = byNode.get(id)!.callFrame;
        const name = `${frame.functionName || '(anonymous)'} ${path.basename(frame.url)}:${frame.lineNumber + 1}`;
        self.set(name, (self.get(name) ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000);
      });
      await session.detach();
      return [...self.entries()]
        .map(([name, ms]) => ({ name, ms: Math.round(ms) }))
        .sort((a, b) => b.ms - a.ms)
        .slice(0, 25);
    },
  };
}
