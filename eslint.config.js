// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: ['**/dist/**', '**/node_modules/**', 'storybook-static/**', 'coverage/**', 'data/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      // zod must stay tree-shakable: `import { z } from 'zod'` pulls the whole library.
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'zod', importNames: ['z'], message: "Use `import * as z from 'zod/v4/mini'`." },
            {
              name: 'lit/directives/unsafe-html.js',
              message: 'Feed text renders as text, never HTML.',
            },
            {
              name: 'lit/directives/unsafe-svg.js',
              message: 'Feed text renders as text, never SVG.',
            },
            {
              name: 'lit/directives/style-map.js',
              message: 'Strict style-src CSPs block style attributes.',
            },
          ],
        },
      ],
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Feed text renders as text, never HTML.' },
        { property: 'outerHTML', message: 'Feed text renders as text, never HTML.' },
        { property: 'insertAdjacentHTML', message: 'Feed text renders as text, never HTML.' },
      ],
    },
  },
  {
    files: ['packages/elements/**/*.ts', 'stories/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['packages/elements/src/**/*.ts'],
    ...wc.configs['flat/recommended'],
  },
  {
    files: ['**/test/**/*.ts', 'test/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off', 'no-restricted-properties': 'off' },
  },
);
