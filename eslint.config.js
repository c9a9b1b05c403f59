import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

// The core stays pure: src/model and src/sync run in Node and in the CLI, so they
// must never import UI or state libraries (DESIGN.md §2: ui → state → sync → model).
const uiLibraries = [
  'react',
  'react-dom',
  'react-dom/*',
  '@xyflow/*',
  'monaco-editor',
  'monaco-editor/*',
  'monaco-yaml',
  'monaco-yaml/*',
  'zustand',
  'zustand/*',
  'zundo',
  'elkjs',
  'elkjs/*',
];
// `exact`: module names forbidden as such but not their subpaths (`zustand` but not `zustand/vanilla`).
const layerRule = (forbidden, message, exact = []) => ({
  'no-restricted-imports': [
    'error',
    {
      patterns: forbidden.map((group) => ({ group: [group], message })),
      paths: exact.map((name) => ({ name, message })),
    },
  ],
});

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'dist-test/**',
      'dist-cli/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'src/ui/editor/schema/*.json',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/model/**/*.ts'],
    rules: layerRule(
      [...uiLibraries, '**/sync/**', '**/state/**', '**/ui/**', '**/cli/**'],
      'src/model is the pure core: no UI, state, sync or CLI imports.',
    ),
  },
  {
    files: ['src/sync/**/*.ts'],
    rules: layerRule(
      [...uiLibraries, '**/state/**', '**/ui/**', '**/cli/**'],
      'src/sync may only use src/model and yaml.',
    ),
  },
  {
    files: ['src/state/**/*.ts'],
    // React hooks live in src/ui/hooks: state builds vanilla stores (`zustand/vanilla` is allowed; `zustand`,
    // its React entry, is not) and plain subscribe functions.
    rules: layerRule(
      ['**/ui/**', '**/cli/**', 'react', 'react/*', 'react-dom', 'react-dom/*', '@xyflow/*', 'monaco-editor'],
      'src/state may not import the UI or React (hooks live in src/ui/hooks; use zustand/vanilla).',
      ['zustand'],
    ),
  },
  {
    files: ['src/cli/**/*.ts'],
    rules: layerRule([...uiLibraries, '**/state/**', '**/ui/**', '**/sync/**'], 'The CLI runs on src/model alone.'),
  },
);
