// A Vite plugin that does at build time what graphql-codegen's client-preset
// Babel plugin does: each graphql(`…`) call becomes the document it names,
// inlined from src/gql/graphql.ts. Without it, src/gql/gql.ts maps every
// document of the app in one object, so the entry bundle would carry the
// documents of every page; with it, each document lives in the chunk of the
// code that uses it.
import { readFileSync } from 'node:fs'

const call = /\bgraphql\(\s*`([\s\S]*?)`\s*\)/g
const definitionName = /\b(?:query|mutation|subscription|fragment)\s+([_A-Za-z][_0-9A-Za-z]*)/

/** documentsByName reads the generated documents: the name of each one's own definition → its JSON. */
export function documentsByName(generatedFile) {
  const out = new Map()
  for (const line of readFileSync(generatedFile, 'utf8').split('\n')) {
    const m = /^export const \w+ = (\{.*\}) as unknown as DocumentNode<.*>;$/.exec(line)
    if (!m) continue
    const doc = JSON.parse(m[1])
    const name = doc.definitions?.[0]?.name?.value
    if (name) out.set(name, m[1])
  }
  return out
}

/** inlineDocuments replaces the graphql(`…`) calls of code; it throws on a document codegen did not generate. */
export function inlineDocuments(code, documents, id = '') {
  if (!code.includes('graphql(')) return null
  let changed = false
  const out = code.replace(call, (whole, source) => {
    const name = definitionName.exec(source)?.[1]
    if (!name) return whole
    const json = documents.get(name)
    if (!json) throw new Error(`${id}: no generated document for ${name}; run npm run codegen`)
    changed = true
    return `(${json})`
  })
  return changed ? out : null
}

/** inlineGraphqlDocuments is the Vite plugin (build only). */
export function inlineGraphqlDocuments(generatedFile) {
  let documents
  return {
    name: 'kinerja:inline-graphql-documents',
    apply: 'build',
    enforce: 'pre',
    buildStart() {
      documents = documentsByName(generatedFile)
    },
    transform(code, id) {
      if (!/\/src\/.*\.tsx?$/.test(id) || id.includes('/src/gql/')) return null
      const out = inlineDocuments(code, documents, id)
      return out === null ? null : { code: out, map: null }
    },
  }
}
