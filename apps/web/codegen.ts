import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed client for the web app, generated from the API's committed code-first schema (no running
 * server needed). Run from the repository root: `graphql-codegen --config apps/web/codegen.ts`.
 */
const config: CodegenConfig = {
  schema: 'apps/api/schema.gql',
  // Tests reuse the app's documents; documents declared in specs would otherwise ship in the bundle.
  documents: ['apps/web/src/**/*.{ts,tsx}', 'apps/web/src/**/*.graphql', '!apps/web/src/gql/**/*', '!apps/web/src/**/*.spec.{ts,tsx}'],
  ignoreNoDocuments: false,
  generates: {
    'apps/web/src/gql/': {
      preset: 'client',
      presetConfig: {
        // Components receive plain typed results; no fragments are passed between features yet.
        fragmentMasking: false,
      },
      config: {
        scalars: { DateTime: 'string' },
        // String unions instead of TypeScript enums: no runtime objects in the bundle, and they line
        // up with the const arrays of @stardesk/domain.
        enumsAsTypes: true,
        useTypeImports: true,
      },
    },
  },
};

export default config;
