// One ESLint config for the monorepo: typescript-eslint strict rules everywhere,
// React hooks rules in the console, and the console's rules about talking to the API.
import { readFileSync } from 'node:fs';
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

const WORKSPACE_PATHS = [
  {
    group: ['**/packages/*/src/**', '**/packages/*/dist/**', '**/api/src/**', '**/console/src/**'],
    message: 'Import another workspace package by its name (@trident/…), not by path.',
  },
];

const DATE_TIME_INPUT = {
  name: 'react-admin',
  importNames: ['DateTimeInput', 'DateInput', 'SimpleForm', 'Form', 'NumberInput', 'SaveButton'],
  message:
    "Use console/src/inputs (DateTimeInput.tsx, DateInput.tsx, forms.tsx): react-admin's DateTimeInput keeps zone-less text the API's DateTime refuses, its date inputs keep filtering on a value the keyboard emptied until the field loses focus, its forms let the browser check numbers and e-mails in the browser's language instead of the app's, and its SaveButton, always enabled, saves twice on a double click.",
};

const AUTOCOMPLETE_INPUT = {
  name: 'react-admin',
  importNames: ['AutocompleteInput', 'AutocompleteArrayInput'],
  message:
    "Use console/src/inputs/AutocompleteInput.tsx: react-admin's (single or array) keeps a selected record's old name after the record changed under the same id.",
};

/** Only console/src/providers builds the GraphQL client and reads the schema's introspection. */
const API_CLIENTS = ['@apollo/client', 'ra-data-graphql', 'graphql-request', 'graphql-tag'].map(
  (name) => ({
    name,
    message:
      'Only console/src/providers talks to the API: write a typed document (graphql() in a *.graphql.ts file) and send it with useApi() from providers/api.',
  }),
);
const INTROSPECTION = {
  group: ['**/gql/introspection.json'],
  message:
    "The static introspection drives the data provider's adapter only (console/src/providers).",
};

/**
 * The console's types come from the schema (src/gql): an interface or an object type named
 * after a schema type, or any interface named …Record or …Result, restates what codegen
 * already generated. Use the generated fragment or operation type (TaskFieldsFragment,
 * BoardQuery['open']['nodes'][number]) instead.
 */
const SCHEMA_TYPES = [
  ...readFileSync(new URL('./packages/schema/schema.graphql', import.meta.url), 'utf8').matchAll(
    /^(?:type|input|enum|interface|union) (\w+)/gm,
  ),
]
  .map(([, name]) => name)
  .filter((name) => !['Query', 'Mutation', 'Subscription'].includes(name));
const SCHEMA_NAMES = `/^(${SCHEMA_TYPES.join('|')})(Record|Row|Result|Fields)?$/`;
/** Codegen reads documents from *.graphql.ts files only: a graphql() elsewhere is never typed. */
const GRAPHQL_BESIDE_USER = {
  selector: "CallExpression[callee.name='graphql']",
  message: 'Write documents in a *.graphql.ts file beside their user: codegen reads only those.',
};
/** A date alone in JSX breaks after a hyphen in a narrow column ("2026-12-" / "05"). */
const DATE_ON_ONE_LINE = {
  selector:
    ':matches(JSXElement, JSXFragment) > JSXExpressionContainer > CallExpression[callee.name=/^format(Date|DateTime)$/]',
  message: 'Show a date with <DateText value={…} /> (formats/DateText.tsx): it keeps one line.',
};
/**
 * Numbers and dates in the language the console is set to, never the browser's: the accounts'
 * potential was written in the browser's locale (a French browser: "1 234 567") and the
 * surveys' dates as "2026/12/5" beside the console's "2026-12-05".
 */
const ONE_FORMAT_PER_LANGUAGE = {
  selector: 'CallExpression[callee.property.name=/^toLocale(Date|Time)?String$/]',
  message:
    'Format dates with formats/dates.ts (or DateText) and amounts with resources/money.ts: one format per language.',
};
const NO_RESTATED_TYPES = [
  {
    selector: `TSInterfaceDeclaration[id.name=${SCHEMA_NAMES}]`,
    message: 'This restates a schema type: use the type codegen generated (src/gql).',
  },
  {
    selector: `TSTypeAliasDeclaration[id.name=${SCHEMA_NAMES}] > TSTypeLiteral`,
    message: 'This restates a schema type: use the type codegen generated (src/gql).',
  },
  {
    selector: 'TSInterfaceDeclaration[id.name=/(Record|Result)$/]',
    message:
      'A record or result shape comes from the schema: use the generated fragment or operation type (src/gql).',
  },
  {
    selector: "CallExpression[callee.name='fetch'] > Literal[value=/graphql/]",
    message: 'Call the API through useApi() from providers/api, not with fetch.',
  },
];

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      'console/src/gql/**',
      '**/node_modules/**',
      '**/.turbo/**',
      '.data/**',
      '**/coverage/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      // A module's manifest declares its registries as `interface X extends Y {}`.
      '@typescript-eslint/no-empty-object-type': [
        'error',
        { allowInterfaces: 'with-single-extends' },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
      'no-restricted-imports': [
        'error',
        {
          patterns: WORKSPACE_PATHS,
        },
      ],
    },
  },
  {
    files: ['console/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      'no-restricted-imports': [
        'error',
        {
          patterns: [...WORKSPACE_PATHS, INTROSPECTION],
          paths: [DATE_TIME_INPUT, AUTOCOMPLETE_INPUT, ...API_CLIENTS],
        },
      ],
      'no-restricted-syntax': [
        'error',
        GRAPHQL_BESIDE_USER,
        DATE_ON_ONE_LINE,
        ONE_FORMAT_PER_LANGUAGE,
        ...NO_RESTATED_TYPES,
      ],
    },
  },
  {
    // The formats themselves.
    files: ['console/src/formats/**/*.{ts,tsx}', 'console/src/resources/money.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        GRAPHQL_BESIDE_USER,
        DATE_ON_ONE_LINE,
        ...NO_RESTATED_TYPES,
      ],
    },
  },
  {
    files: ['console/src/**/*.graphql.ts'],
    rules: { 'no-restricted-syntax': ['error', ...NO_RESTATED_TYPES] },
  },
  {
    files: ['console/src/providers/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: WORKSPACE_PATHS, paths: [DATE_TIME_INPUT, AUTOCOMPLETE_INPUT] },
      ],
    },
  },
  {
    files: [
      'console/src/inputs/DateTimeInput.tsx',
      'console/src/inputs/DateInput.tsx',
      'console/src/inputs/forms.tsx',
      'console/src/inputs/AutocompleteInput.tsx',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [...WORKSPACE_PATHS, INTROSPECTION], paths: API_CLIENTS },
      ],
    },
  },
  {
    // Where a type lives follows from its folder: outputs in <module>.types.ts, inputs in dtos/,
    // so a resolver stays a thin list of entry points (docs/architecture.md, "API modules").
    files: ['api/src/**/*.resolver.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            'Decorator[expression.callee.name=/^(ObjectType|InputType|ArgsType|InterfaceType)$/]',
          message:
            'Declare GraphQL types in <module>.types.ts (outputs) or dtos/*.inputs.ts (inputs), not in a resolver.',
        },
        {
          selector: 'ClassDeclaration:not(:has(Decorator[expression.callee.name="Resolver"]))',
          message: 'A resolver file holds resolvers only; move helper classes to the module.',
        },
      ],
    },
  },
);
