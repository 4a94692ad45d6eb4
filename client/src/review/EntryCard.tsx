/**
 * One entry under review: its kind, title, status, the drafting's confidence and rule, every field,
 * the loader's refusals naming it, and, when it is the current entry, its commands (accept, reject,
 * edit: registry actions with their keys), its editor, and for an actor the candidate nodes.
 */
import { useLayoutEffect, useRef } from 'react';
import { ActionButton } from '../components/ActionButton.tsx';
import { scalar, type ReviewEntry } from './extraction.ts';
import { colourOf, fieldText, kindLabel, titleOf } from './entryLook.ts';
import type { LoadProblem } from './loadProblems.ts';
import { CandidateList } from './CandidateList.tsx';
import { EntryEditor } from './EntryEditor.tsx';
import { ProblemList } from './ProblemList.tsx';
import type { LinkTarget } from './reviewEdits.ts';

const STATUS_LABEL = { pending: 'to review', accepted: 'accepted', rejected: 'rejected' } as const;

/** What the current entry's card can change. */
export interface EntryCommands {
  save: (changes: Record<string, unknown>) => void;
  cancelEdit: () => void;
  link: (node: LinkTarget) => void;
  newNode: () => void;
}

/** See the module comment. */
export function EntryCard(props: {
  entry: ReviewEntry;
  current: boolean;
  editing: boolean;
  problems: readonly LoadProblem[];
  actors: readonly (readonly [string, string])[];
  onChoose: () => void;
  commands: EntryCommands;
}) {
  const { entry, current, editing, problems, actors, onChoose, commands } = props;
  const ref = useRef<HTMLElement | null>(null);
  useLayoutEffect(() => {
    if (current) ref.current?.scrollIntoView({ block: 'nearest' });
  }, [current]);
  const note = entry.note;
  return (
    <article
      ref={ref}
      className={`review-card is-${entry.status}${current ? ' is-current' : ''}`}
      style={{ '--kind': colourOf(entry) } as React.CSSProperties}
      aria-current={current ? 'true' : undefined}
      data-testid="review-entry"
      data-entry={entry.key}
      data-status={entry.status}
      onClick={current ? undefined : onChoose}
    >
      <header className="review-card-head">
        <span className="review-kind">{kindLabel(entry)}</span>
        <span className="review-status">{STATUS_LABEL[entry.status]}</span>
        {entry.added ? <span className="review-status">added by you</span> : null}
        {note ? (
          <span className="review-meta" title="Confidence of the drafting">
            {Math.round(note.confidence * 100)}%
          </span>
        ) : null}
      </header>
      <h3 className="review-card-title">
        {current ? titleOf(entry) : <button type="button">{titleOf(entry)}</button>}
      </h3>
      {note ? <p className="review-meta">Drafted by rule: {note.rule}</p> : null}
      <ProblemList problems={problems} testId="entry-problems" />
      {current && editing ? (
        <EntryEditor
          entry={entry}
          actors={actors}
          onSave={commands.save}
          onCancel={commands.cancelEdit}
        />
      ) : (
        <dl className="review-fields">
          {Object.entries(entry.value).map(([field, value]) => (
            <div key={field}>
              <dt>{field}</dt>
              <dd data-field={field}>{fieldText(value)}</dd>
            </div>
          ))}
        </dl>
      )}
      {current ? (
        <div className="review-card-actions">
          <ActionButton name="reviewAccept" args={{}} className="btn btn-small" />
          <ActionButton name="reviewReject" args={{}} className="btn btn-small" />
          <ActionButton name="reviewEdit" args={{}} className="btn btn-small" />
        </div>
      ) : null}
      {current && entry.section === 'actors' && entry.status !== 'rejected' ? (
        <CandidateList
          candidates={note?.candidates ?? []}
          linkedId={scalar(entry.value.id)}
          onLink={commands.link}
          onNewNode={commands.newNode}
        />
      ) : null}
    </article>
  );
}
