/**
 * Turns zod issues into `{ field, message }` pairs worded for people editing YAML: the path as
 * `evidence[1].quote`, "is required" for a missing field, and the branch that applies for a union.
 */
import type { z } from 'zod';

/** One schema problem: where in the entry (`field`, '' for the entry itself) and what is wrong. */
export interface FieldIssue {
  field: string;
  message: string;
}

/** `['evidence', 1, 'quote']` → `evidence[1].quote`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    return out ? `${out}.${String(key)}` : String(key);
  }, '');
}

/** The issues of a failed parse, flattened; `prefix` is prepended to each path. */
export function fieldIssues(
  issues: readonly z.core.$ZodIssue[],
  prefix: readonly PropertyKey[] = [],
): FieldIssue[] {
  return issues.flatMap((issue) => {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'invalid_union') {
      // The branch whose root type matched explains the problem better than "matches no branch".
      const typed = issue.errors.find(
        (branch) =>
          branch.length > 0 &&
          !branch.some((sub) => sub.code === 'invalid_type' && sub.path.length === 0),
      );
      if (typed) return fieldIssues(typed, path);
    }
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        field: formatPath([...path, key]),
        message: 'is not a known field',
      }));
    }
    return [{ field: formatPath(path), message: wording(issue) }];
  });
}

/** What a YAML value of each type is called in the format's own words (docs/seed-format.md). */
const EXPECTED: Readonly<Record<string, string>> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list (`[a, b]` or lines starting with `- `)',
  object: 'a mapping of fields (`field: value`)',
  record: 'a mapping of fields (`field: value`)',
};

/** What the YAML holds instead, from zod's `received …`. */
const RECEIVED: Readonly<Record<string, string>> = {
  null: 'it is empty (null)',
  undefined: 'it is missing',
  string: 'it is text',
  number: 'it is a number (write it in quotes to make it text)',
  boolean: 'it is true or false',
  array: 'it is a list',
  object: 'it is a mapping of fields',
};

function typeWording(issue: z.core.$ZodIssueInvalidType): string {
  if (!issue.message.startsWith('Invalid input')) return issue.message; // the schema's own words
  const received = /received (\w+)$/.exec(issue.message)?.[1] ?? '';
  if (received === 'undefined') return 'is required';
  const expected = EXPECTED[issue.expected] ?? issue.expected;
  const got = RECEIVED[received];
  return got ? `must be ${expected}, but ${got}` : `must be ${expected}`;
}

function wording(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type') return typeWording(issue);
  if (issue.code === 'invalid_value')
    return issue.message.replace(/^Invalid option: expected/, 'must be');
  if (issue.code === 'too_small' && issue.origin === 'array') {
    return `must have at least ${String(issue.minimum)} ${issue.minimum === 1 ? 'entry' : 'entries'}`;
  }
  if (
    issue.code === 'too_small' &&
    issue.origin === 'number' &&
    issue.message.startsWith('Too small')
  ) {
    return `must be ${issue.inclusive ? 'at least' : 'more than'} ${String(issue.minimum)}`;
  }
  if (issue.code === 'invalid_format' && issue.format === 'url')
    return 'must be a URL such as "https://example.com/page"';
  return issue.message;
}
