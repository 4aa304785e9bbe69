// `npm run analyze`: the Custom Elements Manifest of @coalition-kit/elements, from JSDoc
// (@summary, @slot, @csspart, @cssprop, @cssstate, @fires). Storybook's docs and controls read it.
export default {
  globs: ['packages/elements/src/**/*.ts'],
  exclude: ['**/*.styles.ts', '**/*.d.ts', 'packages/elements/src/locales/**'],
  outdir: 'packages/elements',
  litelement: true,
};
