// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';

/**
 * The house, enforced here rather than remembered (docs/architecture.md draws it).
 *
 * Layers, from the ground up. A file imports only from its own floor or the floors below;
 * an import that runs up a floor, or a cycle anywhere, fails `npm run lint`:
 *
 *   1  lib/facts                      the fact model, normalisers, tables
 *   2  lib/playbook  lib/extract      the file format; page readers (pure, no I/O)
 *   3  lib/scoring   lib/accounts     the engine; identity, merging, the account row (pure)
 *   4  lib/insights                   analyses of outcomes and CRM exports (pure)
 *   5  lib/db        lib/messaging    Dexie (background only); the one zod protocol and its view shapes
 *   6  lib/view                       view models for the UI: pure builders from the protocol's shapes
 *   7  lib/background  lib/content    the two runtime contexts, grouped by feature
 *   8  components  hooks              presentational React; UI-side state (hooks, page helpers)
 *   9  entrypoints  cli               wiring: pages, service worker, content scripts; the command line
 *
 * lib/view sits above lib/messaging (CONVENTIONS draws it beside insights) because its builders
 * read the shapes the background sends (lib/messaging/views.ts).
 * Within a floor, components never import hooks (props in, events out).
 */
const FLOORS = [
  ['lib/facts'],
  ['lib/playbook', 'lib/extract'],
  ['lib/scoring', 'lib/accounts'],
  ['lib/insights'],
  ['lib/db', 'lib/messaging'],
  ['lib/view'],
  ['lib/background', 'lib/content'],
  ['components', 'hooks'],
  ['entrypoints', 'cli'],
];

/** Imports are relative ("../db/rows"), so a folder is named by its last segment. */
const last = (dir) => dir.split('/').pop();
const above = (floor) => FLOORS.slice(floor + 1).flat();
const upward = (dir, floor) =>
  above(floor).length === 0
    ? []
    : [{
        group: above(floor).flatMap((d) => [`**/${last(d)}`, `**/${last(d)}/**`]),
        message: `${dir} is on floor ${floor + 1}: it may import only from its own floor or below (eslint.config.js, docs/architecture.md).`,
      }];

const noDb = { allowTypeImports: true, group: ['**/db', '**/db/*', 'dexie'], message: 'Only the background opens the database (CONVENTIONS: boundaries).' };
const noBrowser = { allowTypeImports: true, group: ['wxt/browser', 'webextension-polyfill'], message: 'Pure or presentational code: no browser API (pass data and callbacks as props).' };
const noIo = { allowTypeImports: true, group: ['node:*', 'fs', 'path', 'wxt/browser', 'webextension-polyfill', 'dexie', '**/db', '**/db/*', '**/background/*'], message: 'Pure module: no I/O (CONVENTIONS: boundaries).' };
const noReact = { group: ['react', 'react-dom', 'react-dom/*'], message: 'Nothing in lib/ imports React: UI lives in components/, hooks/ and entrypoints/.' };
const noUi = { allowTypeImports: true, group: ['react', 'react-dom', 'react-dom/*', 'zod', '**/components/*'], message: 'Content scripts stay tiny: no React, no zod (the background validates).' };
const noHooks = { group: ['**/hooks', '**/hooks/**'], message: 'Components are presentational: state and messaging come from hooks/ through props.' };

/** What each folder may not import besides the floors above it. */
const EXTRA = {
  'lib/facts': [noIo],
  'lib/playbook': [noIo],
  'lib/extract': [noIo, noUi],
  'lib/scoring': [noIo],
  'lib/accounts': [noIo],
  'lib/insights': [noIo],
  'lib/view': [noIo],
  'lib/messaging': [],
  'lib/db': [],
  'lib/background': [],
  'lib/content': [noDb, noUi],
  components: [noDb, noBrowser, noHooks],
  hooks: [noDb],
  entrypoints: [],
  cli: [],
};

const PRODUCT = ['lib/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}', 'hooks/**/*.{ts,tsx}', 'entrypoints/**/*.{ts,tsx}', 'cli/**/*.ts'];
const UNSAFE = [
  { selector: "MemberExpression[property.name='innerHTML']", message: 'Page text is untrusted: never use innerHTML.' },
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Page text is untrusted: render as text.' },
  { selector: "CallExpression[callee.name='eval']", message: 'No eval (CSP, store policy).' },
  { selector: "NewExpression[callee.name='Function']", message: 'No new Function (CSP, store policy).' },
];

const zones = FLOORS.flatMap((dirs, floor) =>
  dirs.map((dir) => ({
    files: [`${dir}/**/*.{ts,tsx}`, ...(dir === 'entrypoints' ? ['entrypoints/*.ts'] : [])],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: [...upward(dir, floor), ...(dir.startsWith('lib/') ? [noReact] : []), ...(EXTRA[dir] ?? [])] }],
    },
  })),
);

export default tseslint.config(
  { ignores: ['.output/**', '.output-*/**', '.wxt/**', 'node_modules/**', 'test-results/**', 'demo-output/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { chrome: 'readonly', defineBackground: 'readonly', defineContentScript: 'readonly', defineUnlistedScript: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-restricted-syntax': ['error', ...UNSAFE],
    },
  },
  // Product code: no cycles, one import style, no 'as never' (tests may cast hostile input on purpose).
  {
    files: PRODUCT,
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver': { node: { extensions: ['.ts', '.tsx', '.js'] } },
    },
    rules: {
      'import-x/no-cycle': 'error',
      'no-restricted-syntax': [
        'error',
        ...UNSAFE,
        { selector: 'TSAsExpression > TSNeverKeyword', message: "No 'as never': type the value (a typed table, a generic) instead of silencing the checker." },
        { selector: 'ImportDeclaration[source.value=/^@\\//]', message: "One import style: relative paths, not '@/'." },
      ],
    },
  },
  ...zones,
  { files: ['test/*.mjs', 'bench/**/*.mjs'], languageOptions: { globals: { process: 'readonly', console: 'readonly' } } },
);
