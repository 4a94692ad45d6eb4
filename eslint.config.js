// ESLint flat config: typescript-eslint's type-aware recommended rules for every part, the React hooks
// rules in client/, and the arrows between the workspaces (docs/architecture.md) as import rules.
import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/**
 * Which workspaces each workspace may import (by its package name, through its one public entry).
 * The same arrows as the package.json dependencies and the diagram in docs/architecture.md.
 */
const MAY_IMPORT = {
  db: [],
  model: [],
  'graph-seed': ['db', 'model'],
  import: ['db', 'model'],
  synthetic: ['db', 'graph-seed', 'model'],
  draft: ['db', 'graph-seed', 'model'],
  server: ['db', 'model'],
  client: [],
  test: ['db', 'model', 'graph-seed', 'import', 'synthetic', 'draft', 'server', 'client'],
};
const WORKSPACES = Object.keys(MAY_IMPORT);

/** Reaching into another workspace's files, by package path or by a relative path. */
const INTO_ANOTHER_WORKSPACE = [
  {
    group: ['@policygraph/*/**'],
    message: 'Import a workspace through its public entry (@policygraph/<name>), not its files.',
  },
  {
    regex: `^(\\.\\./)+(${WORKSPACES.join('|')})/src/`,
    message:
      'Import another workspace through its public entry (@policygraph/<name>), not its src/ files; export what you need from its src/index.ts.',
  },
];

/**
 * Which workspaces each workspace may import types from only (`import type`, erased when built, so
 * none of their code runs there): the explorer takes the seed format's and the drafting's types
 * from their homes instead of keeping copies.
 */
const MAY_IMPORT_TYPES = {
  client: ['model', 'graph-seed', 'draft'],
};

/** The no-restricted-imports options of `workspace`, `allowed` added to what it may import. */
function importRules(workspace, allowed = []) {
  const may = new Set([...MAY_IMPORT[workspace], ...allowed]);
  const typesOnly = new Set(MAY_IMPORT_TYPES[workspace] ?? []);
  const forbidden = WORKSPACES.filter((name) => name !== workspace && !may.has(name));
  return {
    '@typescript-eslint/no-restricted-imports': [
      'error',
      {
        paths: forbidden.map((name) => ({
          name: `@policygraph/${name}`,
          message: typesOnly.has(name)
            ? `${workspace}/ takes only types from ${name}/ (\`import type\`; see MAY_IMPORT_TYPES in eslint.config.js and docs/architecture.md).`
            : `${workspace}/ does not depend on ${name}/ (see MAY_IMPORT in eslint.config.js and docs/architecture.md).`,
          ...(typesOnly.has(name) ? { allowTypeImports: true } : {}),
        })),
        patterns: INTO_ANOTHER_WORKSPACE,
      },
    ],
  };
}

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '.neo4j/**',
      'client/src/gql/**',
      '**/*.generated.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: {
        // Each workspace's tsconfig.json types its files; the root's few loose files use the default project.
        projectService: { allowDefaultProject: ['*.js', '*.ts'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      // A reasoned subset of recommendedTypeChecked: every rule on promises, bindings, stringification,
      // enum comparison and needless assertions stays; the no-unsafe-* family is off, because the
      // values it flags are `any` by their source (GraphQL answers and Cypher rows as JSON in the
      // tests, graphql-yoga's plugin arguments), are checked at one boundary (zod, toPlain, codegen
      // types), and marking each use would add casts, not safety.
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    files: ['**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['client/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // The graph's modules stay small, each named for what it holds (GraphController.ts, the one
    // owner of the Cytoscape instance, hands its parts to modules beside it).
    files: ['client/src/graph/**/*.ts'],
    rules: { 'max-lines': ['error', { max: 300 }] },
  },
  ...WORKSPACES.map((workspace) => ({
    files: [`${workspace}/**/*.{ts,tsx}`],
    rules: importRules(workspace),
  })),
  {
    // The explorer's unit tests compare what it keeps of the seed format with the format's homes.
    files: ['client/src/**/*.test.ts'],
    rules: importRules('client', ['model', 'graph-seed', 'draft']),
  },
  {
    // The server reaches the seed loader and the drafting in two places only: seeding an empty
    // database on start, and drafting and loading reviewed drafts (review/).
    files: ['server/src/seed-on-start.ts', 'server/src/review/**/*.ts'],
    rules: importRules('server', ['graph-seed', 'draft']),
  },
  {
    // The server reaches the importers' entity resolution (scorer, merge and split, judgements) in
    // resolution/ only.
    files: ['server/src/resolution/**/*.ts'],
    rules: importRules('server', ['import']),
  },
);
