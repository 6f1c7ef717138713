import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const webRoot = fileURLToPath(new URL('.', import.meta.url));
const domainSource = fileURLToPath(new URL('../../libs/domain/src/index.ts', import.meta.url));

/** Where the API listens in development; the built app is served by the API on the same origin. */
const apiOrigin = process.env['STARDESK_API_ORIGIN'] ?? 'http://localhost:3000';

/**
 * Chunk groups for the initial-load budget (250 kB gzipped, checked by tools/check-bundle-budget.mjs).
 * The shell (React, router, urql, i18n, antd layout pieces) stays in the entry; recharts and its d3
 * helpers only load with the dashboard route.
 */
const chunkGroups = [
  { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 40 },
  { name: 'charts', test: /node_modules[\\/](recharts|victory-vendor|d3-[^\\/]+|internmap|decimal\.js-light|es-toolkit|eventemitter3|@reduxjs|redux|reselect|immer|react-redux|use-sync-external-store)[\\/]/, priority: 30 },
];

export default defineConfig({
  root: webRoot,
  base: '/',
  plugins: [react()],
  resolve: {
    alias: {
      '@stardesk/domain': domainSource,
    },
  },
  server: {
    port: 4200,
    proxy: {
      '/graphql': { target: apiOrigin, changeOrigin: true },
    },
  },
  preview: {
    port: 4300,
    proxy: {
      '/graphql': { target: apiOrigin, changeOrigin: true },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 700,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: chunkGroups,
        },
      },
    },
  },
  test: {
    root: webRoot,
    environment: 'jsdom',
    include: ['src/**/*.spec.ts', 'src/**/*.spec.tsx'],
    setupFiles: ['src/test-setup.ts'],
    css: false,
    testTimeout: 20000,
  },
});
