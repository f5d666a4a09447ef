import { createRequire } from 'node:module';
import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * The console's types come from the API's printed schema and from the documents written
 * beside their one user (`graphql()` calls in the `*.graphql.ts` files of src). `pnpm codegen` writes src/gql;
 * `pnpm codegen:check` fails when what is committed there is stale.
 */
const schema = createRequire(import.meta.url).resolve('@trident/schema/schema.graphql');

const config: CodegenConfig = {
  schema,
  documents: ['src/**/*.graphql.ts'],
  ignoreNoDocuments: true,
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false, gqlTagName: 'graphql' },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        // Scalars as they travel in JSON: money and times are exact text.
        scalars: {
          ID: 'string',
          DateTime: 'string',
          Decimal: 'string',
          LocalDate: 'string',
          Period: 'string',
          JSON: 'unknown',
        },
      },
    },
    'src/gql/introspection.json': {
      plugins: ['introspection'],
      config: { minify: true, descriptions: false },
    },
  },
};

export default config;
