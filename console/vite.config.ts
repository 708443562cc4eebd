import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** Where `npm run dev` sends API calls; the server's default port unless API_URL says otherwise. */
const api = process.env.API_URL ?? 'http://127.0.0.1:4000';

export default defineConfig({
  // The server serves the build under /console/; the dev server mirrors that.
  base: '/console/',
  plugins: [react()],
  server: {
    host: '127.0.0.1',
    port: Number(process.env.CONSOLE_PORT ?? 5173),
    proxy: {
      '/graphql': { target: api, ws: true },
      '/dev': { target: api },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    manifest: true,
  },
});
