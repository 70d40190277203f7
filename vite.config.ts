/**
 * Builds the browser app (web/) into dist/web/, which the Headway server serves.
 * In development, `vite` proxies /api to a running server (HEADWAY_DEV_API, default :4747).
 */
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const devApi = process.env['HEADWAY_DEV_API'] ?? 'http://127.0.0.1:4747';

export default defineConfig({
  root: 'web',
  base: '/',
  plugins: [react()],
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
  },
  server: {
    host: '127.0.0.1',
    proxy: { '/api': { target: devApi, changeOrigin: true } },
  },
});
