/**
 * The entity-resolution actions of the registry (registry.ts): merging two actors and splitting a
 * merged one, for editors (the details card offers them only when the server accepts edits). Each
 * asks why (kept with the judgement the server appends) and, once per tab, the editor's token.
 */
import {
  MergeNodesMutation,
  SplitNodeMutation,
  editRequest,
  editorTokenOrAsk,
} from '../api/resolutionDocuments.ts';
import { nodeElementId } from '../graph/elementIds.ts';
import type { ActionDefinition } from './types.ts';

const ask = (message: string) => window.prompt(message);
const failed = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** `mergeNodes`: see the module comment. */
export const mergeNodesAction: ActionDefinition<'mergeNodes'> = {
  name: 'mergeNodes',
  label: (_, { absorbedName }) => `Merge ${absorbedName} into this`,
  enabled: (_, { survivorId, absorbedId }) => survivorId !== absorbedId,
  perform: ({ state, dispatch }, { survivorId, absorbedId, onDone }) => {
    const why = ask('Why are they the same entity? (kept with the judgement)')?.trim();
    const token = why ? editorTokenOrAsk(ask) : null;
    if (!why || !token) return;
    editRequest(MergeNodesMutation, { survivorId, absorbedId, why }, token).then(
      () => {
        if (state.graph.nodes[absorbedId]) dispatch({ type: 'graph/hide', nodeIds: [absorbedId] });
        onDone?.(null);
      },
      (error: unknown) => onDone?.(failed(error)),
    );
  },
};

/** `splitNode`: see the module comment. */
export const splitNodeAction: ActionDefinition<'splitNode'> = {
  name: 'splitNode',
  label: (_, { absorbedId }) => `Split ${absorbedId} out`,
  perform: ({ dispatch, requests }, { absorbedId, onDone }) => {
    const why = ask('Why are they different entities? (kept with the judgement)')?.trim();
    const token = why ? editorTokenOrAsk(ask) : null;
    if (!why || !token) return;
    editRequest(SplitNodeMutation, { absorbedId, why }, token).then(
      ({ splitNode }) => {
        requests.showNode(splitNode.restored.id, splitNode.restored.name);
        dispatch({ type: 'selection/set', elementIds: [nodeElementId(splitNode.survivor.id)] });
        onDone?.(null);
      },
      (error: unknown) => onDone?.(failed(error)),
    );
  },
};
