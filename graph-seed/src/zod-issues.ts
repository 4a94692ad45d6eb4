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

function wording(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type' && /received undefined$/.test(issue.message))
    return 'is required';
  if (issue.code === 'invalid_type')
    return issue.message.replace(/^Invalid input: expected/, 'must be');
  if (issue.code === 'invalid_value')
    return issue.message.replace(/^Invalid option: expected/, 'must be');
  if (issue.code === 'too_small' && issue.origin === 'array') {
    return `must have at least ${String(issue.minimum)} ${issue.minimum === 1 ? 'entry' : 'entries'}`;
  }
  return issue.message;
}
