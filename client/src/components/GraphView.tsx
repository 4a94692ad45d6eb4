/**
 * The graph canvas and what floats over it: counts, the graph request's progress or error, the
 * empty state, the context menu, the legend and the timeline. Cytoscape itself is owned by
 * useCytoscape; this component exposes fit / centre / PNG / positions to the toolbar through `ref`.
 */
import { useImperativeHandle, useMemo, useState, type Ref } from 'react';
import type { GraphElement } from '../graph/elements.ts';
import { graphStylesheet } from '../graph/graphStyle.ts';
import type { LayoutName } from '../graph/layoutNames.ts';
import { useCytoscape } from '../hooks/useCytoscape.ts';
import { fitView } from '../graph/runLayouts.ts';
import { ContextMenu, type ContextMenuTarget } from './ContextMenu.tsx';

/** What the toolbar can ask of the graph. */
export interface GraphViewApi {
  fit: () => void;
  /** Centres on the selection, or on everything when nothing is selected. */
  centre: () => void;
  /** PNG of the whole graph at twice the screen resolution, on white. */
  png: () => Promise<Blob>;
  /** Current model positions of the nodes, by Cytoscape element id. */
  positions: () => Map<string, { x: number; y: number }>;
}

export interface GraphViewProps {
  ref?: Ref<GraphViewApi>;
  elements: readonly GraphElement[];
  layout: LayoutName;
  layoutRevision: number;
  selection: readonly string[];
  onSelectionChange: (elementIds: string[]) => void;
  onNodeDoubleClick: (elementId: string) => void;
  /** Builds the context menu's actions for a target. */
  menuFor: (target: ContextMenuTarget) => ContextMenuItems;
  /** Drawn over the canvas (notices, empty state, legend). */
  children?: React.ReactNode;
  /** Drawn under the canvas (the timeline). */
  footer?: React.ReactNode;
}

/** One context menu entry; `null` draws a separator. */
export type ContextMenuItems = {
  title: string;
  items: ({ label: string; hint?: string; disabled?: boolean; run: () => void } | null)[];
};

/** See the module comment. */
export function GraphView(props: GraphViewProps) {
  const stylesheet = useMemo(() => graphStylesheet(), []);
  const [menu, setMenu] = useState<ContextMenuTarget | null>(null);
  const { containerRef, cyRef } = useCytoscape({
    elements: props.elements,
    stylesheet,
    layout: props.layout,
    layoutRevision: props.layoutRevision,
    selection: props.selection,
    handlers: {
      onSelectionChange: props.onSelectionChange,
      onNodeDoubleClick: props.onNodeDoubleClick,
      onContextMenu: (target) => setMenu(target),
    },
  });

  useImperativeHandle(
    props.ref,
    () => ({
      fit: () => cyRef.current && fitView(cyRef.current, true),
      centre: () => {
        const cy = cyRef.current;
        if (!cy) return;
        const selected = cy.$(':selected');
        cy.animate({
          center: { eles: selected.nonempty() ? selected : cy.elements() },
          duration: 250,
        });
      },
      png: async () => {
        const cy = cyRef.current;
        if (!cy) throw new Error('The graph is not ready.');
        return cy.png({
          output: 'blob-promise',
          full: true,
          scale: 2,
          bg: '#ffffff',
          maxWidth: 8000,
          maxHeight: 8000,
        });
      },
      positions: () => {
        const cy = cyRef.current;
        const positions = new Map<string, { x: number; y: number }>();
        cy?.nodes().forEach((node) => {
          positions.set(node.id(), { ...node.position() });
        });
        return positions;
      },
    }),
    [cyRef],
  );

  return (
    <div className="graph-area">
      <div className="graph-stage">
        <div
          ref={containerRef}
          className="graph-canvas"
          data-testid="graph-canvas"
          role="application"
          aria-label="Graph of the shown nodes and relationships. Use the Details panel's node list to reach nodes by keyboard."
          onContextMenu={(event) => event.preventDefault()}
        />
        {props.children}
        {menu ? (
          <ContextMenu target={menu} content={props.menuFor(menu)} onClose={() => setMenu(null)} />
        ) : null}
      </div>
      {props.footer}
    </div>
  );
}
