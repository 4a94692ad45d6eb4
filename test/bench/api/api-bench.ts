/**
 * The API benchmark on one stored graph: every question at every concurrency, asked of our API
 * (GraphQL over HTTP), as raw Cypher through neo4j-driver, and of the peer where it has the
 * question, back to back so that all three meet the same machine load. Before measuring, the
 * first request of each form is checked to answer without errors.
 */
import type { Driver } from 'neo4j-driver';
import type { SyntheticGraph } from '@policygraph/graph-seed/synthetic';
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
}

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
    for (const question of questions) {
      for (const concurrency of options.concurrencies) {
        const ours = await httpLoad({
          url: api.url,
          bodies: question.graphql,
          connections: concurrency,
          ...timing,
        });
        const raw = await cypherLoad(driver, question.cypher, { concurrency, ...timing });
        const peerResult = question.peer
          ? await httpLoad({
              url: peer.url,
              bodies: question.peer,
              connections: concurrency,
              ...timing,
            })
          : null;
        cells.push({ question: question.name, concurrency, ours, raw, peer: peerResult });
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
