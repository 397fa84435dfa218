import { describe, expect, it } from 'vitest'
import i18n, { resources } from './index'

/** flatten turns a nested resource tree into "a.b.c" → text. */
function flatten(tree: object, prefix = ''): Record<string, string> {
  return Object.fromEntries(
    Object.entries(tree).flatMap(([key, value]) =>
      typeof value === 'object' && value !== null
        ? Object.entries(flatten(value as object, `${prefix}${key}.`))
        : [[`${prefix}${key}`, String(value)]],
    ),
  )
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1] ?? '').sort()
}

const id = flatten(resources.id.translation)
const en = flatten(resources.en.translation)

describe('translations', () => {
  it('have the same keys in Indonesian and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(id).sort())
  })

  it('use the same placeholders in both languages', () => {
    for (const key of Object.keys(id)) {
      expect(placeholders(en[key] ?? ''), key).toEqual(placeholders(id[key] ?? ''))
    }
  })

  it('have no empty texts', () => {
    for (const [key, text] of [...Object.entries(id), ...Object.entries(en)]) {
      expect(text.trim(), key).not.toBe('')
    }
  })

  it('default to Indonesian and follow a change of language in <html lang>', async () => {
    expect(i18n.language).toBe('id')
    await i18n.changeLanguage('en')
    expect(document.documentElement.lang).toBe('en')
    expect(window.localStorage.getItem('kinerja.language')).toBe('en')
    expect(i18n.t('nav.employees')).toBe('Employees')
    await i18n.changeLanguage('id')
    expect(document.documentElement.lang).toBe('id')
    expect(i18n.t('nav.employees')).toBe('Pegawai')
  })
})
