// ESLint for TypeScript, Astro components and scripts; run from the repository root by `npm run lint`.
import { defineConfig } from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';

export default defineConfig(
  { ignores: ['dist/', 'dist-*/', '.astro/', 'node_modules/', 'tests/fixtures/', 'public/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // `as never` silences every type error at once, as `any` does: give the value its real type instead.
      'no-restricted-syntax': [
        'error',
        { selector: 'TSAsExpression > TSNeverKeyword', message: 'Do not cast to never: give the value its real type.' },
        {
          selector: 'TSTypeAssertion > TSNeverKeyword',
          message: 'Do not cast to never: give the value its real type.',
        },
      ],
    },
  },
  // The feature folders' layering (CONTRIBUTING.md, "Project layout"): core is the leaf; browser code takes
  // only what runs in a browser; nothing but the build hooks depends on the content guard.
  {
    files: ['src/core/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['../**', '~/**'], message: 'src/core/ is the leaf: it imports no feature folder.' }] },
      ],
    },
  },
  {
    files: ['src/client/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'node:*',
                'astro:*',
                '**/content/**',
                '*.json',
                '../guard/**',
                '../navigation/**',
                '../figures/**',
                '../integrations/**',
                '../loaders/**',
                '../i18n/ui-strings*',
                '../charts/registry*',
                '../charts/download-files*',
                '../charts/world-atlas*',
              ],
              message:
                'src/client/ runs in the browser: it imports core, pure feature modules and script strings only.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/{i18n,figures,catalogue,search,navigation,offline,charts,schemas,components,pages}/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/guard', '**/guard/**'],
              message: 'Only the build hooks (src/integrations/) and the collections run the content guard.',
            },
          ],
        },
      ],
    },
  },
);
