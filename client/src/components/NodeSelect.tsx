/**
 * A labelled drop-down of nodes by name, with a first option for "none" (the empty string). A
 * current value that is not among the options (from a shared link) is kept as an option.
 */
import type { ReactNode } from 'react';
import type { NodeRef } from './NodeChip.tsx';

/** See the module comment. `label` is the visible label and the accessible name unless `name` is given. */
export function NodeSelect(props: {
  label: ReactNode;
  name: string;
  value: string | null;
  nodes: readonly NodeRef[];
  /** Text of the "none" option. */
  none: string;
  onChange: (id: string | null) => void;
}) {
  const value = props.value ?? '';
  const options =
    value && !props.nodes.some((node) => node.id === value)
      ? [...props.nodes, { id: value, name: value, kind: '' }]
      : props.nodes;
  return (
    <label>
      {props.label}
      <select
        className="select"
        aria-label={props.name}
        value={value}
        onChange={(event) => props.onChange(event.target.value || null)}
      >
        <option value="">{props.none}</option>
        {options.map((node) => (
          <option key={node.id} value={node.id}>
            {node.name}
          </option>
        ))}
      </select>
    </label>
  );
}
