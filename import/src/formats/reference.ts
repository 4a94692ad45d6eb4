/**
 * `reference`: a list of well-known actors by the names people type, with no listing: kind, name,
 * aliases (`;`-separated), country, Wikidata id and the page that gives them (source_url). One row
 * is one actor; it resolves to a node by the ordinary merge rules (the same Wikidata id, or the same
 * country and name), so an article's `amazon` gains its Wikidata id and `Amazon Web Services`
 * becomes findable as `AWS`. Nothing else is stated: no measure, no relationship.
 */
import { ACTOR_KINDS, type ActorKind } from '@policygraph/model';
import type { SourceRow } from '../csv-rows.ts';
import { RowReader } from '../adapter-helpers.ts';
import type { FormatAdapter, RowContext } from '../import-model.ts';

export const reference: FormatAdapter = {
  format: 'reference',
  requiredColumns: ['kind', 'name', 'aliases', 'country', 'wikidata_id', 'source_url'],
  description: { title: 'Reference names (reference format)', language: 'en' },
  readRow(row: SourceRow, context: RowContext) {
    const cells = new RowReader(row.values, context);
    const kind = cells.required('kind');
    if (kind !== '' && !(ACTOR_KINDS as readonly string[]).includes(kind))
      cells.problem('kind', `"${kind}" is not one of ${ACTOR_KINDS.join(', ')}`);
    const name = cells.name('name');
    const aliases = cells.names('aliases');
    const country = cells.country('country');
    const wikidataId = cells.wikidataId('wikidata_id');
    cells.url('source_url');
    if (cells.problems.length > 0) return { problems: cells.problems };
    return {
      facts: {
        actor: {
          kind: kind as ActorKind,
          name,
          aliases: aliases.filter((alias) => alias !== name),
          country,
          wikidataId,
          description: null,
        },
        notes: [],
      },
    };
  },
};
