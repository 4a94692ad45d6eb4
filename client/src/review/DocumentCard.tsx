/**
 * The draft's document as a card above its entries: title, type, date, dateline, language, URL,
 * outlet and author as the drafting read them, the loader's refusals that name the document, and a
 * form to correct them (a one-paragraph text drafted whole as the title, a wrong date). Saving the
 * form is one undoable edit (`setDocumentFields`, reviewEdits.ts); a new id renames the draft.
 */
import { useState } from 'react';
import type { DOCUMENT_TYPES } from '@policygraph/model';
import type { DocumentType } from '../gql/graphql.ts';
import { scalar, type SeedEntry } from './extraction.ts';
import { fieldText } from './entryLook.ts';
import { EditorForm, FieldInput } from './EditorForm.tsx';
import type { LoadProblem } from './loadProblems.ts';
import { ProblemList } from './ProblemList.tsx';

/**
 * A document's types as a reader says them (docs/seed-format.md, `documentType`); the typecheck
 * fails until it names every one of the model's DOCUMENT_TYPES and of the API's DocumentType.
 */
const TYPE_LABELS = {
  ARTICLE: 'Article',
  REPORT: 'Report',
  ANNOUNCEMENT: 'Announcement',
  PRESS_CONFERENCE: 'Press conference',
  DATASET: 'Data set',
} as const satisfies Record<(typeof DOCUMENT_TYPES)[number], string> & Record<DocumentType, string>;

/** The fields the card shows and the form edits, in this order, with their labels. */
const FIELDS = [
  ['title', 'Title'],
  ['documentType', 'Type'],
  ['publishedOn', 'Published on'],
  ['dateline', 'Dateline'],
  ['language', 'Language'],
  ['url', 'URL'],
  ['outlet', 'Outlet'],
  ['author', 'Author'],
  ['description', 'Description'],
  ['id', 'Id'],
] as const;
type Field = (typeof FIELDS)[number][0];
/** Fields that link to one of the draft's actors. */
const LINKS = new Set<Field>(['outlet', 'author']);

/** The card's props: `actors` are the draft's actors as [id, name], for the outlet and author. */
export interface DocumentCardProps {
  document: SeedEntry;
  problems: readonly LoadProblem[];
  actors: readonly (readonly [string, string])[];
  onSave: (changes: Record<string, unknown>) => void;
}

/** See the module comment. */
export function DocumentCard({ document, problems, actors, onSave }: DocumentCardProps) {
  const [editing, setEditing] = useState(false);
  return (
    <article className="review-card review-document" data-testid="review-document">
      <header className="review-card-head">
        <span className="review-kind">Document</span>
        <span className="review-status">the source of every entry below</span>
      </header>
      <h3 className="review-card-title">{scalar(document.title) || '(no title)'}</h3>
      <ProblemList problems={problems} testId="document-problems" />
      {editing ? (
        <DocumentEditor
          document={document}
          actors={actors}
          onSave={(changes) => {
            setEditing(false);
            if (Object.keys(changes).length > 0) onSave(changes);
          }}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <>
          <dl className="review-fields">
            {FIELDS.filter(([field]) => field !== 'title' && document[field] != null).map(
              ([field, label]) => (
                <div key={field}>
                  <dt>{label}</dt>
                  <dd data-field={field}>{shown(field, document[field], actors)}</dd>
                </div>
              ),
            )}
          </dl>
          <div className="review-card-actions">
            <button type="button" className="btn btn-small" onClick={() => setEditing(true)}>
              Edit the document
            </button>
          </div>
        </>
      )}
    </article>
  );
}

/** A field's value for reading: a type by its label, a link by the actor's name and id. */
function shown(field: Field, value: unknown, actors: DocumentCardProps['actors']): string {
  if (field === 'documentType') return TYPE_LABELS[value as DocumentType] ?? scalar(value);
  if (LINKS.has(field)) {
    const id = linkId(value);
    const name = actors.find(([actorId]) => actorId === id)?.[1];
    return name ? `${name} (${id})` : id;
  }
  return fieldText(value);
}

/** The id a link names: `outlet: xinhua` or `outlet: { id: xinhua, evidence: […] }`. */
function linkId(value: unknown): string {
  return value && typeof value === 'object' ? scalar((value as SeedEntry).id) : scalar(value);
}

/** The form: one input per field (EditorForm.tsx); Enter saves, Escape cancels. */
function DocumentEditor(props: {
  document: SeedEntry;
  actors: DocumentCardProps['actors'];
  onSave: (changes: Record<string, unknown>) => void;
  onCancel: () => void;
}) {
  const { document, actors, onSave, onCancel } = props;
  const textOf = (field: Field) =>
    LINKS.has(field) ? linkId(document[field]) : fieldText(document[field]);
  const [texts, setTexts] = useState<Record<string, string>>(() =>
    Object.fromEntries(FIELDS.map(([field]) => [field, textOf(field)])),
  );
  const submit = () => {
    const changes: Record<string, unknown> = {};
    for (const [field] of FIELDS) {
      const text = (texts[field] ?? '').trim();
      // A field left as it was stays as it was: a link keeps its evidence.
      if (text !== textOf(field)) changes[field] = text === '' ? undefined : text;
    }
    onSave(changes);
  };
  return (
    <EditorForm
      label="Edit the document"
      saveLabel="Save the document"
      onSubmit={submit}
      onCancel={onCancel}
    >
      {FIELDS.map(([field, label], index) => (
        <label key={field} className="review-field">
          <span>{label}</span>
          <FieldInput
            field={field}
            text={texts[field] ?? ''}
            choices={
              field === 'documentType'
                ? Object.entries(TYPE_LABELS)
                : LINKS.has(field)
                  ? actors.map(([id, name]) => [id, `${name} (${id})`] as const)
                  : null
            }
            optional={LINKS.has(field)}
            empty={LINKS.has(field) ? '(none)' : '(choose)'}
            type={field === 'publishedOn' ? 'date' : field === 'url' ? 'url' : 'text'}
            autoFocus={index === 0}
            onChange={(text) => setTexts((old) => ({ ...old, [field]: text }))}
          />
        </label>
      ))}
    </EditorForm>
  );
}
