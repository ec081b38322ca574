import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * Vite config for the SPA. The built files go to `dist/`, which the server serves under `/` (everything
 * not under `/api`). In development `npm run dev` proxies `/api` to a server started with
 * `npx shahrnet serve` on its default port, so cookies stay same-origin as in production.
 * The root vitest.config.ts extends this file for the jsdom `web` project.
 */
export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // Hashed file names let the server cache assets immutably; the manifest lets tests find the entry.
    manifest: true,
    sourcemap: false,
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:8080' },
  },
});
