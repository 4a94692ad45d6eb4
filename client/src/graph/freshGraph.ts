/**
 * Adding a large graph shown afresh to Cytoscape so that its first drawing costs least: every node
 * at the place firstPlacement.ts gives it, and styled before any relationship exists. Cytoscape
 * marks a node's relationships for restyling each time it applies one of the node's properties, so
 * nodes styled with their relationships in place cost a walk of those relationships per property
 * (about half of the styling at 5,000 elements, BENCHMARKS.md); styled first, they cost none. Used
 * by GraphController.ts.
 */
import type { Core, ElementDefinition } from 'cytoscape';
import type { GraphElement } from './elements.ts';
import type { Point } from './freeSpace.ts';

/** Adds `added` (nodes and relationships) to `cy`: nodes at `positions` and styled, then relationships. */
export function addFreshGraph(
  cy: Core,
  added: readonly GraphElement[],
  positions: ReadonlyMap<string, Point>,
): void {
  const definition = (element: GraphElement): ElementDefinition => {
    const position = positions.get(element.data.id);
    return {
      group: element.group,
      data: { ...element.data },
      classes: element.classes,
      ...(position ? { position: { ...position } } : {}),
    };
  };
  const nodes = cy.add(added.filter((e) => e.group === 'nodes').map(definition));
  // Reading a style property applies the node's whole style now, while it has no relationships.
  nodes.forEach((node) => {
    node.style('shape');
  });
  cy.add(added.filter((e) => e.group === 'edges').map(definition));
}
