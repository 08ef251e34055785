import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      'coverage/',
      'examples/out/',
      '.bench/',
      'reports/',
      '.stryker-tmp/',
      'src/validation/generated/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-imports': 'off',
    },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { module: 'writable', require: 'readonly', process: 'readonly' },
    },
  },
  {
    // The core knows nothing of the Actions runtime: only adapters and main.ts may import @actions/*.
    files: [
      'src/definition/**',
      'src/validation/**',
      'src/drift/**',
      'src/connector/**',
      'src/report/**',
      'src/openapi3/**',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@actions/*', 'node:fs*', 'fs', 'node:http*', '@azure/*'],
              message: 'Core modules are pure: do I/O in an adapter.',
            },
          ],
        },
      ],
    },
  },
);
