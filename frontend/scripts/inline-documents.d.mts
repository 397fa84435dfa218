import type { Plugin } from 'vite'

export function documentsByName(generatedFile: string): Map<string, string>
export function inlineDocuments(code: string, documents: Map<string, string>, id?: string): string | null
export function inlineGraphqlDocuments(generatedFile: string): Plugin
