/**
 * The details of a selected group node (state/groups.ts): its caption, the node it was expanded
 * from, the relationship types joining them, a filter (name text, dates) with how many members it
 * matches, the buttons that open all or the matching members, hide the group, and its members.
 */
import { useActions } from '../actions/ActionManager.ts';
import { nodeKindStyle } from '../graph/nodeKinds.ts';
import { relationshipTypeStyle } from '../graph/relationshipTypes.ts';
import type { ShownGraph } from '../state/graphOps.ts';
import { groupCaption, matchesGroupFilter, summarizeGroups, type Groups } from '../state/groups.ts';
import { isIsoDate } from '../state/urlState.ts';
import { ActionButton } from './ActionButton.tsx';

/** Members listed at most (the filter narrows the list). */
const LISTED = 200;

/** See the module comment. */
export function GroupDetails({
  groupId,
  groups,
  graph,
}: {
  groupId: string;
  groups: Groups;
  graph: ShownGraph;
}) {
  const actions = useActions();
  const summary = summarizeGroups(groups, graph).find((item) => item.group.id === groupId);
  if (!summary) return <p className="empty-note">This group is not drawn any more.</p>;
  const { group } = summary;
  const filter = group.filter;
  const members = summary.members.map((id) => graph.nodes[id]!);
  const matching = members.filter((node) => matchesGroupFilter(node, filter));
  const setFilter = (change: Partial<typeof filter>) =>
    actions.run('filterGroup', { groupId, filter: { ...filter, ...change } });
  const dateInput = (which: 'from' | 'to', label: string) => (
    <label>
      {label}{' '}
      <input
        type="date"
        value={filter[which] ?? ''}
        onChange={(event) =>
          setFilter({ [which]: isIsoDate(event.target.value) ? event.target.value : null })
        }
      />
    </label>
  );
  return (
    <section className="group-details" data-testid="group-details" aria-label="Group">
      <h2>
        {groupCaption(
          members.length,
          nodeKindStyle(group.kind).label,
          summary.firstDate,
          summary.lastDate,
        )}
      </h2>
      <p>
        Neighbours of <strong>{graph.nodes[group.anchor]?.name ?? group.anchor}</strong>
        {summary.relationshipTypes.length > 0
          ? ` (${summary.relationshipTypes.map((type) => relationshipTypeStyle(type).label).join(', ')})`
          : ''}
        , drawn as one node. Open them to draw each on its own; Collapse (on the node they were
        expanded from) puts them back.
      </p>
      <fieldset className="group-filter">
        <legend>Filter the group</legend>
        <label>
          Name contains{' '}
          <input
            type="search"
            value={filter.text}
            onChange={(event) => setFilter({ text: event.target.value })}
          />
        </label>
        {dateInput('from', 'From')}
        {dateInput('to', 'To')}
        <p data-testid="group-matching">
          {matching.length} of {members.length} match
        </p>
      </fieldset>
      <div className="group-buttons">
        <ActionButton name="openGroup" args={{ groupId }} />
        <ActionButton name="openGroupMatching" args={{ groupId }} />
        <ActionButton name="hideGroup" args={{ groupId }} />
      </div>
      <ul className="group-members">
        {matching.slice(0, LISTED).map((node) => (
          <li key={node.id}>
            {node.name}
            {node.date ? <span className="hint"> {node.date}</span> : null}
          </li>
        ))}
        {matching.length > LISTED ? <li>… and {matching.length - LISTED} more</li> : null}
      </ul>
    </section>
  );
}
