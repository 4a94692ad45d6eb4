/**
 * Details of one relationship: its type as a sentence (source — issued by → target), its
 * properties (role, status, as of), how it was made and its evidence.
 */
import type { GraphNode, GraphRelationship } from '../model/types.ts';
import { relationshipTypeStyle } from '../graph/relationshipTypes.ts';
import { EvidenceList } from './EvidenceList.tsx';
import { ProvenanceBadge } from './ProvenanceBadge.tsx';
import { NodeChips } from './NodeChip.tsx';
import { RelationshipSwatch } from './KindSwatch.tsx';

/** See the module comment. */
export function RelationshipDetails({
  relationship,
  nodes,
}: {
  relationship: GraphRelationship;
  nodes: Readonly<Record<string, GraphNode>>;
}) {
  const source = nodes[relationship.source];
  const target = nodes[relationship.target];
  const style = relationshipTypeStyle(relationship.type);
  return (
    <article aria-label={`Relationship ${style.label}`} data-testid="relationship-details">
      <div className="panel-head">
        <RelationshipSwatch type={relationship.type} />
        <div>
          <h2>{style.label}</h2>
          <div className="subtitle">
            <span className="badge">{relationship.type}</span>
            <ProvenanceBadge evidence={relationship.evidence} />
          </div>
        </div>
      </div>
      <dl className="props" style={{ marginTop: 10 }}>
        <dt>From</dt>
        <dd>{source ? <NodeChips nodes={[source]} /> : relationship.source}</dd>
        <dt>To</dt>
        <dd>{target ? <NodeChips nodes={[target]} /> : relationship.target}</dd>
        {Object.entries(relationship.properties).map(([key, value]) => (
          <Fragmentless key={key} name={key} value={String(value)} />
        ))}
        <dt>id</dt>
        <dd className="mono">{relationship.id}</dd>
      </dl>
      <h3>Evidence</h3>
      <EvidenceList evidence={relationship.evidence} />
    </article>
  );
}

function Fragmentless({ name, value }: { name: string; value: string }) {
  return (
    <>
      <dt>{name}</dt>
      <dd>{value}</dd>
    </>
  );
}
