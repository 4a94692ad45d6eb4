/**
 * Versions of a list: whether a file is the one already loaded, the first of its list(s), or a
 * newer version, and whether the delistings a newer version implies are believable. Pure: the
 * loaded versions and listing counts come from the database (buildVersionsQuery,
 * buildDelistingPreview), the decisions are made here.
 */
import type { CypherQuery } from '@policygraph/model';
import { ImportRefusedError } from './import-errors.ts';

/** The DATASET document of an earlier import of the same format and data set(s). */
export interface LoadedVersion {
  id: string;
  /** `YYYY-MM-DD`. */
  asOf: string;
}

/** A newer version may delist by absence at most this share of the listings in force (unless allowed). */
export const MASS_DELISTING_SHARE = 0.1;

/**
 * How the file stands among the `versions` loaded: `same` (this very file: nothing to write),
 * `first` (no version of its list(s) yet) or `newer`.
 * @throws ImportRefusedError AS_OF_CHANGED (the same file under another date), AS_OF_REQUIRED (a
 *   version is loaded and `asOfGiven` is false: a file's modification day is not proof that it is
 *   newer), OLDER_VERSION (as of a day not after the latest loaded).
 */
export function versionStanding(args: {
  file: string;
  documentId: string;
  asOf: string;
  asOfGiven: boolean;
  versions: readonly LoadedVersion[];
}): 'same' | 'first' | 'newer' {
  const { file, documentId, asOf, versions } = args;
  const same = versions.find((version) => version.id === documentId);
  if (same) {
    if (same.asOf !== asOf)
      throw new ImportRefusedError('AS_OF_CHANGED', [
        `${file}: this file was imported before as of ${same.asOf} (${documentId}); import it again with --as-of ${same.asOf}.`,
      ]);
    return 'same';
  }
  const latest = [...versions].sort((a, b) => b.asOf.localeCompare(a.asOf))[0];
  if (!latest) return 'first';
  if (!args.asOfGiven)
    throw new ImportRefusedError('AS_OF_REQUIRED', [
      `${file}: another version of this list is loaded (${latest.id}, as of ${latest.asOf}); give this file's date with --as-of to import it as a newer version.`,
    ]);
  if (asOf <= latest.asOf)
    throw new ImportRefusedError('OLDER_VERSION', [
      asOf === latest.asOf
        ? `${file}: another version as of the same day is loaded (${latest.id}, as of ${latest.asOf}); a newer version needs a later --as-of.`
        : `${file}: a newer version (${latest.id}, as of ${latest.asOf}) is loaded; this one is as of ${asOf}. Import versions oldest first.`,
    ]);
  return 'newer';
}

/**
 * Listings of `datasets` in force (stored, not delisted), and how many of them `listingIds` (the
 * new version) does not state: one row `{inForce, absent}`.
 */
export function buildDelistingPreview(args: {
  datasets: readonly string[];
  listingIds: readonly string[];
}): CypherQuery {
  return {
    cypher: [
      'MATCH (:Measure)-[r:LISTS]->(:Actor)',
      'WHERE r.dataset IN $datasets AND r.delistedOn IS NULL',
      'RETURN count(r) AS inForce, count(CASE WHEN NOT r.id IN $listingIds THEN 1 END) AS absent',
    ].join('\n'),
    params: { datasets: [...args.datasets], listingIds: [...args.listingIds] },
  };
}

/**
 * Refuses a newer version that would delist more than MASS_DELISTING_SHARE of the `inForce`
 * listings by absence (a partial file taken for the whole list), unless `allowed`.
 * @throws ImportRefusedError MASS_DELISTING
 */
export function checkDelistingShare(args: {
  file: string;
  inForce: number;
  absent: number;
  allowed: boolean;
}): void {
  const { file, inForce, absent } = args;
  if (args.allowed || absent === 0 || absent <= inForce * MASS_DELISTING_SHARE) return;
  throw new ImportRefusedError('MASS_DELISTING', [
    `${file}: this version does not state ${absent} of the ${inForce} listings in force of its list(s) (more than ${MASS_DELISTING_SHARE * 100}%), which would all be delisted. Is it the whole list? If the removals are real, import it with --allow-mass-delisting.`,
  ]);
}
