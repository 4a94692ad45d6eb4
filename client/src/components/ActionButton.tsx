/**
 * A button that runs one action of the registry (actions/registry.ts): its accessible name is the
 * action's label, it is disabled when the action cannot run, and an icon button shows `icon` with
 * the label as its tooltip.
 */
import type { ReactNode } from 'react';
import { useActions } from '../actions/ActionManager.ts';
import type { ActionArgs, ActionName } from '../actions/types.ts';

/** See the module comment; `children` is the visible text (the label when absent and no icon). */
export function ActionButton<N extends ActionName>(props: {
  name: N;
  args: ActionArgs[N];
  icon?: ReactNode;
  className?: string;
  children?: ReactNode;
}) {
  const actions = useActions();
  const label = actions.label(props.name, props.args);
  const shortcut = actions.get(props.name).shortcut;
  const title = shortcut ? `${label} (${shortcut.label})` : label;
  return (
    <button
      type="button"
      className={props.className ?? (props.icon ? 'btn btn-icon' : 'btn')}
      onClick={() => actions.run(props.name, props.args)}
      disabled={!actions.enabled(props.name, props.args)}
      aria-label={props.icon || props.children ? label : undefined}
      title={title}
    >
      {props.icon ?? props.children ?? label}
    </button>
  );
}

/** The toolbar's icons, 14 px, drawn in the text colour. */
export const ICONS = {
  relayout: (
    <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true">
      <path
        d="M13.5 8a5.5 5.5 0 1 1-1.6-3.9M13.5 2v3h-3"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.6"
      />
    </svg>
  ),
  fit: (
    <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true">
      <path
        d="M1.5 5V1.5H5M11 1.5h3.5V5M14.5 11v3.5H11M5 14.5H1.5V11"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.6"
      />
    </svg>
  ),
  centre: (
    <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true">
      <circle cx="8" cy="8" r="2.2" fill="currentColor" />
      <path d="M8 .5v3M8 12.5v3M.5 8h3M12.5 8h3" stroke="currentColor" strokeWidth="1.6" />
    </svg>
  ),
};
