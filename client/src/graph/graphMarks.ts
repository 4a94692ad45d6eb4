/**
 * The names by which scripts, the end-to-end tests and the client benchmark find the graph
 * controller (GraphController.ts) and time its first drawing.
 */

/** Name of the canvas element's property that holds its controller (for scripts and tests). */
export const GRAPH_PROPERTY = 'policygraphGraph';

/** Name of the performance mark set when the first graph is drawn. */
export const FIRST_RENDER_MARK = 'policygraph:first-graph-rendered';

/**
 * Name of the performance mark set when Cytoscape has drawn the first frame holding nodes (its
 * `render` event: styling, label measurement and drawing done), and of the measure of the first
 * non-empty `setElements` (diff, `cy.add` with its styling, first placement), for the client
 * benchmark's time from data to first drawing.
 */
export const FIRST_DRAWN_MARK = 'policygraph:first-graph-drawn';
export const FIRST_ELEMENTS_MEASURE = 'policygraph:first-elements-set';
