/**
 * Who owns each node's properties after a load, and the declarations that disagree with the owner.
 * A node's properties (name, country, description, dates…) belong to the document that declared it
 * first (its `declaredIn`); a document's own node belongs to that document. Another document may
 * add aliases and evidence, and may repeat the owner's values, but not give others: that is a
 * PROPERTY_CONFLICT. Pure: the stored state comes from the caller (see check-database.ts).
 */
import {
  nodeComparedValues,
  sameValue,
  showValue,
  type ComparedValue,
} from './owned-properties.ts';
import type { SeedProblem } from './problems.ts';
import type { ValidatedDocument } from '@policygraph/model';

/** A node as the database holds it: `values` are its properties as read by comparedValues. */
export interface StoredNode {
  id: string;
  kind: string;
  /** The document owning its properties; null when none does (yet). */
  declaredIn: string | null;
  values: Record<string, ComparedValue>;
}

interface Owner {
  kind: string;
  fromDatabase: boolean;
  owner: string | null;
  /** The owner as named in messages: `doc-id (file, actors[3] (x))` or `doc-id (in the database)`. */
  label: string;
  values: Record<string, ComparedValue>;
}

/**
 * Replays the ownership rule of the writes (buildOwnedNodeWrites, buildRetractNodes) over
 * `documents` in load order: a document takes a node it declares when it is the node's own
 * document, when no document owns it, or when it owns it already; it gives up the nodes it owned
 * and no longer declares. Returns the owner of every declared id after the load.
 */
function finalOwners(
  documents: readonly ValidatedDocument[],
  stored: ReadonlyMap<string, StoredNode>,
): Map<string, Owner> {
  const owners = new Map<string, Owner>();
  for (const node of stored.values()) {
    owners.set(node.id, {
      kind: node.kind,
      fromDatabase: true,
      owner: node.declaredIn,
      label: `${node.declaredIn ?? 'no document'} (in the database)`,
      values: node.values,
    });
  }
  for (const document of documents) {
    const declared = new Set(document.nodes.map((node) => node.id));
    for (const [id, state] of owners) {
      if (state.owner !== document.documentId || declared.has(id)) continue;
      state.label = `${state.owner} (which no longer declares it, so nothing sets it)`;
      state.owner = null;
    }
    for (const node of document.nodes) {
      const state = owners.get(node.id);
      if (state && state.kind !== node.kind) continue; // a kind conflict, reported on its own
      const owns =
        node.id === document.documentId ||
        !state ||
        state.owner === null ||
        state.owner === document.documentId;
      if (!owns) continue;
      owners.set(node.id, {
        kind: node.kind,
        fromDatabase: false,
        owner: document.documentId,
        label: `${document.documentId} (${document.file}, ${node.entry})`,
        values: nodeComparedValues(node),
      });
    }
  }
  return owners;
}

function conflictMessage(
  id: string,
  field: string,
  owner: Owner,
  own: ComparedValue,
  theirs: ComparedValue,
): string {
  const declared =
    theirs === null
      ? `"${id}" is declared in ${owner.label} without ${field}`
      : `"${id}" is declared in ${owner.label} with ${field} ${showValue(theirs)}`;
  const advice =
    field === 'name' || field === 'title'
      ? `write ${field}: ${showValue(theirs)} here and add ${showValue(own)} to aliases`
      : `a node's ${field} comes from the document that declared it first: leave it out here, or ` +
        `${theirs === null ? 'add' : 'change'} it there`;
  return `${declared}; this file says ${showValue(own)}; ${advice}.`;
}

/**
 * Problems of `documents` (in load order) against `stored` (the database's nodes with their ids,
 * empty to check the files only): KIND_CONFLICT for an id stored as another kind, and
 * PROPERTY_CONFLICT for each field a declaration gives otherwise than the node's owner after the
 * load. Each names the file, the entry and the field.
 */
export function findDeclarationConflicts(
  documents: readonly ValidatedDocument[],
  stored: ReadonlyMap<string, StoredNode>,
): SeedProblem[] {
  const owners = finalOwners(documents, stored);
  const problems: SeedProblem[] = [];
  for (const document of documents) {
    for (const node of document.nodes) {
      const place = { file: document.file, entry: node.entry };
      const inDatabase = stored.get(node.id);
      if (inDatabase && inDatabase.kind !== node.kind) {
        problems.push({
          code: 'KIND_CONFLICT',
          ...place,
          field: 'kind',
          message:
            `"${node.id}" is stored as ${inDatabase.kind} (declared in ${inDatabase.declaredIn ?? 'no document'}), ` +
            `here ${node.kind}: one id is one node of one kind. Use another id, or correct the kind.`,
        });
        continue;
      }
      const owner = owners.get(node.id);
      if (!owner || owner.owner === document.documentId || owner.kind !== node.kind) continue;
      const own = nodeComparedValues(node);
      for (const [field, value] of Object.entries(own)) {
        if (value === null || sameValue(value, owner.values[field] ?? null)) continue;
        problems.push({
          code: 'PROPERTY_CONFLICT',
          ...place,
          field,
          message: conflictMessage(node.id, field, owner, value, owner.values[field] ?? null),
        });
      }
    }
  }
  return problems;
}
