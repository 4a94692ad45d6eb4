/**
 * graphql-js as graphql-yoga and envelop load it (the CommonJS `index.js`), for the functions that
 * inspect the schema (`getArgumentValues`, `getVariableValues`, `isListType`, ...). An ESM `import`
 * of 'graphql' may resolve to `index.mjs` instead (test runners and bundlers prefer it): a second
 * instance whose instanceof checks reject the schema yoga built ("from another module or realm").
 * Types are imported from 'graphql' as usual.
 */
import { createRequire } from 'node:module';

export const graphqlJs = createRequire(import.meta.url)('graphql') as typeof import('graphql');
