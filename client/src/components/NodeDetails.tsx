/**
 * Details of one node: fetched with everything the model holds, shown as a heading, the actions
 * (expand, collapse, hide), the kind-specific sections, every scalar property, and the evidence of
 * where sources mention it.
 */
import { useEffect, useRef, useState } from 'react';
import { request } from '../api/graphqlClient.ts';
import { NodeDetailsQuery } from '../api/detailDocuments.ts';
import { toEvidence } from '../api/mappers.ts';
import { nodeKindStyle } from '../graph/nodeKinds.ts';
import { useRequest } from '../hooks/useRequest.ts';
import { ErrorNotice } from './ErrorNotice.tsx';
import { KindSwatch } from './KindSwatch.tsx';
import { EvidenceList } from './EvidenceList.tsx';
import { NodeSections, type DetailedNode } from './NodeSections.tsx';
import { ListingsSection } from './ListingsSection.tsx';
import { PossibleDuplicates } from './PossibleDuplicates.tsx';
import { useActions } from '../actions/ActionManager.ts';

/** See the module comment; `shown` says whether the node is in the graph (for the actions). */
export function NodeDetails({ id, shown }: { id: string; shown: boolean }) {
  const details = useRequest<DetailedNode | null>();
  const actions = useActions();
  const { run } = details;
  const heading = useRef<HTMLHeadingElement | null>(null);
  // Bumped after a merge or split, to read the node again.
  const [revision, setRevision] = useState(0);
  useEffect(() => {
    void run(async (signal) => (await request(NodeDetailsQuery, { id }, signal)).node);
  }, [id, run, revision]);
  // Choosing a node in a list replaces the list with these details: focus, lost with the button
  // chosen, comes here rather than dropping to the page.
  const loaded = details.state.status === 'done';
  useEffect(() => {
    if (loaded && (document.activeElement === document.body || !document.activeElement))
      heading.current?.focus();
  }, [loaded]);

  if (details.state.status === 'loading' || details.state.status === 'idle') {
    return (
      <p className="panel-note" aria-live="polite">
        <span className="spinner" /> Loading details…
      </p>
    );
  }
  if (details.state.status === 'error')
    return <ErrorNotice error={details.state.error} onRetry={details.retry} context="Details" />;
  const node = details.state.data;
  if (!node) return <p className="panel-note">This node is no longer in the graph.</p>;
  const style = nodeKindStyle(node.kind);
  return (
    <article aria-labelledby={`details-${node.id}`} data-testid="node-details">
      <div className="panel-head">
        <KindSwatch kind={node.kind} size={18} />
        <div>
          <h2 id={`details-${node.id}`} ref={heading} tabIndex={-1}>
            {node.name}
          </h2>
          <div className="subtitle">
            <span className="badge">{style.label}</span>
            {'country' in node && node.country ? (
              <span className="badge badge-country">{node.country}</span>
            ) : null}
            {node.__typename !== 'Actor' && node.disambiguation ? (
              <span data-testid="details-disambiguation">{node.disambiguation}</span>
            ) : null}
            <span className="mono">{node.id}</span>
          </div>
        </div>
      </div>
      {node.description ? <p>{node.description}</p> : null}
      {shown ? (
        <div className="actions">
          <button
            type="button"
            className="btn btn-primary"
            onClick={() => actions.run('expand', { nodeId: node.id })}
          >
            Expand
          </button>
          <button
            type="button"
            className="btn"
            onClick={() => actions.run('collapse', { nodeId: node.id })}
          >
            Collapse
          </button>
          <button
            type="button"
            className="btn"
            onClick={() => actions.run('hide', { nodeIds: [node.id] })}
          >
            Hide
          </button>
        </div>
      ) : null}
      {node.aliases.length > 0 ? (
        <>
          <h3>Also known as</h3>
          <p>{node.aliases.join(' · ')}</p>
        </>
      ) : null}
      {node.__typename === 'Actor' ? (
        <PossibleDuplicates
          key={`${node.id}-${revision}`}
          id={node.id}
          onChanged={() => setRevision((value) => value + 1)}
        />
      ) : null}
      <NodeSections node={node} />
      {node.__typename === 'Actor' || node.__typename === 'Measure' ? (
        <ListingsSection id={node.id} />
      ) : null}
      <h3>All properties</h3>
      <dl className="props" data-testid="node-properties">
        {scalarProperties(node).map(([key, value]) => (
          <PropertyRow key={key} name={key} value={value} />
        ))}
      </dl>
      <h3>{node.__typename === 'Statement' ? 'Evidence' : 'Mentioned in'}</h3>
      <EvidenceList evidence={node.evidence.map(toEvidence)} empty="No mentions recorded." />
    </article>
  );
}

function PropertyRow({ name, value }: { name: string; value: string }) {
  return (
    <>
      <dt>{name}</dt>
      <dd className={name === 'id' ? 'mono' : undefined}>{value}</dd>
    </>
  );
}

/** The node's scalar (and scalar list) fields, as name and text, without the GraphQL type name. */
function scalarProperties(node: DetailedNode): [string, string][] {
  return Object.entries(node).flatMap(([key, value]): [string, string][] => {
    if (key === '__typename' || value === null || value === undefined) return [];
    if (Array.isArray(value)) {
      return value.every((item) => typeof item !== 'object') && value.length > 0
        ? [[key, value.join(', ')]]
        : [];
    }
    return typeof value === 'object' ? [] : [[key, String(value)]];
  });
}
