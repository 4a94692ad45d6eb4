/**
 * Start-up of the drafting, each measured in a fresh Node process (a new process is what a command
 * or a server start pays): loading the NLP libraries as the drafting did before (all of compromise,
 * chrono-node with every locale) and as it does now (compromise's tagger build `compromise/two`,
 * chrono-node's English locale), alternated round by round so that both see the same machine load;
 * and the time from a fresh process to the first drafted text through `@policygraph/draft`.
 */
import { execFileSync } from 'node:child_process';

export interface StartupBenchResult {
  rounds: number;
  librariesBeforeMs: number;
  librariesNowMs: number;
  /** librariesNowMs / librariesBeforeMs, measured in the same run. */
  ratio: number;
  firstDraftMs: number;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Milliseconds a fresh Node process (under tsx) takes to import `modules`, timed by the child. */
function importMs(modules: string[]): number {
  const script = `const t = performance.now(); for (const m of ${JSON.stringify(modules)}) await import(m); console.log(performance.now() - t);`;
  // Under tsx's loader, as `npm run draft` and the server run.
  const out = execFileSync(
    process.execPath,
    ['--import', 'tsx', '--input-type=module', '-e', script],
    {
      encoding: 'utf8',
    },
  );
  return Number(out.trim());
}

/** Milliseconds from a fresh process's start to one drafted text (module loading included). */
function firstDraftMs(): number {
  const script = [
    'const t = performance.now();',
    "const { draftText, Gazetteer } = await import('@policygraph/draft');",
    "draftText('President Ada Moss said on Monday that the ports must stay open.', { id: 'x', documentType: 'ARTICLE' }, new Gazetteer([]));",
    'console.log(performance.now() - t);',
  ].join('\n');
  const out = execFileSync(
    process.execPath,
    ['--import', 'tsx', '--input-type=module', '-e', script],
    {
      encoding: 'utf8',
    },
  );
  return Number(out.trim());
}

/** Runs `rounds` alternated rounds; `log` prints progress. */
export function runStartupBench(log: (line: string) => void, rounds = 3): StartupBenchResult {
  const before: number[] = [];
  const now: number[] = [];
  const first: number[] = [];
  for (let i = 0; i < rounds; i++) {
    before.push(importMs(['compromise', 'chrono-node']));
    now.push(importMs(['compromise/two', 'chrono-node/en']));
    first.push(firstDraftMs());
  }
  const result: StartupBenchResult = {
    rounds,
    librariesBeforeMs: Math.round(median(before)),
    librariesNowMs: Math.round(median(now)),
    ratio: Math.round((median(now) / median(before)) * 100) / 100,
    firstDraftMs: Math.round(median(first)),
  };
  log(
    `Start-up, median of ${rounds}: NLP libraries ${result.librariesNowMs} ms now, ${result.librariesBeforeMs} ms as loaded before (${result.ratio} ×); fresh process to first draft ${result.firstDraftMs} ms.`,
  );
  return result;
}
