/** Resolvers of `Statement`: quote, form, speaker, audience, subjects, reports and attribution. */
import type {
  DatePrecision,
  StatementForm,
  StatementResolvers,
} from '../schema/resolvers-types.generated.ts';
import { firstNeighbour, neighbours, property, disambiguationOf } from './node.ts';
import { attributionChain } from './statement-attribution.ts';
import { loadNodes } from '../neo4j/loaders.ts';

export const Statement: StatementResolvers = {
  disambiguation: disambiguationOf,
  quote: (statement) => (statement.properties.quote as string | null) ?? '',
  form: property<StatementForm>('form'),
  speaker: firstNeighbour('OUT', 'SAID_BY'),
  saidTo: firstNeighbour('OUT', 'SAID_TO'),
  date: property<string | null>('date'),
  datePrecision: property<DatePrecision | null>('datePrecision'),
  about: neighbours('OUT', 'ABOUT'),
  reportedIn: neighbours('OUT', 'REPORTED_IN'),
  attribution: async (statement, _args, context) =>
    loadNodes(
      context.loaders,
      attributionChain(await context.loaders.attributionSources.load(statement.id)),
    ),
};
