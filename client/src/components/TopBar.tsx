/**
 * The top bar: name, search, and the graph tools — layout, re-layout, fit, centre, expand filter,
 * undo, clear and export. Every tool runs an action of the registry (actions/registry.ts).
 */
import { useState } from 'react';
import { useActions } from '../actions/ActionManager.ts';
import type { ExportFormat } from '../export/exportView.ts';
import {
  LAYOUT_LABELS,
  LAYOUT_NAMES,
  isLayoutName,
  type LayoutName,
} from '../graph/layoutNames.ts';
import type { ExpandFilter } from '../state/explorerState.ts';
import { ActionButton, ICONS } from './ActionButton.tsx';
import { CopyLinkButton } from './CopyLinkButton.tsx';
import { ExpandFilterMenu } from './ExpandFilterMenu.tsx';
import { ProgressBar } from './ProgressBar.tsx';
import { SearchBox } from './SearchBox.tsx';

export interface TopBarProps {
  layout: LayoutName;
  expandFilter: ExpandFilter;
  onExpandFilter: (filter: ExpandFilter) => void;
  /** The view filter's menu (ViewFilterMenu), shown before the expand filter. */
  viewFilterMenu?: React.ReactNode;
  /** On narrow screens: whether the side panel's drawer is open, and the toggle. */
  panelOpen: boolean;
  onPanelToggle: () => void;
  /** Show "Review drafts" (an editor's token is set in this tab, or the page asked for `?review`). */
  showReview?: boolean;
}

const EXPORT_FORMATS: ExportFormat[] = ['png', 'json', 'graphml', 'csv'];

/** See the module comment. */
export function TopBar(props: TopBarProps) {
  const actions = useActions();
  // On narrow screens the tools fold behind one button (styles/shell.css).
  const [toolsOpen, setToolsOpen] = useState(false);
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
      <SearchBox onChoose={(id, name) => actions.run('showNode', { id, name })} />
      <button
        type="button"
        className="btn narrow-only"
        aria-expanded={toolsOpen}
        aria-controls="graph-tools"
        onClick={() => setToolsOpen((open) => !open)}
      >
        Tools
      </button>
      <button
        type="button"
        className="btn narrow-only"
        aria-expanded={props.panelOpen}
        aria-controls="side-panel"
        onClick={props.onPanelToggle}
      >
        Panels
      </button>
      <nav
        className="toolbar"
        id="graph-tools"
        aria-label="Graph tools"
        data-open={toolsOpen}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && toolsOpen) {
            event.preventDefault();
            setToolsOpen(false);
          }
        }}
      >
        <label>
          <span className="visually-hidden">Layout</span>
          <select
            className="select"
            value={props.layout}
            onChange={(event) =>
              isLayoutName(event.target.value) &&
              actions.run('setLayout', { layout: event.target.value })
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
        <ActionButton name="relayout" args={{}} icon={ICONS.relayout} />
        <ActionButton name="fit" args={{}} icon={ICONS.fit} />
        <ActionButton name="centre" args={{}} icon={ICONS.centre} />
        <span className="toolbar-sep" aria-hidden="true" />
        {props.viewFilterMenu}
        <ExpandFilterMenu filter={props.expandFilter} onChange={props.onExpandFilter} />
        <ActionButton name="undo" args={{}}>
          Undo
        </ActionButton>
        <ActionButton name="redo" args={{}}>
          Redo
        </ActionButton>
        <ActionButton name="clear" args={{}} />
        <span className="toolbar-sep" aria-hidden="true" />
        <CopyLinkButton />
        {props.showReview ? <ActionButton name="openReview" args={{}} /> : null}
        <details className="menu">
          <summary className="btn" aria-label="Export">
            Export
          </summary>
          <div className="menu-body" role="menu" aria-label="Export formats">
            {EXPORT_FORMATS.map((format) => {
              const item = actions.item('export', { format });
              return item ? (
                <button
                  key={format}
                  type="button"
                  role="menuitem"
                  disabled={item.disabled}
                  onClick={(event) => {
                    event.currentTarget.closest('details')?.removeAttribute('open');
                    item.run();
                  }}
                >
                  {item.label} {item.hint ? <span className="hint">{item.hint}</span> : null}
                </button>
              ) : null;
            })}
          </div>
        </details>
      </nav>
      <ProgressBar />
    </header>
  );
}
