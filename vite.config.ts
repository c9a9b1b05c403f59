import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

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
export default defineConfig({
  plugins: [react(), relaxCspInDev()],
  base: './',
  worker: { format: 'es' },
  optimizeDeps: { include: ['monaco-yaml/yaml.worker.js'] },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 6000,
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  server: { host: '127.0.0.1', port: 5173 },
});
