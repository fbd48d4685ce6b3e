import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

const API = 'http://127.0.0.1:4000';

export default defineConfig({
  root: import.meta.dirname,
  plugins: [vue()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
  },
  server: {
    // The console talks to the hub on the same origin in production; the dev server forwards to a local hub.
    proxy: {
      '/graphql': { target: API, ws: true, changeOrigin: true },
    },
  },
});
