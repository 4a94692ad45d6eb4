/**
 * List measures beside who said what: the listings that match the statement filter (the speaker as
 * issuing body, what the statements are about as the listed actor, the date range), most recent
 * first. Shown only when a speaker or a subject is chosen and lists say something.
 */
import { useEffect } from 'react';
import { request } from '../api/graphqlClient.ts';
import { ListingsFeedQuery } from '../api/listingDocuments.ts';
import type { ListingFieldsFragment } from '../gql/graphql.ts';
import { useRequest } from '../hooks/useRequest.ts';
import type { StatementFilter } from '../state/explorerState.ts';
import { ErrorNotice } from './ErrorNotice.tsx';
import { ListingCard } from './ListingCard.tsx';

const PAGE = 20;

/** See the module comment. */
export function ListingsFeed({ filter }: { filter: StatementFilter }) {
  const feed = useRequest<{ total: number; listings: ListingFieldsFragment[] } | null>();
  const { run } = feed;
  const { speaker, about, from, to } = filter;
  useEffect(() => {
    void run(async (signal) => {
      if (!speaker && !about) return null;
      const data = await request(
        ListingsFeedQuery,
        { issuedBy: speaker ? [speaker] : null, actor: about, from, to, first: PAGE },
        signal,
      );
      return {
        total: data.listings.totalCount,
        listings: data.listings.edges.map((edge) => edge.node),
      };
    });
  }, [speaker, about, from, to, run]);
  if (feed.state.status === 'error')
    return <ErrorNotice error={feed.state.error} onRetry={feed.retry} context="List measures" />;
  if (feed.state.status !== 'done' || !feed.state.data || feed.state.data.total === 0) return null;
  const { total, listings } = feed.state.data;
  return (
    <section aria-label="List measures" data-testid="listings-feed">
      <h3>List measures ({listings.length < total ? `${listings.length} of ${total}` : total})</h3>
      <ul className="listing-list">
        {listings.map((listing) => (
          <ListingCard key={listing.id} listing={listing} show="both" />
        ))}
      </ul>
    </section>
  );
}
