// Vite builds the app as an npm user would: the packages' published files (dist/), relative
// asset paths so the build opens from any folder.
import { defineConfig } from 'vite';

export default defineConfig({
  root: import.meta.dirname,
  base: './',
  build: { outDir: 'dist', emptyOutDir: true },
  logLevel: 'warn',
});
