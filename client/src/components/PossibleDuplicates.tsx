/**
 * "Possibly the same as" on an actor's details: the actors the match score finds close to it, each
 * with its score and the features that make it (docs/import.md, "Scores and thresholds"); when the
 * server accepts edits, Merge for each, and Split for each node merged into this one.
 */
import { useEffect, useState } from 'react';
import { request } from '../api/graphqlClient.ts';
import { PossibleDuplicatesQuery } from '../api/resolutionDocuments.ts';
import type { PossibleDuplicatesQuery as Result } from '../gql/graphql.ts';
import { useRequest } from '../hooks/useRequest.ts';
import { ActionButton } from './ActionButton.tsx';
import { ErrorNotice } from './ErrorNotice.tsx';

type ActorResult = Extract<NonNullable<Result['node']>, { __typename: 'Actor' }>;

/** See the module comment; `onChanged` runs after a merge or split (to reload the details). */
export function PossibleDuplicates({ id, onChanged }: { id: string; onChanged: () => void }) {
  const found = useRequest<{ editing: boolean; actor: ActorResult | null }>();
  const [notice, setNotice] = useState<string | null>(null);
  const { run } = found;
  useEffect(() => {
    void run(async (signal) => {
      const data = await request(PossibleDuplicatesQuery, { id }, signal);
      const node = data.node?.__typename === 'Actor' ? data.node : null;
      return { editing: data.editingEnabled, actor: node };
    });
  }, [id, run]);
  if (found.state.status === 'error')
    return (
      <ErrorNotice error={found.state.error} onRetry={found.retry} context="Possible duplicates" />
    );
  if (found.state.status !== 'done' || !found.state.data.actor) return null;
  const { editing, actor } = found.state.data;
  const candidates = actor.possibleDuplicates ?? [];
  const absorbed = actor.absorbedIds ?? [];
  if (candidates.length === 0 && absorbed.length === 0 && !notice) return null;
  const done = (error: string | null) => {
    setNotice(error);
    if (!error) onChanged();
  };
  return (
    <section aria-label="Possibly the same as" data-testid="possible-duplicates">
      {candidates.length > 0 ? (
        <>
          <h3>Possibly the same as</h3>
          <ul className="listing-list">
            {candidates.map((candidate) => (
              <li key={candidate.actor.id} data-testid="duplicate-candidate">
                <ActionButton
                  name="showNode"
                  args={{ id: candidate.actor.id, name: candidate.actor.name }}
                  className="btn btn-link"
                >
                  {candidate.actor.name}
                </ActionButton>{' '}
                <span className="mono">{candidate.actor.id}</span>{' '}
                <span className="badge" data-testid="duplicate-score">
                  score {candidate.score.toFixed(2)}
                </span>
                <ul className="panel-note" aria-label="Why">
                  {candidate.features.map((feature) => (
                    <li key={feature.feature}>
                      {feature.weight >= 0 ? '+' : '−'}
                      {Math.abs(feature.weight).toFixed(2)} {feature.feature} {feature.detail}
                    </li>
                  ))}
                </ul>
                {editing ? (
                  <ActionButton
                    name="mergeNodes"
                    args={{
                      survivorId: actor.id,
                      absorbedId: candidate.actor.id,
                      absorbedName: candidate.actor.name,
                      onDone: done,
                    }}
                  >
                    Merge
                  </ActionButton>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {absorbed.length > 0 ? (
        <>
          <h3>Merged from</h3>
          <ul className="listing-list">
            {absorbed.map((absorbedId) => (
              <li key={absorbedId}>
                <span className="mono">{absorbedId}</span>{' '}
                {editing ? (
                  <ActionButton name="splitNode" args={{ absorbedId, onDone: done }}>
                    Split
                  </ActionButton>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {notice ? (
        <p className="panel-note" role="alert">
          {notice}
        </p>
      ) : null}
    </section>
  );
}
