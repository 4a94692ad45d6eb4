/**
 * The kind-specific parts of the details panel: what the model holds for actors, measures, items,
 * statements and documents, with connected nodes as chips and evidence as openable quotes.
 */
import type { NodeDetailsQuery } from '../gql/graphql.ts';
import { humanize } from '../graph/nodeKinds.ts';
import { toEvidence } from '../api/mappers.ts';
import { EvidenceList } from './EvidenceList.tsx';
import { NodeChips, type NodeRef } from './NodeChip.tsx';
import { useActions } from '../actions/ActionManager.ts';
import { SpeakerRoles } from './StatementCard.tsx';

export type DetailedNode = NonNullable<NodeDetailsQuery['node']>;

/** A definition list row that is left out when empty. */
function Row({
  term,
  children,
  show = true,
}: {
  term: string;
  children: React.ReactNode;
  show?: boolean;
}) {
  if (!show) return null;
  return (
    <>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </>
  );
}

function Refs({ term, nodes }: { term: string; nodes: readonly NodeRef[] }) {
  return (
    <Row term={term} show={nodes.length > 0}>
      <NodeChips nodes={nodes} />
    </Row>
  );
}

/** The sections for `node`, by its type. */
export function NodeSections({ node }: { node: DetailedNode }) {
  switch (node.__typename) {
    case 'Statement':
      return <StatementSection node={node} />;
    case 'Measure':
      return (
        <>
          <h3>Measure</h3>
          <dl className="props">
            <Row term="Types">{node.measureTypes.map(humanize).join(', ') || '—'}</Row>
            <Row term="Status">{humanize(node.status)}</Row>
            <Row term="Announced" show={Boolean(node.announcedOn)}>
              {node.announcedOn}
            </Row>
            <Row term="Effective" show={Boolean(node.effectiveOn)}>
              {node.effectiveOn}
            </Row>
            <Refs term="Issued by" nodes={node.issuedBy} />
            <Refs term="Proposed by" nodes={node.proposedBy} />
            <Refs term="Considered by" nodes={node.consideredBy} />
            <Refs term="Covers" nodes={node.covers} />
            <Refs term="Applies to" nodes={node.appliesTo} />
            <Refs term="Targets" nodes={node.targets} />
            <Refs term="Related" nodes={node.relatedMeasures} />
          </dl>
          {node.statusHistory.length > 0 ? (
            <>
              <h3>Status history</h3>
              <ul className="evidence-list">
                {node.statusHistory.map((report) => (
                  <li key={`${report.reportedBy.id}|${report.status}|${report.asOf ?? ''}`}>
                    <strong>{humanize(report.status)}</strong>
                    {report.asOf ? ` as of ${report.asOf}` : ''} — {report.reportedBy.title}
                    <EvidenceList
                      evidence={report.evidence.map(toEvidence)}
                      context={`Status ${humanize(report.status)}${report.asOf ? ` as of ${report.asOf}` : ''}`}
                    />
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </>
      );
    case 'Actor': {
      const hasFacts =
        Boolean(node.country) ||
        [
          node.roles,
          node.roleHolders,
          node.partOf,
          node.parts,
          node.governs,
          node.memberOf,
          node.members,
        ].some((list) => list.length > 0);
      if (!hasFacts) return null;
      return (
        <>
          <h3>Actor</h3>
          <dl className="props">
            <Row term="Country" show={Boolean(node.country)}>
              {node.country}
            </Row>
            <Row term="Roles" show={node.roles.length > 0}>
              {node.roles.map((role) => (
                <div key={`${role.role}|${role.organisation.id}`}>
                  {role.role} at <NodeChips nodes={[role.organisation]} />
                </div>
              ))}
            </Row>
            <Row term="Who holds roles" show={node.roleHolders.length > 0}>
              {node.roleHolders.map((role) => (
                <div key={`${role.role}|${role.person.id}`}>
                  <NodeChips nodes={[role.person]} /> {role.role}
                </div>
              ))}
            </Row>
            <Refs term="Part of" nodes={node.partOf} />
            <Refs term="Parts" nodes={node.parts} />
            <Refs term="Governs" nodes={node.governs} />
            <Refs term="Member of" nodes={node.memberOf} />
            <Refs term="Members" nodes={node.members} />
          </dl>
        </>
      );
    }
    case 'Item':
      return (
        <>
          <h3>Item</h3>
          <dl className="props">
            <Row term="Type">{humanize(node.itemType)}</Row>
            <Refs term="Made by" nodes={node.maker} />
            <Refs term="Provided by" nodes={node.providers} />
            <Refs term="Kind of" nodes={node.kindOf} />
            <Refs term="Narrower" nodes={node.kinds} />
            <Refs term="Covered by" nodes={node.coveredBy} />
          </dl>
        </>
      );
    case 'Document':
      return <DocumentSection node={node} />;
  }
}

function StatementSection({ node }: { node: Extract<DetailedNode, { __typename: 'Statement' }> }) {
  const paraphrase = node.form === 'PARAPHRASE';
  return (
    <>
      <blockquote
        className={paraphrase ? 'quote quote-paraphrase' : 'quote'}
        data-testid="statement-quote"
      >
        {node.quote}
      </blockquote>
      <dl className="props">
        <Row term="Form">{paraphrase ? 'Paraphrase (the document’s words)' : 'Direct quote'}</Row>
        <Row term="Speaker">
          {node.speaker ? (
            <>
              <NodeChips nodes={[node.speaker]} /> <SpeakerRoles speaker={node.speaker} />
            </>
          ) : (
            'Unknown'
          )}
        </Row>
        <Refs term="Said to" nodes={node.saidTo ? [node.saidTo] : []} />
        <Row term="Date">
          {node.date ?? 'Undated'}
          {node.date && node.datePrecision && node.datePrecision !== 'DAY'
            ? ` (${node.datePrecision.toLowerCase()} known)`
            : ''}
        </Row>
        <Refs term="About" nodes={node.about} />
        <Refs term="Reported in" nodes={node.reportedIn} />
      </dl>
      <h3>Attribution chain</h3>
      {node.attributionChain.length === 0 ? (
        <p className="panel-note">No attribution recorded.</p>
      ) : (
        <ol className="chain" aria-label="Attribution chain, from the publishing document outward">
          {node.attributionChain.map((link) => (
            <li key={link.id}>
              <NodeChips nodes={[link]} />
            </li>
          ))}
        </ol>
      )}
    </>
  );
}

function DocumentSection({ node }: { node: Extract<DetailedNode, { __typename: 'Document' }> }) {
  const actions = useActions();
  return (
    <>
      <div className="actions">
        <button
          type="button"
          className="btn"
          onClick={() => actions.run('openEvidence', { documentId: node.id, start: 0, end: 0 })}
        >
          Read the document
        </button>
        {node.url ? (
          <a className="btn" href={node.url} target="_blank" rel="noreferrer noopener">
            Original ↗
          </a>
        ) : null}
      </div>
      <h3>Document</h3>
      <dl className="props">
        <Row term="Type">{humanize(node.documentType)}</Row>
        <Row term="Published" show={Boolean(node.publishedOn)}>
          {node.publishedOn}
        </Row>
        <Row term="Dateline" show={Boolean(node.dateline)}>
          {node.dateline}
        </Row>
        <Refs term="Outlet" nodes={node.outlet ? [node.outlet] : []} />
        <Refs term="Authors" nodes={node.authors} />
        <Row term="Language" show={Boolean(node.language)}>
          {node.language}
        </Row>
        <Refs term="Relays" nodes={node.relays} />
        <Refs term="Relayed by" nodes={node.relayedBy} />
        <Refs term="Cites" nodes={node.cites} />
        <Row term="Origin" show={Boolean(node.origin)}>
          {node.origin}
        </Row>
        <Row term="Licence" show={Boolean(node.licence)}>
          {node.licence}
        </Row>
        <Row term="Credit" show={Boolean(node.credit)}>
          {node.credit}
        </Row>
      </dl>
    </>
  );
}
