// Vite empties dist/ before each build. The Go side embeds dist/ and a fresh
// clone tracks only dist/.keep, so make sure the placeholder survives a build
// (public/.keep is normally copied back; this is the safety net).
import { writeFileSync } from 'node:fs'

writeFileSync(new URL('../dist/.keep', import.meta.url), '')
