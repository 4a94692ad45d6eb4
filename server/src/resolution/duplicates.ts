/**
 * `Actor.possibleDuplicates` and the resolution of absorbed ids by `node(id:)`, over the scorer and
 * the merge records of @policygraph/import. Reads only, in read transactions.
 */
import {
  JudgementIndex,
  buildDuplicatesRead,
  buildResolveAbsorbed,
  duplicateLookup,
  readJudgements,
  scoreDuplicates,
  type Duplicate,
  type ReviewActor,
} from '@policygraph/import';
import type { RequestContext } from '../context.ts';

/** The id `id` was merged into, or null when it never was. */
export async function survivorOfAbsorbed(
  context: RequestContext,
  id: string,
): Promise<string | null> {
  const [row] = await context.reader.read(buildResolveAbsorbed([id]), context.signal);
  return row ? String(row.survivorId) : null;
}

/**
 * The possible duplicates of actor `id`, at most `first` (see Actor.possibleDuplicates in the
 * SDL); judgements of `context.judgementsFile` are read each time (the file is small).
 */
export async function possibleDuplicates(
  context: RequestContext,
  actor: { id: string; name: string; aliases: readonly string[] },
  first: number,
): Promise<Duplicate[]> {
  const lookup = duplicateLookup([actor.name, ...actor.aliases]);
  const [row] = await context.reader.read(buildDuplicatesRead(actor.id, lookup), context.signal);
  if (!row?.self) return [];
  const judgements = new JudgementIndex(await readJudgements(context.judgementsFile));
  return scoreDuplicates(row.self as ReviewActor, row.others as ReviewActor[], {
    judgements,
    first,
  });
}
