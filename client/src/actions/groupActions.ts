/**
 * The actions on group nodes (state/groups.ts) and on an expansion's preview, part of the one
 * registry (registry.ts spreads them in): add what the preview's choice says, open a group (all
 * its members, or those its filter matches), narrow it, collapse it again, hide it.
 */
import { nodeKindStyle } from '../graph/nodeKinds.ts';
import type { ExplorerState } from '../state/explorerState.ts';
import {
  closedMembers,
  groupCaption,
  isEmptyGroupFilter,
  matchingMembers,
  type NodeGroup,
} from '../state/groups.ts';
import type { ActionRegistry } from './types.ts';

type GroupActionName =
  | 'addExpansion'
  | 'cancelExpansion'
  | 'openGroup'
  | 'openGroupMatching'
  | 'filterGroup'
  | 'collapseGroup'
  | 'hideGroup';

const groupOf = (state: ExplorerState, id: string): NodeGroup | null => state.groups[id] ?? null;

/** `47 measures` for the group's closed members (all members when none is closed). */
export function groupTitle(state: ExplorerState, id: string): string {
  const group = groupOf(state, id);
  if (!group) return 'Group';
  const closed = closedMembers(group, state.graph).length;
  return groupCaption(closed || group.members.length, nodeKindStyle(group.kind).label, null, null);
}

/** See the module comment. */
export const GROUP_ACTIONS: Pick<ActionRegistry, GroupActionName> = {
  addExpansion: {
    name: 'addExpansion',
    label: (_, { choice }) =>
      choice.group.length > 0 ? 'Add (grouped where chosen)' : 'Add the chosen neighbours',
    enabled: ({ requests }, { choice }) =>
      requests.preview !== null && choice.each.length + choice.group.length > 0,
    perform: ({ requests }, { choice }) => requests.addExpansion(choice),
  },
  cancelExpansion: {
    name: 'cancelExpansion',
    label: () => 'Cancel the expansion',
    enabled: ({ requests }) => requests.preview !== null,
    perform: ({ requests }) => requests.closePreview(),
  },
  openGroup: {
    name: 'openGroup',
    label: ({ state }, { groupId }) => {
      const group = groupOf(state, groupId);
      return `Open all ${group ? closedMembers(group, state.graph).length : ''}`.trim();
    },
    hint: () => 'double-click',
    enabled: ({ state }, { groupId }) => {
      const group = groupOf(state, groupId);
      return group !== null && closedMembers(group, state.graph).length > 0;
    },
    perform: ({ dispatch }, { groupId }) =>
      dispatch({ type: 'group/open', groupId, matching: false }),
  },
  openGroupMatching: {
    name: 'openGroupMatching',
    label: ({ state }, { groupId }) => {
      const group = groupOf(state, groupId);
      return `Open the ${group ? matchingMembers(group, state.graph).length : 0} matching the filter`;
    },
    appliesTo: ({ state }, { groupId }) => {
      const group = groupOf(state, groupId);
      return group !== null && !isEmptyGroupFilter(group.filter);
    },
    enabled: ({ state }, { groupId }) => {
      const group = groupOf(state, groupId);
      return group !== null && matchingMembers(group, state.graph).length > 0;
    },
    perform: ({ dispatch }, { groupId }) =>
      dispatch({ type: 'group/open', groupId, matching: true }),
  },
  filterGroup: {
    name: 'filterGroup',
    label: () => 'Filter the group',
    perform: ({ dispatch }, { groupId, filter }) =>
      dispatch({ type: 'group/filter', groupId, filter }),
  },
  collapseGroup: {
    name: 'collapseGroup',
    label: ({ state }, { groupId }) => {
      const group = groupOf(state, groupId);
      const label = group
        ? groupCaption(group.members.length, nodeKindStyle(group.kind).label, null, null)
        : 'its group';
      return `Collapse into ${label}`;
    },
    enabled: ({ state }, { groupId }) => (groupOf(state, groupId)?.released.length ?? 0) > 0,
    perform: ({ dispatch }, { groupId }) => dispatch({ type: 'group/collapse', groupId }),
  },
  hideGroup: {
    name: 'hideGroup',
    label: () => 'Hide the group',
    hint: () => 'and its members',
    enabled: ({ state }, { groupId }) => groupOf(state, groupId) !== null,
    perform: ({ state, dispatch }, { groupId }) => {
      const group = groupOf(state, groupId);
      if (group) dispatch({ type: 'graph/hide', nodeIds: closedMembers(group, state.graph) });
    },
  },
};
