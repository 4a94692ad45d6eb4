/**
 * A small badge saying how a fact was made (hand-written, drafted and accepted, drafted and
 * edited, added by a reviewer) and, in its title, who reviewed it and when; nothing when its
 * provenance is unknown (model/provenance.ts).
 */
import { factProvenance, isReviewedProvenance, provenanceLabel } from '../model/provenance.ts';
import type { Evidence } from '../model/types.ts';

/** See the module comment; `evidence` is the fact's evidence (or one piece of it). */
export function ProvenanceBadge({ evidence }: { evidence: readonly Evidence[] }) {
  const provenance = factProvenance(evidence);
  if (!provenance) return null;
  const { text, detail } = provenanceLabel(provenance);
  return (
    <span
      className={isReviewedProvenance(provenance) ? 'badge badge-reviewed' : 'badge badge-hand'}
      title={`${text}; ${detail}`}
      data-testid="provenance-badge"
      data-origin={provenance.origin}
    >
      {text}
      <span className="visually-hidden">; {detail}</span>
    </span>
  );
}
