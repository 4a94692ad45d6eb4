/**
 * One listing: who listed whom on which list, when (and when it ended, and why), the official
 * source, the list's row as openable evidence, and the credit and licence of the file it is from.
 */
import type { ListingFieldsFragment } from '../gql/graphql.ts';
import { humanize } from '../graph/nodeKinds.ts';
import { toEvidence } from '../api/mappers.ts';
import { EvidenceList } from './EvidenceList.tsx';
import { NodeChip, NodeChips } from './NodeChip.tsx';

/** A date with its precision: `2026` for a year-only date. */
function shownDate(date: string, precision: string | null | undefined): string {
  return precision === 'YEAR' ? date.slice(0, 4) : date;
}

const BASIS: Record<string, string> = {
  END_DATE_IN_SOURCE: 'end date in the list',
  ABSENT_FROM_LATER_VERSION: 'no longer in a later version of the list; on or before this day',
};

/** See the module comment; `show` says which end of the listing to name (the other is the panel's node). */
export function ListingCard({
  listing,
  show,
}: {
  listing: ListingFieldsFragment;
  show: 'actor' | 'measure' | 'both';
}) {
  const provenance = [
    ...new Set(
      listing.evidence.map((e) =>
        [e.document.credit, e.document.licence].filter(Boolean).join(' · '),
      ),
    ),
  ];
  return (
    <li className="listing" data-testid="listing">
      <div className="listing-head">
        {show !== 'measure' ? <NodeChip node={listing.actor} /> : null}
        {show !== 'actor' ? <NodeChips nodes={listing.issuedBy} /> : null}
        <strong>{listing.listName ?? listing.measure.name}</strong>
      </div>
      <dl className="props">
        <dt>Listed</dt>
        <dd>
          {listing.listedOn
            ? shownDate(listing.listedOn, listing.listedOnPrecision)
            : 'date not given'}
        </dd>
        {listing.delistedOn ? (
          <>
            <dt>Removed</dt>
            <dd>
              {shownDate(listing.delistedOn, listing.delistedOnPrecision)}
              {listing.delistedBasis
                ? ` (${BASIS[listing.delistedBasis] ?? humanize(listing.delistedBasis)})`
                : ''}
            </dd>
          </>
        ) : null}
        <dt>Measure</dt>
        <dd>
          <NodeChip node={listing.measure} />
        </dd>
        {listing.sourceUrl ? (
          <>
            <dt>Official source</dt>
            <dd>
              <a href={listing.sourceUrl} target="_blank" rel="noreferrer noopener">
                {new URL(listing.sourceUrl).hostname}
              </a>
            </dd>
          </>
        ) : null}
      </dl>
      <EvidenceList evidence={listing.evidence.map(toEvidence)} empty="No source row recorded." />
      {provenance.map((line) => (
        <p key={line} className="panel-note listing-provenance">
          {line}
        </p>
      ))}
    </li>
  );
}
