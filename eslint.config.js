import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((name) => `node:${name}`)];

/** Layering: imports point inward toward src-shared (see shared/CONVENTIONS.md). */
const layer = (files, patterns, paths = []) => ({
  files,
  rules: {
    'no-restricted-imports': ['error', { paths, patterns }],
  },
});

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'release/**', 'node_modules/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src-renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  layer(
    ['src-shared/**/*.ts'],
    [
      { group: ['electron', 'react', 'react-dom', '@tensorflow/*', '@xyflow/*', 'ws'], message: 'src-shared is pure TypeScript.' },
      { group: ['**/src-main/**', '**/src-renderer/**'], message: 'src-shared depends on nothing else in the app.' },
    ],
    nodeBuiltins.map((name) => ({ name, message: 'src-shared must not use Node built-ins.' })),
  ),
  layer(
    ['src-main/engine/**/*.ts'],
    [
      { group: ['electron'], message: 'The engine runs under plain Node: no Electron imports.' },
      { group: ['**/shell/**', '**/web/**', '**/cli/**', '**/src-renderer/**'], message: 'The engine knows only src-shared.' },
    ],
  ),
  layer(
    ['src-main/shell/**/*.ts', 'src-main/web/**/*.ts'],
    [
      { group: ['**/engine/**', '!**/engine/*/', '!**/engine/**/*?modulePath'], message: 'Shell and web start the engine as a process and know it only through src-shared/protocol.' },
      { group: ['**/src-renderer/**'], message: 'The Node side never imports the renderer.' },
    ],
  ),
  layer(
    ['src-main/web/**/*.ts'],
    [{ group: ['electron'], message: 'Browser mode runs without Electron.' }],
  ),
  layer(
    ['src-renderer/**/*.{ts,tsx}'],
    [
      { group: ['electron', '@tensorflow/*', 'ws'], message: 'The renderer reaches the Node side only through its typed client.' },
      { group: ['**/src-main/**'], message: 'The renderer imports only src-shared.' },
    ],
    nodeBuiltins.map((name) => ({ name, message: 'The renderer uses browser APIs only.' })),
  ),
);
