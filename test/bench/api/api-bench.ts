/**
 * The API benchmark on one stored graph: every question at every concurrency, asked of our API
 * (GraphQL over HTTP), as raw Cypher through neo4j-driver, and of the peer where it has the
 * question, back to back so that all three meet the same machine load, taking turns to go first.
 * Before measuring, the first request of each form is checked to answer without errors, then every
 * question is warmed up in every form.
 */
import type { Driver } from 'neo4j-driver';
import type { SyntheticGraph } from '@policygraph/synthetic';
import type { LatencySummary } from '../stats.ts';
import { startApi, startPeer, type RunningServer } from '../stack/servers.ts';
import { cypherLoad } from './cypher-load.ts';
import { httpLoad } from './http-load.ts';
import { buildQuestions, type Question } from './questions.ts';

export interface ApiBenchOptions {
  concurrencies: number[];
  durationSeconds: number;
  warmupSeconds: number;
  /** Only the questions whose name includes one of these (all when empty). */
  only?: string[];
  log: (line: string) => void;
}

/** One measured cell: a question at a concurrency, in each form. */
export interface ApiCell {
  question: string;
  concurrency: number;
  ours: LatencySummary;
  raw: LatencySummary;
  peer: LatencySummary | null;
  /** The order the forms were measured in. */
  order: Form[];
}

/** The three forms of a question. */
type Form = 'ours' | 'raw' | 'peer';
const FORMS: Form[] = ['ours', 'raw', 'peer'];

/** What the first request of each form answered (sizes, to compare the forms). */
export interface AnswerCheck {
  question: string;
  ours: string;
  peer: string | null;
  /** Why the peer could not answer (then it is not measured), e.g. its transaction timed out. */
  peerFailure?: string;
}

async function postJson(
  url: string,
  body: string,
): Promise<{ data?: unknown; errors?: { message: string }[] }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
  });
  return (await response.json()) as { data?: unknown; errors?: { message: string }[] };
}

function describe(data: unknown): string {
  const text = JSON.stringify(data);
  const ids = new Set(text.match(/"id":"[^"]+"/g) ?? []);
  return `${ids.size} distinct ids, ${text.length} bytes`;
}

async function check(
  question: Question,
  api: RunningServer,
  peer: RunningServer,
): Promise<AnswerCheck> {
  const ours = await postJson(api.url, question.graphql[0]!);
  if (ours.errors?.length)
    throw new Error(`${question.name}: our API answered ${JSON.stringify(ours.errors)}`);
  if (!question.peer) return { question: question.name, ours: describe(ours.data), peer: null };
  const started = performance.now();
  const answer = await postJson(peer.url, question.peer[0]!);
  if (answer.errors?.length) {
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    return {
      question: question.name,
      ours: describe(ours.data),
      peer: null,
      peerFailure: `${answer.errors[0]!.message} (after ${seconds} s)`,
    };
  }
  return { question: question.name, ours: describe(ours.data), peer: describe(answer.data) };
}

/** Runs the benchmark against the graph behind `driver` (at `neo4jUri`). */
export async function runApiBench(
  driver: Driver,
  neo4jUri: string,
  graph: SyntheticGraph,
  options: ApiBenchOptions,
): Promise<{ cells: ApiCell[]; checks: AnswerCheck[] }> {
  const questions = (await buildQuestions(driver, graph)).filter(
    (question) =>
      !options.only?.length || options.only.some((part) => question.name.includes(part)),
  );
  const api = await startApi(neo4jUri);
  const peer = await startPeer(neo4jUri);
  const cells: ApiCell[] = [];
  const checks: AnswerCheck[] = [];
  try {
    for (const question of questions) {
      const answered = await check(question, api, peer);
      checks.push(answered);
      if (answered.peerFailure) {
        options.log(
          `${question.name}: the peer fails (${answered.peerFailure}); it is not measured.`,
        );
        delete question.peer;
      }
    }
    const timing = {
      durationSeconds: options.durationSeconds,
      warmupSeconds: options.warmupSeconds,
    };
    // Every question in every form once before any measurement, so no form meets cold caches.
    options.log('Warming up every question in every form.');
    const warm = { durationSeconds: Math.max(1, options.warmupSeconds), warmupSeconds: 0 };
    for (const question of questions) {
      await httpLoad({ url: api.url, bodies: question.graphql, connections: 4, ...warm });
      await cypherLoad(driver, question.cypher, { concurrency: 4, ...warm });
      if (question.peer)
        await httpLoad({ url: peer.url, bodies: question.peer, connections: 4, ...warm });
    }
    let cellIndex = 0;
    for (const question of questions) {
      for (const concurrency of options.concurrencies) {
        const measure: Record<Form, () => Promise<LatencySummary | null>> = {
          ours: () =>
            httpLoad({
              url: api.url,
              bodies: question.graphql,
              connections: concurrency,
              ...timing,
            }),
          raw: () => cypherLoad(driver, question.cypher, { concurrency, ...timing }),
          peer: () =>
            question.peer
              ? httpLoad({
                  url: peer.url,
                  bodies: question.peer,
                  connections: concurrency,
                  ...timing,
                })
              : Promise.resolve(null),
        };
        // The forms take turns going first, so none is always measured on a machine just busied
        // (or calmed) by another.
        const order = FORMS.map((_, i) => FORMS[(i + cellIndex) % FORMS.length]!);
        cellIndex += 1;
        const results: Partial<Record<Form, LatencySummary | null>> = {};
        for (const form of order) results[form] = await measure[form]();
        const ours = results.ours!;
        const raw = results.raw!;
        const peerResult = results.peer ?? null;
        cells.push({ question: question.name, concurrency, ours, raw, peer: peerResult, order });
        options.log(
          `${question.name} c${concurrency}: ours ${ours.rps} req/s p95 ${ours.p95} ms | raw ${raw.rps} req/s p95 ${raw.p95} ms` +
            (peerResult ? ` | peer ${peerResult.rps} req/s p95 ${peerResult.p95} ms` : ''),
        );
      }
    }
  } finally {
    await api.stop();
    await peer.stop();
  }
  return { cells, checks };
}
