import { describe, expect, it } from 'vitest';
import { mofcom, control, relays } from '../export/fixtures.test-support.ts';
import type { GraphActions } from '../hooks/useGraphActions.ts';
import { explorerReducer, type ExplorerAction } from '../state/explorerReducer.ts';
import { INITIAL_STATE, type ExplorerState } from '../state/explorerState.ts';
import type { ReviewBridge, ReviewHandle } from '../review/index.ts';
import { ActionManager } from './ActionManager.ts';

const CLOSED_REVIEW: ReviewBridge = { open: false, setOpen: () => undefined, current: null };

/** A manager over `state` whose dispatched actions and graph requests are recorded. */
function managerFor(state: ExplorerState, review: ReviewBridge = CLOSED_REVIEW) {
  const dispatched: ExplorerAction[] = [];
  const requested: unknown[][] = [];
  const requests = {
    expand: (...args: unknown[]) => requested.push(['expand', ...args]),
    showNode: (...args: unknown[]) => requested.push(['showNode', ...args]),
    findPaths: (...args: unknown[]) => requested.push(['findPaths', ...args]),
  } as unknown as GraphActions;
  const manager = new ActionManager(() => ({
    state,
    dispatch: (action) => dispatched.push(action),
    requests,
    graph: null,
    history: { back: () => requested.push(['back']), forward: () => requested.push(['forward']) },
    review,
  }));
  return { manager, dispatched, requested };
}

const shown = explorerReducer(INITIAL_STATE, {
  type: 'graph/merge',
  subgraph: { nodes: [mofcom, control], relationships: [], truncated: false },
  label: 'show MOFCOM',
});

const key = (key: string, extra: Partial<KeyboardEvent> = {}) => {
  const event = {
    key,
    ctrlKey: false,
    metaKey: false,
    shiftKey: false,
    target: { tagName: 'DIV', isContentEditable: false },
    defaultPrevented: false,
    preventDefault() {
      event.defaultPrevented = true;
    },
    ...extra,
  };
  return event as unknown as KeyboardEvent;
};

describe('ActionManager', () => {
  it("builds a node's menu from the registry, leaving out what does not apply", () => {
    const { manager } = managerFor(shown);
    const menu = manager.menu({ elementId: `n:${mofcom.id}`, x: 0, y: 0 });
    expect(menu.title).toBe(mofcom.name);
    expect(menu.items.map((item) => item?.label ?? '—')).toEqual([
      'Expand',
      'Collapse',
      'Hide',
      '—',
      'Paths to…',
      'Details',
    ]);
    expect(menu.items.find((item) => item?.name === 'pathsTo')?.disabled).toBe(true);
    expect(menu.items.find((item) => item?.name === 'collapse')?.disabled).toBe(true);

    const filtered = {
      ...shown,
      expandFilter: { kinds: ['PERSON' as const], relationshipTypes: [] },
    };
    const other = { ...filtered, selection: [`n:${control.id}`] };
    const labels = managerFor(other)
      .manager.menu({ elementId: `n:${mofcom.id}`, x: 0, y: 0 })
      .items.map((item) => item?.label);
    expect(labels).toContain('Expand (filtered)');
    expect(labels).toContain('Expand all kinds');
    expect(labels).toContain(`Paths to ${control.name}`);
  });

  it('runs a menu entry with its arguments, and refuses one that cannot run', () => {
    const { manager, requested } = managerFor({ ...shown, selection: [`n:${control.id}`] });
    const menu = manager.menu({ elementId: `n:${mofcom.id}`, x: 0, y: 0 });
    menu.items.find((item) => item?.name === 'pathsTo')!.run();
    expect(requested).toEqual([['findPaths', control.id, mofcom.id, [control.name, mofcom.name]]]);
    expect(manager.run('clear', {})).toBe(true);
    expect(managerFor(INITIAL_STATE).manager.run('clear', {})).toBe(false);
  });

  it('answers shortcuts, but not while the user types in a field', () => {
    const selected = { ...shown, selection: [`n:${mofcom.id}`] };
    const { manager, dispatched } = managerFor(selected);
    const escape = key('Escape');
    expect(manager.handleKey(escape)).toBe(true);
    expect(escape.defaultPrevented).toBe(true);
    expect(dispatched).toEqual([{ type: 'selection/set', elementIds: [] }]);
    const typing = key('Escape', { target: { tagName: 'INPUT' } as unknown as EventTarget });
    expect(manager.handleKey(typing)).toBe(false);
    // Nothing selected: Escape has nothing to do and leaves the event alone.
    expect(managerFor(shown).manager.handleKey(key('Escape'))).toBe(false);
  });

  it('undoes and redoes through the history, named after the step', () => {
    const { manager, requested } = managerFor(shown);
    expect(manager.label('undo', {})).toBe('Undo show MOFCOM');
    expect(manager.enabled('redo', {})).toBe(false);
    expect(manager.handleKey(key('z', { ctrlKey: true }))).toBe(true);
    expect(manager.handleKey(key('Z', { ctrlKey: true, shiftKey: true }))).toBe(false);
    expect(requested).toEqual([['back']]);
  });

  it('labels the export entries with what they hold', () => {
    const { manager } = managerFor(shown);
    expect(manager.item('export', { format: 'csv' })).toMatchObject({
      label: 'CSV of statements',
      disabled: true,
    });
    expect(manager.item('export', { format: 'graphml' })).toMatchObject({
      label: 'GraphML',
      hint: 'Gephi, yEd',
      disabled: false,
    });
  });

  it('sends j, k, a, r, e and Ctrl+Z to the open review, and none of them while it is closed', () => {
    const ran: string[] = [];
    const handle: ReviewHandle = {
      hasEntry: true,
      canReject: true,
      undoLabel: 'accept',
      next: () => ran.push('next'),
      previous: () => ran.push('previous'),
      accept: () => ran.push('accept'),
      reject: () => ran.push('reject'),
      edit: () => ran.push('edit'),
      undo: () => ran.push('undo'),
    };
    const open = managerFor(shown, { open: true, setOpen: () => undefined, current: handle });
    for (const letter of ['j', 'k', 'a', 'r', 'e'])
      expect(open.manager.handleKey(key(letter))).toBe(true);
    expect(open.manager.handleKey(key('z', { ctrlKey: true }))).toBe(true);
    expect(ran).toEqual(['next', 'previous', 'accept', 'reject', 'edit', 'undo']);
    // The explorer's own undo stays with the graph's history, which the review leaves alone.
    expect(open.requested).toEqual([]);
    expect(open.manager.label('reviewUndo', {})).toBe('Undo accept');

    const closed = managerFor(shown, { open: false, setOpen: () => undefined, current: handle });
    expect(closed.manager.handleKey(key('a'))).toBe(false);
    expect(ran).toHaveLength(6);
  });

  it('activates a group node by opening it and a node by expanding it (double-click and Enter)', () => {
    const alone = explorerReducer(INITIAL_STATE, {
      type: 'graph/merge',
      subgraph: { nodes: [mofcom], relationships: [], truncated: false },
      label: 'show MOFCOM',
    });
    const grouped = explorerReducer(alone, {
      type: 'graph/merge',
      subgraph: { nodes: [control], relationships: [relays], truncated: false },
      label: 'expansion of MOFCOM',
      group: { anchor: mofcom.id, kinds: ['MEASURE'] },
    });
    const [groupId] = Object.keys(grouped.groups);
    expect(groupId).toBeDefined();
    const { manager, dispatched, requested } = managerFor(grouped);
    expect(manager.label('activate', { elementId: `g:${groupId}` })).toBe('Open all 1');
    expect(manager.run('activate', { elementId: `g:${groupId}` })).toBe(true);
    expect(dispatched).toEqual([{ type: 'group/open', groupId, matching: false }]);
    expect(manager.run('activate', { elementId: `n:${mofcom.id}` })).toBe(true);
    expect(requested[0]?.slice(0, 2)).toEqual(['expand', mofcom.id]);
    expect(manager.run('activate', { elementId: 'r:nothing' })).toBe(false);
    // Opened already: nothing left to open, so Enter does nothing and is left to the page.
    const opened = explorerReducer(grouped, {
      type: 'group/open',
      groupId: groupId!,
      matching: false,
    });
    expect(managerFor(opened).manager.run('activate', { elementId: `g:${groupId}` })).toBe(false);
  });
});
