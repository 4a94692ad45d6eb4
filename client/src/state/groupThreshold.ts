/**
 * The build's group threshold, apart from the pure grouping (groups.ts) so that code outside the
 * Vite build (tests, scripts) can import the groups without Vite's `import.meta.env`.
 */
import { DEFAULT_GROUP_THRESHOLD } from './groups.ts';

const env = (import.meta.env ?? {}) as Record<string, string | undefined>;
const configured = Number(env.VITE_GROUP_FROM);

/**
 * Neighbours of one kind beyond which an expansion first shows its preview and offers to group
 * them: `VITE_GROUP_FROM` of the build (0: never), else DEFAULT_GROUP_THRESHOLD.
 */
export const GROUP_THRESHOLD =
  env.VITE_GROUP_FROM !== undefined && Number.isInteger(configured) && configured >= 0
    ? configured
    : DEFAULT_GROUP_THRESHOLD;
