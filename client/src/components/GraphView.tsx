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
import { insetsFor, NO_INSETS, type Insets } from '../graph/freeSpace.ts';
import { arrowDirection } from '../graph/keyboardMove.ts';
import { ContextMenu } from './ContextMenu.tsx';

/** Marks an overlay of the canvas that fitting the graph keeps clear of (the legend). */
export const FIT_AVOID = 'data-fit-avoid';

/** Room the marked overlays take at the edges of `canvas`. */
function overlayInsets(canvas: HTMLElement | null): Insets {
  const stage = canvas?.parentElement;
  if (!canvas || !stage) return NO_INSETS;
  const area = canvas.getBoundingClientRect();
  const boxes = [...stage.querySelectorAll(`[${FIT_AVOID}]`)].map((element) => {
    const box = element.getBoundingClientRect();
    return {
      x1: box.left - area.left,
      y1: box.top - area.top,
      x2: box.right - area.left,
      y2: box.bottom - area.top,
    };
  });
  return insetsFor(boxes, { width: area.width, height: area.height });
}

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
      insets: () => overlayInsets(containerRef.current),
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
          aria-label="Graph of the shown nodes and relationships"
          aria-describedby="graph-keys"
          tabIndex={0}
          onKeyDown={(event) => {
            const direction = arrowDirection(event.key);
            if (direction) {
              event.preventDefault();
              actions.run('moveSelection', { direction });
            } else if (event.key === 'Enter' && props.selection.length === 1) {
              // A node expands, a group node opens: as a double-click does.
              if (actions.run('activate', { elementId: props.selection[0]! }))
                event.preventDefault();
            }
          }}
          onContextMenu={(event) => event.preventDefault()}
        />
        <p id="graph-keys" className="visually-hidden">
          Arrow keys move between nodes, Enter expands the selected node or opens the selected
          group, Escape clears the selection. The Details panel lists the shown nodes.
        </p>
        {props.children}
        {menu ? (
          <ContextMenu target={menu} content={actions.menu(menu)} onClose={() => setMenu(null)} />
        ) : null}
      </div>
      {props.footer}
    </div>
  );
}
