import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * The web UI: Preact through Vite's own JSX transform (no preset plugin, so
 * no Babel in the build). Built into web/dist, which the HTTP server serves
 * at `/`; hash routing keeps every view bookmarkable without server routes.
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2020',
    sourcemap: false,
  },
  server: { proxy: { '/v1': 'http://127.0.0.1:8080' } },
});
