/**
 * The YAML of a seed file as plain data, with every way the parser can fail turned into a problem
 * of the file: syntax errors (line and column), an empty file or one that is not a mapping, aliases
 * that expand too far, nesting too deep. No YAML reaches the user as a stack trace.
 */
import { parseDocument } from 'yaml';
import type { ProblemList } from './problems.ts';

/** What readYaml returns when the YAML cannot be used; its problems are in the ProblemList. */
export const YAML_FAILED = Symbol('yaml failed');

/**
 * The YAML of `source` as plain data, or YAML_FAILED with problems added to `problems`: syntax errors (with line and column),
 * a file without content, and any failure of the parser itself (aliases that expand too far,
 * nesting too deep), so that no YAML reaches the user as a stack trace.
 */
export function readYaml(source: string, problems: ProblemList): unknown {
  try {
    const yaml = parseDocument(source, { prettyErrors: true, uniqueKeys: true });
    if (yaml.errors.length > 0) {
      for (const error of yaml.errors) {
        const at = error.linePos?.[0];
        problems.add(
          'YAML_SYNTAX',
          '',
          at ? `line ${at.line}, column ${at.col}` : '',
          /call stack/i.test(error.message)
            ? 'is nested too deeply.'
            : `${(error.message.split('\n')[0] ?? error.message).replace(/ at line \d+, column \d+:?$/, '')}.`,
        );
      }
      return YAML_FAILED;
    }
    const content: unknown = yaml.toJS({ maxAliasCount: 10_000 });
    if (
      content === null ||
      content === undefined ||
      typeof content !== 'object' ||
      Array.isArray(content)
    ) {
      const found =
        content === null || content === undefined
          ? 'the file is empty'
          : Array.isArray(content)
            ? 'the file is a list'
            : 'the file is a single value';
      problems.add(
        'SCHEMA',
        '',
        '',
        `${found}: a seed file is a mapping with \`document:\` and the sections of docs/seed-format.md (\`actors:\`, \`relationships:\`, …).`,
      );
      return YAML_FAILED;
    }
    return content;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const why = /alias/i.test(reason)
      ? 'its aliases (*name) expand too far (a limit guards against alias bombs); write the values out'
      : /call stack/i.test(reason)
        ? 'it is nested too deeply'
        : reason;
    problems.add('YAML_SYNTAX', '', '', `cannot be read as a seed file: ${why}.`);
    return YAML_FAILED;
  }
}
