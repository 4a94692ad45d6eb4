/**
 * The parts every review form shares: the form itself (Enter saves, Escape cancels without the key
 * reaching the review's shortcuts), its Save and Cancel buttons, and a field's input, a choice list
 * when the field takes one of a few values, else a text box.
 */
import type { FormEvent, ReactNode } from 'react';

/** The form: `label` names it for assistive technology, `saveLabel` is its submit button's text. */
export function EditorForm(props: {
  label: string;
  saveLabel: string;
  onSubmit: () => void;
  onCancel: () => void;
  children: ReactNode;
}) {
  const { label, saveLabel, onSubmit, onCancel, children } = props;
  return (
    <form
      className="review-editor"
      aria-label={label}
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        onSubmit();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          onCancel();
        }
      }}
    >
      {children}
      <div className="review-editor-actions">
        <button type="submit" className="btn btn-small">
          {saveLabel}
        </button>
        <button type="button" className="btn btn-small" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

/** The values a field may take, as [value, label]; null for free text. */
export type Choices = readonly (readonly [string, string])[] | null;

/**
 * One field's input. With `choices`, a list of them; `empty` is the label of the empty choice,
 * offered when the field may be empty (`optional`) or its text is none of the choices. A text that
 * is none of the choices stays selectable as itself, so opening the form changes nothing.
 */
export function FieldInput(props: {
  field: string;
  text: string;
  choices: Choices;
  optional?: boolean;
  empty?: string;
  type?: 'text' | 'date' | 'url';
  autoFocus: boolean;
  onChange: (text: string) => void;
}) {
  const { field, text, choices, optional = false, empty = '(choose)', autoFocus, onChange } = props;
  if (choices) {
    const known = choices.some(([value]) => value === text);
    return (
      <select
        name={field}
        value={text}
        autoFocus={autoFocus}
        onChange={(event) => onChange(event.target.value)}
      >
        {optional || !known ? <option value="">{empty}</option> : null}
        {text && !known ? <option value={text}>{text}</option> : null}
        {choices.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
    );
  }
  return (
    <input
      name={field}
      type={props.type ?? 'text'}
      value={text}
      autoFocus={autoFocus}
      onChange={(event) => onChange(event.target.value)}
    />
  );
}
