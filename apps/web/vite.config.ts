import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

const webRoot = fileURLToPath(new URL('.', import.meta.url));
const domainSource = fileURLToPath(new URL('../../libs/domain/src/index.ts', import.meta.url));

/** Where the API listens in development; the built app is served by the API on the same origin. */
const apiOrigin = process.env['STARDESK_API_ORIGIN'] ?? 'http://localhost:3000';

/**
 * Chunk groups for the initial-load budget (250 kB gzipped, checked by tools/check-bundle-budget.mjs).
 * React gets its own long-lived chunk; recharts and the d3/redux helpers behind it only load with the
 * dashboard route. The charts group does not pull in dependencies it shares with the shell (clsx,
 * react-is, ...): those stay in the shell, so the charts chunk is never preloaded up front. A chart
 * dependency missing from the list would land in the dashboard chunk and make a cycle, which
 * `forbidChunkCycles` turns into a build error.
 */
const CHART_PACKAGES = /node_modules[\\/](recharts|victory-vendor|d3-[a-z-]+|internmap|decimal\.js-light|es-toolkit|eventemitter3|tiny-invariant|@reduxjs[\\/]toolkit|redux|redux-thunk|reselect|immer|react-redux)[\\/]|use-sync-external-store[\\/].*with-selector/;

const chunkGroups = [
  { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 40 },
  { name: 'charts', test: CHART_PACKAGES, priority: 30, includeDependenciesRecursively: false },
];

/**
 * Fails the build when chunks import each other in a cycle: CommonJS dependencies wrapped in one
 * chunk would then be read before they are initialised, which only shows as a crash at runtime.
 */
function forbidChunkCycles(): Plugin {
  return {
    name: 'stardesk:forbid-chunk-cycles',
    apply: 'build',
    generateBundle(_options, bundle) {
      const imports = new Map<string, readonly string[]>();
      for (const output of Object.values(bundle)) if (output.type === 'chunk') imports.set(output.fileName, output.imports);
      const state = new Map<string, 'visiting' | 'done'>();
      const visit = (file: string, path: string[]): void => {
        if (state.get(file) === 'done') return;
        if (state.get(file) === 'visiting') this.error(`chunk import cycle: ${[...path, file].join(' -> ')}`);
        state.set(file, 'visiting');
        for (const next of imports.get(file) ?? []) visit(next, [...path, file]);
        state.set(file, 'done');
      };
      for (const file of imports.keys()) visit(file, []);
    },
  };
}

export default defineConfig({
  root: webRoot,
  base: '/',
  // Keep caches out of the app folder (the workspace node_modules is ignored by git).
  cacheDir: '../../node_modules/.vite/web',
  plugins: [react(), forbidChunkCycles()],
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
      treeshake: {
        // antd declares itself side-effect free, but the @rc-component packages it is built on do not,
        // so every module they import would be kept (e.g. the whole form engine and its validator,
        // via antd's form context inside ConfigProvider). They only define components and helpers.
        moduleSideEffects: [{ test: /node_modules[\\/]@rc-component[\\/]/, sideEffects: false }],
      },
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
