/**
 * The layouts the explorer offers and their Cytoscape options: fCoSE (force-directed, the default),
 * concentric (by degree) and layered (dagre, top to bottom along relationship direction).
 * Registration of the extensions happens once, in registerLayouts().
 */
import cytoscape, { type LayoutOptions, type NodeSingular } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import dagre from 'cytoscape-dagre';
import type { LayoutName } from './layoutNames.ts';

export type { LayoutName } from './layoutNames.ts';

let registered = false;

/** Registers the fCoSE and dagre extensions with Cytoscape (idempotent). */
export function registerLayouts(): void {
  if (registered) return;
  cytoscape.use(fcose);
  cytoscape.use(dagre);
  registered = true;
}

/**
 * fCoSE's quality for a graph of `nodeCount` nodes: `proof` (spectral start, then force-directed
 * refinement to convergence) below 300 nodes, `default` below 1,000, `draft` (spectral only)
 * above: on this project's benchmark machine `default` took 11 s for 700 nodes and 147 s for 2,500,
 * `draft` 3.4 s for 2,500 (BENCHMARKS.md).
 */
export function fcoseQuality(nodeCount: number): 'proof' | 'default' | 'draft' {
  return nodeCount < 300 ? 'proof' : nodeCount < 1_000 ? 'default' : 'draft';
}

/**
 * Options for laying out the whole graph with `name`. Moves are animated (for graphs under 300
 * nodes) unless `animate` is false: a graph drawn for the first time appears in place at once.
 */
export function fullLayoutOptions(
  name: LayoutName,
  nodeCount: number,
  animate = true,
): LayoutOptions {
  animate = animate && nodeCount < 300;
  switch (name) {
    case 'concentric':
      return {
        name: 'concentric',
        concentric: (node: NodeSingular) => node.degree(false),
        levelWidth: () => 2,
        minNodeSpacing: 70,
        spacingFactor: 1.2,
        avoidOverlap: true,
        animate,
        animationDuration: 300,
        padding: 40,
      };
    case 'layered':
      return {
        name: 'dagre',
        rankDir: 'TB',
        nodeSep: 28,
        rankSep: 70,
        edgeSep: 8,
        animate,
        animationDuration: 300,
        padding: 40,
      } as LayoutOptions;
    case 'fcose':
    default:
      return {
        name: 'fcose',
        quality: fcoseQuality(nodeCount),
        randomize: true,
        animate,
        animationDuration: 400,
        nodeDimensionsIncludeLabels: true,
        idealEdgeLength: 90,
        nodeRepulsion: 6500,
        nodeSeparation: 60,
        packComponents: true,
        padding: 40,
      } as LayoutOptions;
  }
}

/**
 * Options for placing new nodes around fixed ones: fCoSE starting from the given positions
 * (randomize off), with every node in `fixed` pinned where it is.
 */
export function incrementalLayoutOptions(
  fixed: { nodeId: string; position: { x: number; y: number } }[],
): LayoutOptions {
  return {
    name: 'fcose',
    quality: 'proof',
    randomize: false,
    animate: true,
    animationDuration: 350,
    fit: false,
    // Pinned positions are node centres; with labels included fCoSE would pin the centre of node
    // and label together, shifting every pinned node by half its label's height.
    nodeDimensionsIncludeLabels: false,
    idealEdgeLength: 90,
    nodeRepulsion: 6500,
    fixedNodeConstraint: fixed.length > 0 ? fixed : undefined,
  } as LayoutOptions;
}
