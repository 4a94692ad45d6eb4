/**
 * One statement in the who-said-what list: speaker, date, form, to whom, the quote, what it is
 * about, its attribution chain, how it was made (hand-written or reviewed), and links to its place
 * in the graph and to its evidence.
 */
import type { StatementsQuery as StatementsResult } from '../gql/graphql.ts';
import { toEvidence } from '../api/mappers.ts';
import { NodeChips } from './NodeChip.tsx';
import { ProvenanceBadge } from './ProvenanceBadge.tsx';

/** A speaker with, for a person, the positions they hold (role at organisation). */
export interface Speaker {
  name: string;
  roles?: readonly { role: string; organisation: { name: string } }[];
}

/** The speaker's authority inline: `spokesperson, Ministry of Foreign Affairs`; nothing when unknown. */
export function SpeakerRoles({ speaker }: { speaker: Speaker }) {
  const roles = speaker.roles ?? [];
  if (roles.length === 0) return null;
  return (
    <span className="speaker-roles" data-testid="speaker-roles">
      {roles.map((role) => `${role.role}, ${role.organisation.name}`).join('; ')}
    </span>
  );
}

/** A statement as the who-said-what query returns it. */
export type StatementNode = Extract<
  StatementsResult['statements']['edges'][number]['node'],
  { __typename: 'Statement' }
>;

/** See the module comment. */
export function StatementCard(props: {
  statement: StatementNode;
  shown: boolean;
  selected: boolean;
  onShow: () => void;
  onEvidence: () => void;
}) {
  const { statement } = props;
  const paraphrase = statement.form === 'PARAPHRASE';
  // Speaker, date and first words: tells this statement's buttons from the other cards'.
  const which = `${statement.speaker?.name ?? 'unknown'}, ${statement.date ?? 'undated'}, “${firstWords(statement.quote)}”`;
  return (
    <li className="statement-card" data-selected={props.selected} data-testid="statement-card">
      <div className="statement-meta">
        {statement.speaker ? (
          <NodeChips nodes={[statement.speaker]} />
        ) : (
          <strong>Unknown speaker</strong>
        )}
        {statement.speaker ? <SpeakerRoles speaker={statement.speaker} /> : null}
        <span>{statement.date ?? 'undated'}</span>
        <span className="badge">{paraphrase ? 'paraphrase' : 'quote'}</span>
        <ProvenanceBadge evidence={statement.evidence.map(toEvidence)} />
        {statement.saidTo ? <span>to {statement.saidTo.name}</span> : null}
      </div>
      <p className={paraphrase ? 'statement-text paraphrase' : 'statement-text'}>
        {paraphrase ? statement.quote : `“${statement.quote}”`}
      </p>
      {statement.about.length > 0 ? (
        <div className="statement-meta">
          about <NodeChips nodes={statement.about} />
        </div>
      ) : null}
      {statement.attribution.length > 0 ? (
        <div className="statement-meta" title="Attribution chain">
          via {statement.attribution.map((link) => link.name).join(' → ')}
        </div>
      ) : null}
      <div className="actions" style={{ marginTop: 6 }}>
        <button type="button" className="btn btn-small" onClick={props.onShow}>
          {props.shown ? 'Select in graph' : 'Show in graph'}
          <span className="visually-hidden">: the statement by {which}</span>
        </button>
        <button
          type="button"
          className="btn btn-small"
          onClick={props.onEvidence}
          disabled={statement.evidence.length === 0}
        >
          Evidence
          <span className="visually-hidden"> of the statement by {which}</span>
        </button>
      </div>
    </li>
  );
}

/** The first words of `text`, about 40 characters, with an ellipsis when cut. */
function firstWords(text: string): string {
  if (text.length <= 40) return text;
  const cut = text.slice(0, 40);
  const space = cut.lastIndexOf(' ');
  return `${space > 20 ? cut.slice(0, space) : cut}…`;
}
