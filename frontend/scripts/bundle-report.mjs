// Reports the gzip size of what the browser loads: the entry (index.html's
// script with everything it imports statically) and, for each lazily loaded
// route, the chunks it adds to that. Reads Vite's manifest; run after a build.
//   node scripts/bundle-report.mjs [--markdown] [--max-entry-kb 150]
import { readFileSync, rmSync } from 'node:fs'
import { gzipSync } from 'node:zlib'

const dist = new URL('../dist/', import.meta.url)
const manifest = JSON.parse(readFileSync(new URL('.vite/manifest.json', dist), 'utf8'))
const args = process.argv.slice(2)
const markdown = args.includes('--markdown')
// --clean removes the manifest afterwards: it is for this report, not for the server to embed.
const clean = args.includes('--clean')
const maxIndex = args.indexOf('--max-entry-kb')
const maxEntryKB = maxIndex >= 0 ? Number(args[maxIndex + 1]) : 150

const gz = new Map()
function gzipSize(file) {
  if (!gz.has(file)) gz.set(file, gzipSync(readFileSync(new URL(file, dist)), { level: 9 }).length)
  return gz.get(file)
}

/** closure lists the files a chunk loads: itself, its static imports (transitively) and its CSS. */
function closure(key, seen = new Set()) {
  const chunk = manifest[key]
  if (!chunk || seen.has(chunk.file)) return seen
  seen.add(chunk.file)
  for (const css of chunk.css ?? []) seen.add(css)
  for (const dep of chunk.imports ?? []) closure(dep, seen)
  return seen
}

const sum = (files) => [...files].reduce((n, f) => n + gzipSize(f), 0)
const kb = (bytes) => (bytes / 1024).toFixed(1)

const entryKey = Object.keys(manifest).find((k) => manifest[k].isEntry && k.endsWith('index.html'))
const entryFiles = closure(entryKey)
const entry = sum(entryFiles)

// The lazily loaded route modules: dynamic imports of the entry's router.
const routeKeys = new Set()
for (const key of entryFiles.size ? Object.keys(manifest) : []) {
  if (closure(entryKey).has(manifest[key].file)) for (const d of manifest[key].dynamicImports ?? []) routeKeys.add(d)
}
const routes = [...routeKeys]
  .filter((k) => !k.includes('graphiql'))
  .map((key) => {
    const own = [...closure(key)].filter((f) => !entryFiles.has(f))
    return { name: key.replace(/^src\//, ''), own: gzipSize(manifest[key].file), added: sum(own) }
  })
  .sort((a, b) => a.name.localeCompare(b.name))

const graphiqlKey = Object.keys(manifest).find((k) => manifest[k].isEntry && k.endsWith('graphiql.html'))
const graphiqlInEntry = graphiqlKey ? [...closure(graphiqlKey)].some((f) => /graphiql/i.test(f) && entryFiles.has(f)) : false

if (markdown) {
  console.log(`| what | gzip |`)
  console.log(`| --- | --- |`)
  console.log(`| entry (index.html's script and its static imports, CSS included) | ${kb(entry)} KB |`)
  for (const r of routes) console.log(`| route \`${r.name}\` (own chunk / with the shared chunks it adds) | ${kb(r.own)} KB / ${kb(r.added)} KB |`)
} else {
  console.log(`entry: ${kb(entry)} KB gzip (${[...entryFiles].join(', ')})`)
  for (const r of routes) console.log(`  ${r.name}: ${kb(r.own)} KB own, ${kb(r.added)} KB with what it adds`)
}
if (clean) rmSync(new URL('.vite', dist), { recursive: true, force: true })
if (graphiqlInEntry) {
  console.error('GraphiQL is in the app bundle')
  process.exit(1)
}
if (entry / 1024 > maxEntryKB) {
  console.error(`entry is ${kb(entry)} KB gzip, above the budget of ${maxEntryKB} KB`)
  process.exit(1)
}
