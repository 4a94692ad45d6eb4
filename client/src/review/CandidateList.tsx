/**
 * An actor's candidate existing nodes, ranked by the drafting (score and why), each with what
 * identifies it (kind, country, aliases, the lists it is on, read from the graph) and a one-click
 * link; "New node" keeps the actor apart; a search box links it to any other node.
 */
import { useEffect, useState } from 'react';
import { SearchBox } from '../components/SearchBox.tsx';
import { nodeKindStyle } from '../graph/nodeKinds.ts';
import type { ReviewCandidateQuery } from '../gql/graphql.ts';
import type { Candidate } from './extraction.ts';
import { asEditor, CandidateQuery } from './reviewApi.ts';
import type { LinkTarget } from './reviewEdits.ts';

type CandidateNode = NonNullable<ReviewCandidateQuery['node']>;

/** See the module comment. `linkedId`: the id the actor has now. */
export function CandidateList(props: {
  candidates: readonly Candidate[];
  linkedId: string;
  onLink: (node: LinkTarget) => void;
  onNewNode: () => void;
}) {
  const { candidates, linkedId, onLink, onNewNode } = props;
  return (
    <div className="review-candidates">
      <h4>Existing nodes it may be</h4>
      {candidates.length === 0 ? <p className="panel-note">The drafting found none.</p> : null}
      <ol>
        {candidates.map((candidate) => (
          <li key={candidate.id}>
            <CandidateItem
              candidate={candidate}
              isLinked={candidate.id === linkedId}
              onLink={() =>
                onLink({ id: candidate.id, name: candidate.name, kind: candidate.kind })
              }
            />
          </li>
        ))}
      </ol>
      <div className="review-candidate-actions">
        <button type="button" className="btn btn-small" onClick={onNewNode}>
          New node
        </button>
        <SearchBox
          label="Link to another existing node"
          placeholder="Link to another node…"
          onChoose={(id, name, hit) => onLink({ id, name, kind: hit.node.kind })}
        />
      </div>
    </div>
  );
}

function CandidateItem(props: { candidate: Candidate; isLinked: boolean; onLink: () => void }) {
  const { candidate, isLinked, onLink } = props;
  const [node, setNode] = useState<CandidateNode | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    asEditor(CandidateQuery, { id: candidate.id }, controller.signal).then(
      (result) => setNode(result.node ?? null),
      () => setNode(null),
    );
    return () => controller.abort();
  }, [candidate.id]);
  const country = node && 'country' in node ? node.country : candidate.country;
  const listings = node && 'listings' in node ? node.listings : [];
  return (
    <div className={isLinked ? 'review-candidate is-linked' : 'review-candidate'}>
      <div>
        <strong>{candidate.name}</strong> <span className="mono">{candidate.id}</span>
      </div>
      <div className="review-meta">
        <span>{nodeKindStyle(candidate.kind).label}</span>
        {country ? <span>{country}</span> : null}
        <span>score {candidate.score.toFixed(2)}</span>
        {candidate.why.length > 0 ? <span>{candidate.why.join(', ')}</span> : null}
      </div>
      {node && node.aliases.length > 0 ? (
        <div className="review-meta">also {node.aliases.slice(0, 6).join(', ')}</div>
      ) : null}
      {listings.length > 0 ? (
        <div className="review-meta">
          on{' '}
          {listings
            .slice(0, 3)
            .map((listing) => listing.listName ?? listing.measure.name)
            .join('; ')}
          {listings.length > 3 ? ` and ${listings.length - 3} more` : ''}
        </div>
      ) : null}
      <button
        type="button"
        className="btn btn-small"
        disabled={isLinked}
        onClick={onLink}
        aria-label={`Link to ${candidate.name} (${candidate.id})`}
      >
        {isLinked ? 'Linked' : 'Link'}
      </button>
    </div>
  );
}
