// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * Import boundaries from CONVENTIONS.md, enforced here rather than remembered:
 * - content scripts and extractors never touch the database or React;
 * - components are presentational: no browser API, no database;
 * - scoring and extraction do no I/O.
 */
const noDb = { allowTypeImports: true, group: ['**/db', '**/db/*', 'dexie'], message: 'Only the background opens the database (CONVENTIONS: boundaries).' };
const noBrowser = { allowTypeImports: true, group: ['wxt/browser', 'webextension-polyfill'], message: 'Components are presentational: no browser API (pass data and callbacks as props).' };
const noIo = { allowTypeImports: true, group: ['node:*', 'fs', 'path', 'wxt/browser', 'webextension-polyfill', 'dexie', '**/db', '**/db/*', '**/background/*'], message: 'Pure module: no I/O (CONVENTIONS: boundaries).' };
const noUi = { allowTypeImports: true, group: ['react', 'react-dom', 'react-dom/*', 'zod', '**/components/*'], message: 'Content scripts stay tiny: no React, no zod (the background validates).' };

export default tseslint.config(
  { ignores: ['.output/**', '.output-*/**', '.wxt/**', 'node_modules/**', 'test-results/**', 'demo-output/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { chrome: 'readonly', defineBackground: 'readonly', defineContentScript: 'readonly', defineUnlistedScript: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[property.name='innerHTML']", message: 'Page text is untrusted: never use innerHTML.' },
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Page text is untrusted: render as text.' },
        { selector: "CallExpression[callee.name='eval']", message: 'No eval (CSP, store policy).' },
        { selector: "NewExpression[callee.name='Function']", message: 'No new Function (CSP, store policy).' },
      ],
    },
  },
  { files: ['components/**'], rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [noDb, noBrowser] }] } },
  { files: ['lib/scoring/**', 'lib/facts/**', 'lib/playbook/**', 'lib/accounts/**'], rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [noIo] }] } },
  { files: ['entrypoints/*.content.ts', 'entrypoints/*.content/**', 'lib/content/**'], rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [noDb, noUi] }] } },
  { files: ['lib/insights/**'], rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [noIo] }] } },
  { files: ['lib/extract/**'], rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [noIo, noUi] }] } },
  { files: ['entrypoints/sidepanel/**', 'entrypoints/popup/**', 'entrypoints/options/**'], rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [noDb] }] } },
  { files: ['test/*.mjs', 'bench/**/*.mjs'], languageOptions: { globals: { process: 'readonly', console: 'readonly' } } },
);
