/**
 * The ids a seed file declares, with their kind and where they are declared; a second declaration
 * of an id is a DUPLICATE_ID problem.
 */
import type { NodeKind } from '@policygraph/model';
import type { ParsedSeedFile } from './parse-seed-file.ts';
import type { ProblemList } from './problems.ts';

/** A declared id: its kind, its name (for derived labels) and its entry in the file. */
export interface Declaration {
  id: string;
  kind: NodeKind;
  name: string;
  entry: string;
}

/** Every id declared in the file, first declaration first. */
export function collectDeclarations(
  parsed: ParsedSeedFile,
  problems: ProblemList,
): Map<string, Declaration> {
  const declared = new Map<string, Declaration>();
  const declare = (declaration: Declaration): void => {
    const earlier = declared.get(declaration.id);
    if (earlier) {
      problems.add(
        'DUPLICATE_ID',
        declaration.entry,
        'id',
        `id "${declaration.id}" is already declared by ${earlier.entry}.`,
      );
      return;
    }
    declared.set(declaration.id, declaration);
  };
  const host = parsed.document;
  if (host)
    declare({ id: host.value.id, kind: 'DOCUMENT', name: host.value.title, entry: host.entry });
  for (const { value, entry } of parsed.documents)
    declare({ id: value.id, kind: 'DOCUMENT', name: value.title, entry });
  for (const { value, entry } of parsed.actors)
    declare({ id: value.id, kind: value.kind, name: value.name, entry });
  for (const { value, entry } of parsed.items)
    declare({ id: value.id, kind: 'ITEM', name: value.name, entry });
  for (const { value, entry } of parsed.measures)
    declare({ id: value.id, kind: 'MEASURE', name: value.name, entry });
  for (const { value, entry } of parsed.statements) {
    declare({ id: value.id, kind: 'STATEMENT', name: value.name ?? value.id, entry });
  }
  return declared;
}
