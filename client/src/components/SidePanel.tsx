/**
 * The side panel's tabs: Details, Who said what, Paths (ARIA tabs; arrow keys move between them).
 * The overlay (the document viewer) covers the panel below the tabs, never the tabs themselves:
 * choosing a tab shows its panel (App.tsx closes the document then).
 */
import type { KeyboardEvent, ReactNode } from 'react';
import { SIDE_PANELS, type SidePanel as SidePanelName } from '../state/explorerState.ts';

const LABELS: Record<SidePanelName, string> = {
  details: 'Details',
  statements: 'Who said what',
  paths: 'Paths',
};

/** See the module comment; `counts` adds a number after a tab's name. */
export function SidePanel(props: {
  panel: SidePanelName;
  onPanel: (panel: SidePanelName) => void;
  counts: Partial<Record<SidePanelName, number>>;
  children: ReactNode;
  overlay?: ReactNode;
  /** On narrow screens the panel is a drawer: open or not, and how to close it. */
  open: boolean;
  onClose: () => void;
}) {
  const onKey = (event: KeyboardEvent<HTMLDivElement>) => {
    const index = SIDE_PANELS.indexOf(props.panel);
    const delta = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (delta === 0) return;
    const next = SIDE_PANELS[(index + delta + SIDE_PANELS.length) % SIDE_PANELS.length]!;
    props.onPanel(next);
    document.getElementById(`tab-${next}`)?.focus();
  };
  return (
    <aside
      className="side"
      id="side-panel"
      aria-label="Side panel"
      data-open={props.open}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && props.open && event.target === event.currentTarget)
          props.onClose();
      }}
    >
      <button
        type="button"
        className="btn btn-small narrow-only drawer-close"
        onClick={props.onClose}
      >
        Close panels
      </button>
      <div className="tabs" role="tablist" aria-label="Panels" onKeyDown={onKey}>
        {SIDE_PANELS.map((name) => (
          <button
            key={name}
            id={`tab-${name}`}
            type="button"
            role="tab"
            className="tab"
            aria-selected={props.panel === name}
            aria-controls={`tabpanel-${name}`}
            tabIndex={props.panel === name ? 0 : -1}
            onClick={() => props.onPanel(name)}
          >
            {LABELS[name]}
            {props.counts[name] ? <span className="tab-count">{props.counts[name]}</span> : null}
          </button>
        ))}
      </div>
      <div className="side-body">
        <div
          className="panel"
          role="tabpanel"
          id={`tabpanel-${props.panel}`}
          aria-labelledby={`tab-${props.panel}`}
        >
          {props.children}
        </div>
        {props.overlay}
      </div>
    </aside>
  );
}
