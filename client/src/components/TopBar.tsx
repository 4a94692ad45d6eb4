/**
 * The top bar: name, search, and the graph tools — layout, re-layout, fit, centre, expand filter,
 * undo, clear and export.
 */
import {
  LAYOUT_LABELS,
  LAYOUT_NAMES,
  isLayoutName,
  type LayoutName,
} from '../graph/layoutNames.ts';
import type { ExpandFilter } from '../state/explorerState.ts';
import { ExpandFilterMenu } from './ExpandFilterMenu.tsx';
import { ProgressBar } from './ProgressBar.tsx';
import { SearchBox } from './SearchBox.tsx';

import type { ExportFormat } from '../export/exportView.ts';

export type { ExportFormat };

export interface TopBarProps {
  layout: LayoutName;
  onLayout: (layout: LayoutName) => void;
  onRelayout: () => void;
  onFit: () => void;
  onCentre: () => void;
  /** What Undo would undo, or null when there is nothing to undo. */
  undoLabel: string | null;
  onUndo: () => void;
  onClear: () => void;
  expandFilter: ExpandFilter;
  onExpandFilter: (filter: ExpandFilter) => void;
  /** The view filter's menu (ViewFilterMenu), shown before the expand filter. */
  viewFilterMenu?: React.ReactNode;
  /** Nothing to export or lay out. */
  empty: boolean;
  statementCount: number;
  onExport: (format: ExportFormat) => void;
  onSearchChoose: (id: string, name: string) => void;
}

/** See the module comment. */
export function TopBar(props: TopBarProps) {
  return (
    <header className="topbar">
      <div className="brand">
        <svg width="20" height="20" viewBox="0 0 32 32" aria-hidden="true">
          <path d="M9 9L23 11L14 24Z" fill="none" stroke="#52606d" strokeWidth="2" />
          <circle cx="9" cy="9" r="5.5" fill="#3b78c4" />
          <circle cx="23" cy="11" r="4.5" fill="#c8323c" />
          <circle cx="14" cy="24" r="5.5" fill="#23895a" />
        </svg>
        policygraph <small>explorer</small>
      </div>
      <SearchBox onChoose={props.onSearchChoose} />
      <nav className="toolbar" aria-label="Graph tools">
        <label>
          <span className="visually-hidden">Layout</span>
          <select
            className="select"
            value={props.layout}
            onChange={(event) =>
              isLayoutName(event.target.value) && props.onLayout(event.target.value)
            }
            aria-label="Layout"
          >
            {LAYOUT_NAMES.map((name) => (
              <option key={name} value={name}>
                {LAYOUT_LABELS[name]}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="btn btn-icon"
          onClick={props.onRelayout}
          disabled={props.empty}
          aria-label="Lay out again"
          title="Lay out again"
        >
          <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true">
            <path
              d="M13.5 8a5.5 5.5 0 1 1-1.6-3.9M13.5 2v3h-3"
              fill="none"
              stroke="currentColor"
              strokeWidth="1.6"
            />
          </svg>
        </button>
        <button
          type="button"
          className="btn btn-icon"
          onClick={props.onFit}
          disabled={props.empty}
          aria-label="Fit the graph to the view"
          title="Fit"
        >
          <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true">
            <path
              d="M1.5 5V1.5H5M11 1.5h3.5V5M14.5 11v3.5H11M5 14.5H1.5V11"
              fill="none"
              stroke="currentColor"
              strokeWidth="1.6"
            />
          </svg>
        </button>
        <button
          type="button"
          className="btn btn-icon"
          onClick={props.onCentre}
          disabled={props.empty}
          aria-label="Centre on the selection"
          title="Centre"
        >
          <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true">
            <circle cx="8" cy="8" r="2.2" fill="currentColor" />
            <path d="M8 .5v3M8 12.5v3M.5 8h3M12.5 8h3" stroke="currentColor" strokeWidth="1.6" />
          </svg>
        </button>
        <span className="toolbar-sep" aria-hidden="true" />
        {props.viewFilterMenu}
        <ExpandFilterMenu filter={props.expandFilter} onChange={props.onExpandFilter} />
        <button
          type="button"
          className="btn"
          onClick={props.onUndo}
          disabled={!props.undoLabel}
          title={props.undoLabel ? `Undo ${props.undoLabel}` : 'Nothing to undo'}
          aria-label={props.undoLabel ? `Undo ${props.undoLabel}` : 'Undo'}
        >
          Undo
        </button>
        <button type="button" className="btn" onClick={props.onClear} disabled={props.empty}>
          Clear
        </button>
        <span className="toolbar-sep" aria-hidden="true" />
        <details className="menu">
          <summary className="btn" aria-label="Export">
            Export
          </summary>
          <div className="menu-body" role="menu" aria-label="Export formats">
            <button
              type="button"
              role="menuitem"
              disabled={props.empty}
              onClick={(event) => choose(event, () => props.onExport('png'))}
            >
              PNG image <span className="hint">the whole graph</span>
            </button>
            <button
              type="button"
              role="menuitem"
              disabled={props.empty}
              onClick={(event) => choose(event, () => props.onExport('json'))}
            >
              JSON <span className="hint">shown subgraph with evidence</span>
            </button>
            <button
              type="button"
              role="menuitem"
              disabled={props.empty}
              onClick={(event) => choose(event, () => props.onExport('graphml'))}
            >
              GraphML <span className="hint">Gephi, yEd</span>
            </button>
            <button
              type="button"
              role="menuitem"
              disabled={props.statementCount === 0}
              onClick={(event) => choose(event, () => props.onExport('csv'))}
            >
              CSV of statements{' '}
              <span className="hint">{props.statementCount} shown, with evidence</span>
            </button>
          </div>
        </details>
      </nav>
      <ProgressBar />
    </header>
  );
}

function choose(event: React.MouseEvent<HTMLButtonElement>, run: () => void): void {
  event.currentTarget.closest('details')?.removeAttribute('open');
  run();
}
