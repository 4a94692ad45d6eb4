/**
 * Typed GraphQL documents for the explorer: reads the server's SDL and every `graphql(...)` document
 * in src/, writes src/gql/ (gitignored). Documents are plain strings (`documentMode: 'string'`), so
 * the bundle needs no GraphQL runtime.
 */
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: '../server/src/schema/**/*.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*'],
  ignoreNoDocuments: true,
  // Imports between the generated files name their extension, so Node's ESM resolution (the test
  // project's tsconfig) reads them as the bundler does.
  importExtension: '.ts',
  generates: {
    './src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { Date: 'string' },
      },
    },
  },
};

export default config;
