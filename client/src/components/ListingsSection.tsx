/**
 * The listings section of the details panel: for an actor, every list it is on (most recent first);
 * for a list measure, every actor it lists. Nothing is shown for nodes no list names.
 */
import { useEffect } from 'react';
import { request } from '../api/graphqlClient.ts';
import { NodeListingsQuery } from '../api/listingDocuments.ts';
import type { ListingFieldsFragment } from '../gql/graphql.ts';
import { useRequest } from '../hooks/useRequest.ts';
import { ErrorNotice } from './ErrorNotice.tsx';
import { ListingCard } from './ListingCard.tsx';

/** See the module comment. */
export function ListingsSection({ id }: { id: string }) {
  const listings = useRequest<{
    kind: 'actor' | 'measure';
    listings: ListingFieldsFragment[];
  } | null>();
  const { run } = listings;
  useEffect(() => {
    void run(async (signal) => {
      const node = (await request(NodeListingsQuery, { id }, signal)).node;
      if (node?.__typename === 'Actor') return { kind: 'actor', listings: node.listings };
      if (node?.__typename === 'Measure') return { kind: 'measure', listings: node.listings };
      return null;
    });
  }, [id, run]);
  if (listings.state.status === 'error')
    return <ErrorNotice error={listings.state.error} onRetry={listings.retry} context="Listings" />;
  if (
    listings.state.status !== 'done' ||
    !listings.state.data ||
    listings.state.data.listings.length === 0
  )
    return null;
  const { kind, listings: items } = listings.state.data;
  return (
    <section aria-label="Listings" data-testid="listings">
      <h3>
        {kind === 'actor'
          ? `On ${items.length} list${items.length === 1 ? '' : 's'}`
          : `Lists ${items.length}`}
      </h3>
      <ul className="listing-list">
        {items.map((listing) => (
          <ListingCard
            key={listing.id}
            listing={listing}
            show={kind === 'actor' ? 'measure' : 'actor'}
          />
        ))}
      </ul>
    </section>
  );
}
