/**
 * `npm run dedupe`: reviews candidate pairs of actor nodes from the terminal, best first, with the
 * evidence of both side by side and the score explained; each answer (confirm: the same entity,
 * reject: different, unsure, skip) is appended with who, when and why to the judgements file
 * (judgements.ts), which every import replays.
 *
 *   npm run dedupe -- [--who NAME] [--min SCORE] [--file JUDGEMENTS]   review, interactively
 *   npm run dedupe -- --list [--min SCORE]                              print the candidates waiting
 *   npm run dedupe -- --evaluate LABELS.csv                             precision and recall by threshold
 *   npm run dedupe -- --merge SURVIVOR ABSORBED --why TEXT [--who NAME]  merge two stored nodes now
 *   npm run dedupe -- --split ABSORBED --why TEXT [--who NAME]          split a merged node back
 *
 * Interactively, `[m]erge` confirms a pair and merges its second node into the first at once.
 * Merges and splits (node-merge.ts) are one write transaction each and append a judgement (`same`,
 * `different`) like the answers.
 *
 * LABELS.csv has the columns `a,b,label` (node ids; label `same` or `different`).
 */
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import { createInterface } from 'node:readline/promises';
import neo4j from 'neo4j-driver';
import { z } from 'zod';
import { createDriver, ensureNeo4j } from '@policygraph/db';
import { ACTOR_KINDS, toPlain } from '@policygraph/model';
import { reportFailure } from './cli-errors.ts';
import {
  REVIEW_ACTORS_QUERY,
  findCandidates,
  type Candidate,
  type ReviewActor,
} from './dedupe-candidates.ts';
import { evaluateThresholds, parseLabels } from './dedupe-evaluation.ts';
import { JUDGEMENTS_FILE, JudgementIndex, appendJudgement, readJudgements } from './judgements.ts';
import { THRESHOLDS, explainScore } from './match-score.ts';
import { editOptions, runEdit } from './dedupe-edits.ts';

const REVIEW_ACTOR_ROW = z.object({
  id: z.string(),
  kind: z.enum(ACTOR_KINDS),
  name: z.string(),
  aliases: z.array(z.string()),
  primaryNames: z.array(z.string()),
  country: z.string().nullable(),
  wikidataId: z.string().nullable(),
  description: z.string().nullable(),
  datasets: z.array(z.string()),
  rows: z.array(z.string()),
  listings: z.number(),
});

const USAGE =
  'Usage: npm run dedupe -- [--who NAME] [--min SCORE] [--file JUDGEMENTS] | --list [--min SCORE] | --evaluate LABELS.csv | --merge SURVIVOR ABSORBED --why TEXT | --split ABSORBED --why TEXT';

function option(argv: string[], name: string): string | undefined {
  const at = argv.indexOf(name);
  return at >= 0 ? argv[at + 1] : undefined;
}

/** Both sides of a candidate, field by field, and the score's features. */
export function sideBySide(candidate: Candidate): string[] {
  const { a, b, match } = candidate;
  const field = (label: string, x: string, y: string) =>
    `  ${label.padEnd(12)} ${x.slice(0, 48).padEnd(48)} | ${y.slice(0, 48)}`;
  const list = (values: readonly string[]) => values.join('; ') || '-';
  return [
    `score ${match.score.toFixed(2)}  ${a.id}  ~  ${b.id}`,
    field('name', a.name, b.name),
    field('aliases', list(a.aliases), list(b.aliases)),
    field('kind', a.kind, b.kind),
    field('country', a.country ?? '?', b.country ?? '?'),
    field('wikidata', a.wikidataId ?? '-', b.wikidataId ?? '-'),
    field('role', a.description ?? '-', b.description ?? '-'),
    field('data sets', list(a.datasets), list(b.datasets)),
    field('listings', String(a.listings), String(b.listings)),
    ...explainScore(match).map((line) => `    ${line}`),
  ];
}

async function main(argv: string[]): Promise<number> {
  const known = new Set([
    '--who',
    '--min',
    '--file',
    '--list',
    '--evaluate',
    '--merge',
    '--split',
    '--why',
  ]);
  if (argv.some((arg) => arg.startsWith('--') && !known.has(arg)) || argv.includes('--help')) {
    console.error(USAGE);
    return 2;
  }
  const minimum = Number(option(argv, '--min') ?? THRESHOLDS.review);
  if (!Number.isFinite(minimum) || minimum < 0 || minimum > 1) {
    console.error(`--min must be a score between 0 and 1.\n${USAGE}`);
    return 2;
  }
  // A usage error is told at once, before the built-in Neo4j is started or any actor read.
  const edit = editOptions(argv);
  if (edit === 'usage') {
    console.error(`--merge takes two node ids, --split one, and both --why TEXT.\n${USAGE}`);
    return 2;
  }
  const file = option(argv, '--file') ?? JUDGEMENTS_FILE;
  const server = await ensureNeo4j({ detached: false });
  const driver = createDriver(server.connection);
  const read = { database: server.connection.database, routing: neo4j.routing.READ };
  try {
    await driver.verifyConnectivity(read.database ? { database: read.database } : {});
    const actors: ReviewActor[] = (
      await driver.executeQuery(REVIEW_ACTORS_QUERY.cypher, {}, read)
    ).records.map((r) => REVIEW_ACTOR_ROW.parse(toPlain(r.toObject())));
    const judgements = new JudgementIndex(await readJudgements(file));

    const who = option(argv, '--who') ?? process.env.POLICYGRAPH_REVIEWER ?? os.userInfo().username;
    if (edit) {
      const line = await runEdit(driver, server.connection.database, edit, who, file);
      console.log(line);
      return 0;
    }
    const labelsFile = option(argv, '--evaluate');
    if (labelsFile) {
      const labels = parseLabels(await readFile(labelsFile, 'utf8'), labelsFile);
      for (const line of evaluateThresholds(actors, labels)) console.log(line);
      return 0;
    }
    const candidates = findCandidates(actors, { judgements, minimum });
    if (argv.includes('--list')) {
      for (const candidate of candidates) console.log(`${sideBySide(candidate).join('\n')}\n`);
      const auto = candidates.filter((c) => c.match.score >= THRESHOLDS.auto).length;
      console.log(
        `${candidates.length} candidate(s) waiting (${auto} at or above ${THRESHOLDS.auto}, merged on import only for new rows).`,
      );
      return 0;
    }
    const prompt = createInterface({ input: process.stdin, output: process.stdout });
    try {
      for (const [i, candidate] of candidates.entries()) {
        console.log(`\n[${i + 1}/${candidates.length}] ${sideBySide(candidate).join('\n')}`);
        const answer = (
          await prompt.question(
            'same? [c]onfirm / [m]erge now / [r]eject / [u]nsure / [s]kip / [q]uit: ',
          )
        )
          .trim()
          .toLowerCase();
        if (answer === 'q') break;
        const decision = ({ c: 'same', m: 'same', r: 'different', u: 'unsure' } as const)[
          answer as 'c' | 'm' | 'r' | 'u'
        ];
        if (!decision) continue;
        const why = (await prompt.question('why? ')).trim();
        if (answer === 'm') {
          const edit = {
            kind: 'merge',
            survivorId: candidate.a.id,
            absorbedId: candidate.b.id,
            why,
          } as const;
          console.log(await runEdit(driver, server.connection.database, edit, who, file));
          continue;
        }
        await appendJudgement(
          {
            decision,
            a: candidate.a.id,
            b: candidate.b.id,
            aRows: candidate.a.rows,
            bRows: candidate.b.rows,
            who,
            when: new Date().toISOString(),
            why,
            score: candidate.match.score,
          },
          file,
        );
        console.log(`recorded in ${file}`);
      }
    } finally {
      prompt.close();
    }
    return 0;
  } finally {
    await driver.close();
    await server.release();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    reportFailure(error);
    process.exit(1);
  },
);
