// One ESLint config for the monorepo: typescript-eslint strict rules everywhere,
// React hooks rules in the console.
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
          patterns: WORKSPACE_PATHS,
          paths: [
            {
              name: 'react-admin',
              importNames: ['DateTimeInput'],
              message:
                "Use console/src/inputs/DateTimeInput: react-admin's keeps zone-less text the API's DateTime refuses.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ['console/src/inputs/DateTimeInput.tsx'],
    rules: { 'no-restricted-imports': ['error', { patterns: WORKSPACE_PATHS }] },
  },
);
