/**
 * What one write may carry (docs/api.md, "Editing"). Beyond these, the mutation is refused with
 * BAD_USER_INPUT naming the argument, before anything runs; the HTTP body limit (HTTP_LIMITS) applies
 * before that.
 */
export const WRITE_LIMITS = {
  /** Longest document text, in UTF-16 code units. */
  textLength: 200_000,
  /** Longest seed-file YAML (drafted or reviewed), in UTF-16 code units. */
  yamlLength: 400_000,
  /** Longest sidecar JSON, in UTF-16 code units. */
  sidecarLength: 400_000,
  /** Most entries of one extraction, all sections together. */
  entries: 1000,
  /** Longest title, url or id argument. */
  shortField: 500,
} as const;
