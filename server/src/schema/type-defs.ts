/**
 * The SDL of the API: every `schema.graphql` under this folder, one per domain, in name order.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const here = import.meta.dirname;

/** The SDL documents, read from disk. */
export function loadTypeDefs(): string[] {
  return readdirSync(here, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => path.join(here, entry.name, 'schema.graphql'))
    .sort()
    .map((file) => readFileSync(file, 'utf8'));
}
