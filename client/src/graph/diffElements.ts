/**
 * The difference between the elements Cytoscape shows and the ones it should show, by element id.
 * Pure, so the graph view can apply exactly the change (inside one `cy.batch()`) instead of
 * rebuilding the graph, which would throw every node's position away.
 */
import type { GraphElement } from './elements.ts';

/** What to change: add these, remove those ids, update the data and classes of these. */
export interface ElementDiff {
  /** New elements, nodes before edges (an edge needs its ends). */
  added: GraphElement[];
  /** Ids to remove, edges before nodes. */
  removed: string[];
  /** Elements whose data or classes changed (same id, same ends). */
  changed: GraphElement[];
  /** Ids of the added nodes: the layout runs when this, or `removedNodes`, is not empty. */
  addedNodes: string[];
  /** Ids of the removed nodes. */
  removedNodes: string[];
}

/**
 * Compares `current` (what is shown, by id) with `next`. An edge whose source or target changed is
 * removed and added again (Cytoscape cannot re-point an edge through its data).
 * @throws Error when `next` holds the same id twice.
 */
export function diffElements(
  current: ReadonlyMap<string, GraphElement>,
  next: readonly GraphElement[],
): ElementDiff {
  const nextById = new Map<string, GraphElement>();
  for (const element of next) {
    if (nextById.has(element.data.id)) throw new Error(`Duplicate element id ${element.data.id}`);
    nextById.set(element.data.id, element);
  }
  const addedNodes: GraphElement[] = [];
  const addedEdges: GraphElement[] = [];
  const removedNodes: string[] = [];
  const removedEdges: string[] = [];
  const changed: GraphElement[] = [];

  for (const [id, element] of current) {
    const wanted = nextById.get(id);
    if (!wanted || wanted.group !== element.group || endsDiffer(element, wanted)) {
      (element.group === 'nodes' ? removedNodes : removedEdges).push(id);
    }
  }
  const removedSet = new Set([...removedNodes, ...removedEdges]);
  for (const element of next) {
    const id = element.data.id;
    const shown = current.get(id);
    if (!shown || removedSet.has(id)) {
      (element.group === 'nodes' ? addedNodes : addedEdges).push(element);
    } else if (element.classes !== shown.classes || !sameData(element.data, shown.data)) {
      changed.push(element);
    }
  }
  return {
    added: [...addedNodes, ...addedEdges],
    removed: [...removedEdges, ...removedNodes],
    changed,
    addedNodes: addedNodes.map((element) => element.data.id),
    removedNodes,
  };
}

/** The map `diffElements` takes as `current`, from a list of elements. */
export function indexElements(elements: readonly GraphElement[]): Map<string, GraphElement> {
  return new Map(elements.map((element) => [element.data.id, element]));
}

function endsDiffer(a: GraphElement, b: GraphElement): boolean {
  return (
    a.group === 'edges' && (a.data.source !== b.data.source || a.data.target !== b.data.target)
  );
}

function sameData(a: GraphElement['data'], b: GraphElement['data']): boolean {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => Object.is(a[key], b[key]));
}
