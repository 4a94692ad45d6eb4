/**
 * The explorer's public entry for other workspaces (the end-to-end tests): the shareable view link
 * (`viewLinkHash`, `readViewLink`), the URL state it carries (`UrlState`, `DEFAULT_URL_STATE`) and the
 * older query-string form (`legacyQuery`), the default group threshold (`DEFAULT_GROUP_THRESHOLD`), and how a link's nodes are told missing or merged (`missingNodeIds`, `mergedNodes`). Pure functions, no React or browser globals.
 */
export { legacyQuery } from './state/legacyQuery.ts';
export { DEFAULT_URL_STATE, type UrlState } from './state/urlState.ts';
export { readViewLink, viewLinkHash, type ReadLink } from './state/viewLink.ts';
export { DEFAULT_GROUP_THRESHOLD } from './state/groups.ts';
export { mergedNodes, missingNodeIds } from './state/missingNodes.ts';
