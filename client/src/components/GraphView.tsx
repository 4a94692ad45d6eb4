/**
 * The graph canvas and what floats over it: counts, the graph request's progress or error, the
 * empty state, the context menu, the legend and the timeline. The Cytoscape instance is owned by
 * the graph controller (graph/GraphController.ts), reached through `controllerRef`; the context
 * menu's entries come from the action registry.
 */
import { useMemo, useState, type RefObject } from 'react';
import { useActions, type MenuTarget } from '../actions/ActionManager.ts';
import type { GraphElement } from '../graph/elements.ts';
import type { GraphController } from '../graph/GraphController.ts';
import { graphStylesheet } from '../graph/graphStyle.ts';
import type { LayoutName } from '../graph/layoutNames.ts';
import { useGraphController } from '../hooks/useGraphController.ts';
import { ContextMenu } from './ContextMenu.tsx';

export interface GraphViewProps {
  /** Set to the graph's controller while the canvas is mounted. */
  controllerRef: RefObject<GraphController | null>;
  elements: readonly GraphElement[];
  layout: LayoutName;
  layoutRevision: number;
  selection: readonly string[];
  onSelectionChange: (elementIds: string[]) => void;
  onNodeDoubleClick: (elementId: string) => void;
  /** Drawn over the canvas (notices, empty state, legend). */
  children?: React.ReactNode;
  /** Drawn under the canvas (the timeline). */
  footer?: React.ReactNode;
}

/** See the module comment. */
export function GraphView(props: GraphViewProps) {
  const actions = useActions();
  const stylesheet = useMemo(() => graphStylesheet(), []);
  const [menu, setMenu] = useState<MenuTarget | null>(null);
  const { containerRef } = useGraphController({
    controllerRef: props.controllerRef,
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
          <ContextMenu target={menu} content={actions.menu(menu)} onClose={() => setMenu(null)} />
        ) : null}
      </div>
      {props.footer}
    </div>
  );
}
