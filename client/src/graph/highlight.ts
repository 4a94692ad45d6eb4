/**
 * Neighbour highlighting: while nodes are selected, everything that is neither selected nor next to
 * a selected node is dimmed, and the relationships that touch the selection are drawn heavier.
 */
import type { Core } from 'cytoscape';

/** Sets the `dimmed` and `neighbour` classes of `cy` from its current selection. */
export function applyNeighbourHighlight(cy: Core): void {
  cy.batch(() => {
    cy.$('.dimmed, .neighbour').removeClass('dimmed neighbour');
    const selectedNodes = cy.nodes(':selected');
    const selectedEdges = cy.edges(':selected');
    if (selectedNodes.empty() && selectedEdges.empty()) return;
    const focus = selectedNodes
      .closedNeighborhood()
      .union(selectedEdges)
      .union(selectedEdges.connectedNodes());
    focus.edges().addClass('neighbour');
    cy.elements().difference(focus).addClass('dimmed');
  });
}
