/** Resolvers of `Document`: provenance, outlet, authors, relays, citations, statements and text. */
import type { DocumentResolvers, DocumentType } from '../schema/resolvers-types.generated.ts';
import {
  byDateDescending,
  firstNeighbour,
  neighbours,
  property,
  disambiguationOf,
} from './node.ts';
import { related } from '../neo4j/loaders.ts';

export const Document: DocumentResolvers = {
  disambiguation: disambiguationOf,
  title: (document) => (document.properties.title as string | null) ?? document.name,
  documentType: property<DocumentType>('documentType'),
  outlet: firstNeighbour('OUT', 'PUBLISHED_BY'),
  authors: neighbours('OUT', 'WRITTEN_BY'),
  publishedOn: property<string | null>('publishedOn'),
  dateline: property<string | null>('dateline'),
  url: property<string | null>('url'),
  language: property<string | null>('language'),
  text: (document, _args, context) =>
    document.hasText ? context.loaders.documentText.load(document.id) : null,
  origin: property<string | null>('origin'),
  licence: property<string | null>('licence'),
  credit: property<string | null>('attribution'),
  relays: neighbours('OUT', 'RELAYS'),
  relayedBy: neighbours('IN', 'RELAYS'),
  cites: neighbours('OUT', 'CITES'),
  statements: async (document, _args, context) =>
    (await related(context.loaders, document.id, 'IN', ['REPORTED_IN']))
      .map((entry) => entry.node)
      .filter((node) => node.kind === 'STATEMENT')
      .sort(byDateDescending),
};
