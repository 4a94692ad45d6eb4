/**
 * `npm run draft -- --out <dir> [flags] <file.txt | folder>...`: drafts each text's extraction in
 * the seed format for review (docs/extraction.md). Nothing is written to the graph. Exit codes: 0
 * every file drafted; 1 some file refused (each named); 2 usage.
 */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DOCUMENT_TYPES, isCalendarDate } from '@policygraph/model';
import { Gazetteer } from './gazetteer.ts';
import { readGraphNodes } from './read-graph.ts';
import { documentIdOf, draftFile, type DraftFlags } from './write-draft.ts';

const USAGE = `Usage: npm run draft -- --out <dir> [--title T] [--published YYYY-MM-DD] [--outlet NAME]
         [--url URL] [--type ${DOCUMENT_TYPES.join('|')}] [--language TAG] [--no-graph] <file.txt | folder>...`;

/**
 * The text files the arguments name: each file as given, each folder's `.txt` files by name.
 * `problems` names every argument that names nothing to draft (missing, or a folder without a
 * `.txt` file), so the command can refuse them before it waits for the graph.
 */
async function inputsOf(paths: string[]): Promise<{ files: string[]; problems: string[] }> {
  const files: string[] = [];
  const problems: string[] = [];
  for (const p of paths) {
    const info = await stat(p).catch(() => null);
    if (!info) problems.push(`${p}: no such file or folder`);
    else if (info.isDirectory()) {
      const names = (await readdir(p)).filter((n) => n.endsWith('.txt')).sort();
      if (names.length === 0) problems.push(`${p}: the folder holds no .txt file`);
      files.push(...names.map((n) => path.join(p, n)));
    } else files.push(p);
  }
  return { files, problems };
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      title: { type: 'string' },
      published: { type: 'string' },
      outlet: { type: 'string' },
      url: { type: 'string' },
      type: { type: 'string' },
      language: { type: 'string' },
      'no-graph': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (!values.out || positionals.length === 0) {
    console.error(USAGE);
    return 2;
  }
  if (values.published && !/^\d{4}-\d{2}-\d{2}$/.test(values.published)) {
    console.error(`--published ${values.published}: write the date as YYYY-MM-DD`);
    return 2;
  }
  if (values.published && !isCalendarDate(values.published)) {
    console.error(`--published ${values.published}: not a day of the calendar`);
    return 2;
  }
  if (values.type && !(DOCUMENT_TYPES as readonly string[]).includes(values.type)) {
    console.error(`--type ${values.type}: one of ${DOCUMENT_TYPES.join(', ')}`);
    return 2;
  }
  if (process.env.INIT_CWD) process.chdir(process.env.INIT_CWD);
  const flags: DraftFlags = {
    ...(values.title ? { title: values.title } : {}),
    ...(values.published ? { publishedOn: values.published } : {}),
    ...(values.outlet ? { outlet: values.outlet } : {}),
    ...(values.url ? { url: values.url } : {}),
    ...(values.type ? { documentType: values.type as DraftFlags['documentType'] } : {}),
    ...(values.language ? { language: values.language } : {}),
  };
  const { files: inputs, problems } = await inputsOf(positionals);
  if (problems.length > 0) {
    for (const problem of problems) console.error(problem);
    return 2;
  }
  const started = performance.now();
  let nodes = null;
  if (values['no-graph'])
    console.error('Not reading the graph (--no-graph): nothing will be linked.');
  else {
    const read = await readGraphNodes(inputs.map(documentIdOf));
    nodes = read.nodes;
    if (!nodes)
      console.error(
        `No database reachable (${read.reason}): drafting without the graph, nothing will be linked.`,
      );
    else console.error(`Read ${nodes.length} nodes of the graph to link to.`);
  }
  const gazetteer = new Gazetteer(nodes ?? []);
  const totals = {
    actors: 0,
    linked: 0,
    statements: 0,
    items: 0,
    measures: 0,
    relationships: 0,
  };
  let failed = 0;
  for (const [i, input] of inputs.entries()) {
    try {
      const drafted = await draftFile(input, values.out, flags, gazetteer);
      for (const k of Object.keys(totals) as Array<keyof typeof totals>)
        totals[k] += drafted.counts[k];
      const c = drafted.counts;
      console.log(
        `[${i + 1}/${inputs.length}] ${input} → ${drafted.yamlFile}: ${c.actors} actors (${c.linked} linked), ${c.statements} statements, ${c.measures} measures, ${c.items} items, ${c.relationships} relationships`,
      );
      for (const note of drafted.notes) console.log(`    note: ${note}`);
    } catch (error) {
      failed++;
      console.error(
        `[${i + 1}/${inputs.length}] ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `Drafted ${inputs.length - failed} of ${inputs.length} documents in ${seconds} s: ${totals.actors} actors (${totals.linked} linked), ${totals.statements} statements, ${totals.measures} measures, ${totals.items} items, ${totals.relationships} relationships. Nothing was written to the graph; review the drafts, then npm run seed -- ${values.out}`,
  );
  return failed > 0 ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(2);
  },
);
