/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

// The Go server (kinerja serve) answers these paths; the dev server passes
// them on so the SPA runs against a real back end on :8080.
const backend = 'http://127.0.0.1:8080'
const proxied = ['/graphql', '/auth', '/healthz']

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: {
    proxy: {
      ...Object.fromEntries(proxied.map((path) => [path, { target: backend }])),
      // /graphiql.html is the dev server's own second entry; only the
      // extension-less route goes to the back end.
      '^/graphiql$': { target: backend },
    },
  },
  build: {
    // Two entries: the SPA and the GraphQL explorer (served at /graphiql by
    // the Go server). GraphiQL never ends up in the SPA's chunks.
    rolldownOptions: {
      input: {
        main: fileURLToPath(new URL('./index.html', import.meta.url)),
        graphiql: fileURLToPath(new URL('./graphiql.html', import.meta.url)),
      },
    },
    chunkSizeWarningLimit: 1500,
  },
  test: {
    environment: 'happy-dom',
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    restoreMocks: true,
    unstubGlobals: true,
  },
})
