import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Monaco and monaco-yaml are bundled locally (never a CDN); their workers are
// ES-module workers built by Vite. See ../shared/TOOLCHAIN.md for why.
export default defineConfig({
  plugins: [react()],
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
