/**
 * The actions panels can take on the explorer, passed down through React context so panels stay
 * independent of the App's state wiring.
 */
import { createContext, useContext } from 'react';

/** See the module comment; ids are server ids unless said otherwise. */
export interface ExplorerCommands {
  /** Selects the node when shown; otherwise adds it with its neighbourhood and selects it. */
  focusNode: (id: string, name: string) => void;
  /** Adds the node's neighbours (with the expand filter). */
  expand: (id: string) => void;
  /** Hides the neighbours connected to nothing else. */
  collapse: (id: string) => void;
  /** Hides the nodes. */
  hide: (ids: string[]) => void;
  /** Finds and highlights the shortest paths between two nodes. */
  findPaths: (from: string, to: string) => void;
  /** Opens a source document at a quoted span. */
  openEvidence: (evidence: { documentId: string; start: number; end: number }) => void;
  /** Sets the selection (Cytoscape element ids). */
  select: (elementIds: string[]) => void;
}

export const CommandsContext = createContext<ExplorerCommands | null>(null);

/** The explorer's commands. */
export function useCommands(): ExplorerCommands {
  const commands = useContext(CommandsContext);
  if (!commands) throw new Error('useCommands outside CommandsContext');
  return commands;
}
