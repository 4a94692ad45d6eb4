/**
 * Vite config of the explorer. `vite build` writes client/dist, which the server serves at `/`,
 * with a Brotli (`.br`) and a gzip (`.gz`) copy of every text asset over 1 KiB beside it, which the
 * server sends to browsers that accept them (server/src/plugins/use-static-client.ts); `vite` (dev)
 * proxies `/graphql` to the API at VITE_API_URL (default http://localhost:4000).
 */
import { defineConfig, loadEnv } from 'vite';
import react from '@vitejs/plugin-react';
import { compression } from 'vite-plugin-compression2';

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), '');
  const apiUrl = env.VITE_API_URL ?? 'http://localhost:4000';
  return {
    plugins: [
      react(),
      // Compressed once at build time at the highest levels, so serving costs no CPU per request.
      compression({
        algorithms: ['brotliCompress', 'gzip'],
        threshold: 1024,
        exclude: [/\.map$/],
        logLevel: 'silent',
      }),
    ],
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
