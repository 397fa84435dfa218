// Writes a .gz and a .br beside every compressible file of dist/ (the Go
// server sends them to clients that accept them), with the best settings:
// it runs once per build, so time is cheap and bytes are not.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'

const compressible = /\.(js|mjs|css|html|svg|json|txt|map|wasm|xml|ico|webmanifest)$/

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) yield* files(path)
    else yield path
  }
}

/** precompress writes path.gz and path.br for each compressible file under dir; it returns how many. */
export function precompress(dir) {
  let n = 0
  for (const path of files(dir)) {
    if (!compressible.test(path) || path.includes('/.vite/')) continue
    const data = readFileSync(path)
    writeFileSync(`${path}.gz`, gzipSync(data, { level: 9 }))
    writeFileSync(
      `${path}.br`,
      brotliCompressSync(data, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
          [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
          [constants.BROTLI_PARAM_MODE]: /\.(js|mjs|css|html|svg|json|txt|map|xml)$/.test(path) ? constants.BROTLI_MODE_TEXT : constants.BROTLI_MODE_GENERIC,
        },
      }),
    )
    n++
  }
  return n
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] ?? new URL('../dist', import.meta.url).pathname
  console.log(`precompressed ${precompress(dir)} files in ${dir}`)
}
