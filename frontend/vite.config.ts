/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig, type Plugin } from 'vite'
import { inlineGraphqlDocuments } from './scripts/inline-documents.mjs'

// The Go server (kinerja serve) answers these paths; the dev server passes
// them on so the SPA runs against a real back end on :8080.
const backend = 'http://127.0.0.1:8080'
const proxied = ['/graphql', '/auth', '/healthz']

/**
 * GraphiQL's stylesheet carries its Roboto and Fira Code fonts as data: URIs
 * (~390 kB). A strict CSP (font-src 'self') refuses them, and system fonts
 * read just as well, so the @font-face rules are dropped at build time.
 */
function graphiqlWithoutEmbeddedFonts(): Plugin {
  return {
    name: 'kinerja:graphiql-without-embedded-fonts',
    enforce: 'pre',
    transform: {
      filter: { id: /[\\/]graphiql[\\/]dist[\\/]style\.css$/ },
      handler(code) {
        return { code: code.replace(/@font-face\s*\{[^}]*\}/g, ''), map: null }
      },
    },
  }
}

/**
 * Writes .gz and .br beside every asset once the build is written, so the
 * Go server can send them precompressed (scripts/precompress.mjs).
 */
function precompressed(): Plugin {
  return {
    name: 'kinerja:precompress',
    apply: 'build',
    async closeBundle() {
      const { precompress } = await import('./scripts/precompress.mjs')
      precompress(fileURLToPath(new URL('./dist', import.meta.url)))
    },
  }
}

export default defineConfig({
  plugins: [inlineGraphqlDocuments(fileURLToPath(new URL('./src/gql/graphql.ts', import.meta.url))), react(), graphiqlWithoutEmbeddedFonts(), precompressed()],
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
      onLog(level, log, handler) {
        // react-compiler-runtime (in GraphiQL) opts out with "use no memo"; harmless here.
        if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.id?.includes('react-compiler-runtime')) return
        handler(level, log)
      },
      output: {
        // React is shared by both entries; give its chunk a name that says so.
        codeSplitting: {
          groups: [{ name: 'react', test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/ }],
        },
      },
    },
    chunkSizeWarningLimit: 1500,
    // scripts/bundle-report.mjs reads it to measure the entry and each route.
    manifest: true,
  },
  test: {
    environment: 'happy-dom',
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    restoreMocks: true,
    unstubGlobals: true,
  },
})
