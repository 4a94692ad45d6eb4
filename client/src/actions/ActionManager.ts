/**
 * Runs the explorer's actions (registry.ts) by name with the latest context, builds the context
 * menus from them, and answers keyboard shortcuts. One manager lives as long as the explorer; it
 * reads the context through a getter, so it never holds stale state.
 */
import { createContext, useContext } from 'react';
import { parseElementId, parseGroupElementId } from '../graph/elementIds.ts';
import { collapsibleGroupOf } from '../state/groups.ts';
import { groupTitle } from './groupActions.ts';
import { ACTIONS, relationshipTitle } from './registry.ts';
import type { ActionArgs, ActionContext, ActionDefinition, ActionName } from './types.ts';

/** Where a context menu was asked for: the element (Cytoscape id, null for the background) and the point. */
export interface MenuTarget {
  elementId: string | null;
  x: number;
  y: number;
}

/** One menu entry; `null` draws a separator. */
export interface MenuItem {
  name: ActionName;
  label: string;
  hint?: string;
  disabled: boolean;
  run: () => void;
}

/** A context menu's title and entries. */
export interface Menu {
  title: string;
  items: (MenuItem | null)[];
}

type ViewActionName = 'fit' | 'relayout' | 'clearSelection';

const SEPARATOR = 'separator' as const;

/** The background's context menu. */
const VIEW_MENU: ViewActionName[] = ['fit', 'relayout', 'clearSelection'];

/** See the module comment. */
export class ActionManager {
  constructor(private readonly context: () => ActionContext) {}

  /** The action's definition. */
  get<N extends ActionName>(name: N): ActionDefinition<N> {
    return ACTIONS[name];
  }

  label<N extends ActionName>(name: N, args: ActionArgs[N]): string {
    return this.get(name).label(this.context(), args);
  }

  enabled<N extends ActionName>(name: N, args: ActionArgs[N]): boolean {
    return this.get(name).enabled?.(this.context(), args) ?? true;
  }

  /** Runs the action when it can run now; returns whether it ran. */
  run<N extends ActionName>(name: N, args: ActionArgs[N]): boolean {
    const context = this.context();
    const action = this.get(name);
    if (action.enabled && !action.enabled(context, args)) return false;
    action.perform(context, args);
    return true;
  }

  /** A menu entry for the action, or null when it does not apply to `args`. */
  item<N extends ActionName>(name: N, args: ActionArgs[N]): MenuItem | null {
    const context = this.context();
    const action = this.get(name);
    if (action.appliesTo && !action.appliesTo(context, args)) return null;
    return {
      name,
      label: action.label(context, args),
      hint: action.hint?.(context, args) ?? action.shortcut?.label,
      disabled: action.enabled ? !action.enabled(context, args) : false,
      run: () => this.run(name, args),
    };
  }

  /** The context menu for a node, a relationship or the background. */
  menu(target: MenuTarget): Menu {
    const { state } = this.context();
    const groupId = target.elementId ? parseGroupElementId(target.elementId) : null;
    if (groupId !== null) {
      const items = [
        this.item('openGroup', { groupId }),
        this.item('openGroupMatching', { groupId }),
        this.item('hideGroup', { groupId }),
        this.item('select', { elementIds: [target.elementId!] }),
      ].filter((item) => item !== null);
      return { title: groupTitle(state, groupId), items };
    }
    const parsed = target.elementId ? parseElementId(target.elementId) : null;
    if (parsed?.group === 'node') {
      const nodeId = parsed.id;
      const group = collapsibleGroupOf(state.groups, nodeId);
      // The node's menu, in order; entries that do not apply are left out.
      const items = [
        this.item('expand', { nodeId }),
        this.item('expandAll', { nodeId }),
        this.item('collapse', { nodeId }),
        group ? this.item('collapseGroup', { groupId: group.id }) : null,
        this.item('hide', { nodeIds: [nodeId] }),
        SEPARATOR,
        this.item('pathsTo', { nodeId }),
        this.item('details', { nodeId }),
      ]
        .filter((item) => item !== null)
        .map((item) => (item === SEPARATOR ? null : item));
      return { title: state.graph.nodes[parsed.id]?.name ?? parsed.id, items };
    }
    if (parsed?.group === 'relationship') {
      const item = this.item('showEvidence', { elementId: target.elementId! });
      return { title: relationshipTitle(state, target.elementId!), items: item ? [item] : [] };
    }
    return {
      title: 'Graph',
      items: VIEW_MENU.map((name) => this.item(name, {})).filter((item) => item !== null),
    };
  }

  /**
   * Runs the action whose shortcut `event` is (actions without arguments only), unless the user is
   * typing in a field. Returns whether one ran (the caller's event is then default-prevented).
   */
  handleKey(event: KeyboardEvent): boolean {
    const target = event.target as HTMLElement | null;
    const typing =
      target !== null &&
      (target.tagName === 'INPUT' ||
        target.tagName === 'TEXTAREA' ||
        target.tagName === 'SELECT' ||
        target.isContentEditable);
    if (typing) return false;
    const mod = event.ctrlKey || event.metaKey;
    for (const action of Object.values(ACTIONS) as ActionDefinition<ActionName>[]) {
      const shortcut = action.shortcut;
      if (!shortcut) continue;
      if (shortcut.key.toLowerCase() !== event.key.toLowerCase()) continue;
      if (Boolean(shortcut.mod) !== mod || Boolean(shortcut.shift) !== event.shiftKey) continue;
      if (this.run(action.name, {})) {
        event.preventDefault();
        return true;
      }
    }
    return false;
  }
}

export const ActionsContext = createContext<ActionManager | null>(null);

/** The explorer's action manager, for panels and toolbars. */
export function useActions(): ActionManager {
  const manager = useContext(ActionsContext);
  if (!manager) throw new Error('useActions outside ActionsContext');
  return manager;
}
