import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { HOSTING_HEADERS } from './scripts/hosting-headers.js';

// index.html carries a strict Content-Security-Policy (no inline scripts). The
// dev server needs an inline React-refresh preamble, so only `vite` (serve)
// drops the meta; builds and `vite preview` keep it.
const relaxCspInDev = (): Plugin => ({
  name: 'netpol-studio:relax-csp-in-dev',
  apply: 'serve',
  transformIndexHtml: (html) => html.replace(/<meta\s+http-equiv="Content-Security-Policy"[^>]*>/, ''),
});

// Monaco and monaco-yaml are bundled locally (never a CDN); their workers are
// ES-module workers built by Vite. See ../shared/TOOLCHAIN.md for why.
//
// `--mode test` (npm run build:test → dist-test/) is a test build: the same minified bundle plus the window
// hooks e2e specs and browser benches drive the app through (state/test-hook.ts). Any other build is a
// production build: VITE_TEST_HOOKS is the constant false there, so the hooks are dead code and dropped.
export default defineConfig(({ mode }) => ({
  define: { 'import.meta.env.VITE_TEST_HOOKS': JSON.stringify(mode === 'test') },
  plugins: [react(), relaxCspInDev()],
  base: './',
  worker: { format: 'es' },
  optimizeDeps: { include: ['monaco-yaml/yaml.worker.js'] },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 6000,
  },
  // `npm start` (scripts/start.js) serves through `vite preview`: the hosting headers apply there, and so to the
  // e2e suite and the benches, which run the app under exactly the headers a deployment sends.
  preview: { host: '127.0.0.1', port: 4173, strictPort: true, headers: HOSTING_HEADERS },
  server: { host: '127.0.0.1', port: 5173 },
}));
