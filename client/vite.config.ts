/**
 * Vite config of the explorer. `vite build` writes client/dist, which the server serves at `/`;
 * `vite` (dev) proxies `/graphql` to the API at VITE_API_URL (default http://localhost:4000).
 */
import { defineConfig, loadEnv } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), '');
  const apiUrl = env.VITE_API_URL ?? 'http://localhost:4000';
  return {
    plugins: [react()],
    server: {
      proxy: {
        '/graphql': { target: apiUrl, changeOrigin: true },
      },
    },
    build: {
      outDir: 'dist',
      emptyOutDir: true,
      sourcemap: true,
      chunkSizeWarningLimit: 1500,
    },
  };
});
