/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// In development the SPA runs on Vite's server and forwards API calls to a local API.
// In production the API serves web/dist from the same origin, so no proxy is involved.
const apiUrl = process.env.ROCB_URL ?? 'http://127.0.0.1:5080';

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: {
    proxy: {
      '/api': apiUrl,
      '/health': apiUrl,
      '/swagger': apiUrl,
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/testing/setup-tests.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    restoreMocks: true,
    // The whole suite shares two cores with the API, PostgreSQL and the builds in CI: give slow renders room.
    testTimeout: 15_000,
  },
});
