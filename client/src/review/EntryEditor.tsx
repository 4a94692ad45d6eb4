/**
 * The form that edits one entry: every field of it as text (lists comma-separated), an actor's kind
 * and a statement's form as choices, and a statement's speaker and said-to as one of the draft's
 * actors. Quotes move by selecting text (DraftText.tsx). Enter saves, Escape cancels.
 */
import { useState } from 'react';
import { EditorForm, FieldInput, type Choices } from './EditorForm.tsx';
import type { ReviewEntry } from './extraction.ts';
import { ACTOR_KINDS, fieldText } from './entryLook.ts';

/** Fields edited elsewhere: quotes move by selection. */
const NOT_TYPED = new Set(['evidence', 'quote', 'occurrence']);
/** Fields that hold a list of strings. */
const LISTS = new Set(['aliases', 'measureTypes', 'about', 'reportedIn']);
/** Fields a reviewer may add to a statement or an actor when the draft left them out. */
const OPTIONAL: Partial<Record<ReviewEntry['section'], string[]>> = {
  statements: ['speaker', 'form', 'saidTo', 'date', 'about'],
  actors: ['kind', 'name', 'aliases', 'country', 'description'],
};

/** The value a field's text stands for (a list for list fields, `undefined` to remove it). */
function valueOf(field: string, text: string): unknown {
  const trimmed = text.trim();
  if (LISTS.has(field))
    return trimmed
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean);
  return trimmed === '' ? undefined : trimmed;
}

/** See the module comment. `actors`: the draft's actors as [id, name]. */
export function EntryEditor(props: {
  entry: ReviewEntry;
  actors: readonly (readonly [string, string])[];
  onSave: (changes: Record<string, unknown>) => void;
  onCancel: () => void;
}) {
  const { entry, actors, onSave, onCancel } = props;
  const fields = [
    ...new Set([...Object.keys(entry.value), ...(OPTIONAL[entry.section] ?? [])]),
  ].filter((field) => !NOT_TYPED.has(field));
  const [texts, setTexts] = useState<Record<string, string>>(() =>
    Object.fromEntries(fields.map((field) => [field, fieldText(entry.value[field])])),
  );
  const set = (field: string, text: string) => setTexts((old) => ({ ...old, [field]: text }));
  const submit = () => {
    const changes: Record<string, unknown> = {};
    for (const field of fields)
      if (texts[field] !== fieldText(entry.value[field]))
        changes[field] = valueOf(field, texts[field] ?? '');
    onSave(changes);
  };
  return (
    <EditorForm
      label="Edit the entry"
      saveLabel="Save the entry"
      onSubmit={submit}
      onCancel={onCancel}
    >
      {fields.map((field, index) => (
        <label key={field} className="review-field">
          <span>{field}</span>
          <FieldInput
            field={field}
            text={texts[field] ?? ''}
            choices={choicesOf(entry.section, field, actors)}
            optional={field === 'saidTo'}
            empty={field === 'saidTo' ? '(no one named)' : '(choose)'}
            autoFocus={index === 0}
            onChange={(text) => set(field, text)}
          />
        </label>
      ))}
    </EditorForm>
  );
}

/** The values a field of an entry may take: an actor's kind, a statement's form, speaker and said-to. */
function choicesOf(
  section: ReviewEntry['section'],
  field: string,
  actors: readonly (readonly [string, string])[],
): Choices {
  if (section === 'actors' && field === 'kind') return ACTOR_KINDS.map((kind) => [kind, kind]);
  if (section === 'statements' && field === 'form')
    return (['DIRECT_QUOTE', 'PARAPHRASE'] as const).map((form) => [form, form]);
  if (section === 'statements' && (field === 'speaker' || field === 'saidTo'))
    return actors.map(([id, name]) => [id, `${name} (${id})`]);
  return null;
}
