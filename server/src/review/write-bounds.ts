/**
 * The checks every draft mutation makes on its arguments before anything is read or written: a
 * string no longer than one write may carry, a YAML with no more entries than that, a text that is
 * neither blank nor holds NUL characters. Each refusal is BAD_USER_INPUT naming the argument.
 */
import { badUserInput } from '../errors.ts';
import { entriesOf } from './entries.ts';
import { WRITE_LIMITS } from './limits.ts';

/** BAD_USER_INPUT naming `argument` when `value` is longer than `max` characters. */
export function bound(argument: string, value: string | null | undefined, max: number): void {
  if (value && value.length > max)
    throw badUserInput(
      argument,
      `${argument} is ${value.length} characters; at most ${max} are accepted in one write.`,
    );
}

/** BAD_USER_INPUT naming `argument` when the YAML holds more entries than one write may carry. */
export function boundEntries(argument: string, yaml: string): void {
  const count = entriesOf(yaml).length;
  if (count > WRITE_LIMITS.entries)
    throw badUserInput(
      argument,
      `${argument} holds ${count} entries; at most ${WRITE_LIMITS.entries} are accepted in one write.`,
    );
}

/** BAD_USER_INPUT naming `text` when it is blank or holds NUL characters. */
export function requireText(text: string): void {
  if (text.trim() === '') throw badUserInput('text', "text is empty: give the document's text.");
  if (text.includes('\u0000'))
    throw badUserInput('text', 'text holds NUL characters: give plain text.');
}
