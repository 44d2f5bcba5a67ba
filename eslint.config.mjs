// ESLint flat config for our JavaScript: the page's scripts in web/, and the Node scripts, tests
// and benchmarks (.mjs). `npx eslint .` lints them all; scripts/test-all.sh runs it as its lint layer.
import js from '@eslint/js';
import globals from 'globals';

export default [
  { ignores: ['build/', 'dist/', 'node_modules/', '.cache/', 'test-results/'] },
  js.configs.recommended,
  {
    // The page's scripts: classic scripts in the browser, in ES5 syntax (with ES2015 objects such
    // as Promise and Map) so that an old browser still runs the loader far enough to say it is not
    // supported. ES5 has no `catch {}` without a binding: an unused catch parameter is allowed here.
    files: ['web/**/*.js'],
    languageOptions: {
      ecmaVersion: 5,
      sourceType: 'script',
      globals: { ...globals.browser, ...globals.es2015 },
    },
    rules: { 'no-unused-vars': ['error', { caughtErrors: 'none' }] },
  },
  {
    files: ['**/*.mjs'],
    languageOptions: { sourceType: 'module', globals: { ...globals.node } },
  },
  {
    // The browser tests and benchmarks hand functions to page.evaluate(), which run in the page.
    files: ['tests/e2e/**/*.mjs', 'bench/**/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
];
