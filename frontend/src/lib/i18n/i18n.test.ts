import { describe, expect, it } from 'vitest'
import actingEn from './acting/en.json'
import actingId from './acting/id.json'
import adminEn from './admin/en.json'
import adminId from './admin/id.json'
import dashboardsEn from './dashboards/en.json'
import dashboardsId from './dashboards/id.json'
import en from './en.json'
import id from './id.json'
import i18n, { loadNamespace, loadPageTexts, setLanguage } from './index'
import pagesEn from './pages/en.json'
import pagesId from './pages/id.json'
import plansEn from './plans/en.json'
import plansId from './plans/id.json'
import toolsEn from './tools/en.json'
import toolsId from './tools/id.json'

/** flatten turns a nested resource tree into "a.b.c" → text. */
function flatten(tree: object, prefix = ''): Record<string, string> {
  return Object.fromEntries(
    Object.entries(tree).flatMap(([key, value]) =>
      typeof value === 'object' && value !== null ? Object.entries(flatten(value as object, `${prefix}${key}.`)) : [[`${prefix}${key}`, String(value)]],
    ),
  )
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1] ?? '').sort()
}

// Every namespace is checked as one tree, its keys prefixed by its name.
const idTexts = flatten({ translation: { ...id, ...pagesId }, dashboards: dashboardsId, admin: adminId, tools: toolsId, plans: plansId, acting: actingId })
const enTexts = flatten({ translation: { ...en, ...pagesEn }, dashboards: dashboardsEn, admin: adminEn, tools: toolsEn, plans: plansEn, acting: actingEn })

describe('translations', () => {
  it('have the same keys in Indonesian and English', () => {
    const missingInEnglish = Object.keys(idTexts).filter((key) => !(key in enTexts))
    const missingInIndonesian = Object.keys(enTexts).filter((key) => !(key in idTexts))
    expect(missingInEnglish, 'keys only in id.json').toEqual([])
    expect(missingInIndonesian, 'keys only in en.json').toEqual([])
  })

  it('use the same placeholders in both languages', () => {
    for (const key of Object.keys(idTexts)) {
      expect(placeholders(enTexts[key] ?? ''), key).toEqual(placeholders(idTexts[key] ?? ''))
    }
  })

  it('have no empty texts', () => {
    for (const [key, text] of [...Object.entries(idTexts), ...Object.entries(enTexts)]) {
      expect(text.trim(), key).not.toBe('')
    }
  })

  it('default to Indonesian and follow a change of language in <html lang>', async () => {
    expect(i18n.language).toBe('id')
    await setLanguage('en')
    expect(document.documentElement.lang).toBe('en')
    expect(window.localStorage.getItem('kinerja.language')).toBe('en')
    expect(i18n.t('nav.employees')).toBe('Employees')
    await setLanguage('id')
    expect(document.documentElement.lang).toBe('id')
    expect(i18n.t('nav.employees')).toBe('Pegawai')
  })

  it('load a page namespace in the active language and again after a switch', async () => {
    await loadNamespace('admin')
    expect(i18n.hasResourceBundle('id', 'admin')).toBe(true)
    expect(i18n.hasResourceBundle('en', 'admin')).toBe(false)
    await setLanguage('en')
    expect(i18n.hasResourceBundle('en', 'admin')).toBe(true)
    await setLanguage('id')
  })

  it("keep the pages' texts out of the entry's and join them to the common texts once loaded, in each language", async () => {
    const shared = Object.keys(id).filter((key) => key in pagesId)
    expect(shared, 'sections in both id.json and pages/id.json').toEqual([])
    expect(Object.keys(id).sort()).toEqual(['app', 'errors', 'language', 'login', 'nav', 'notifications', 'toast'])
    await loadPageTexts()
    expect(i18n.t('inbox.tomorrow')).toBe('besok')
    expect(i18n.t('nav.home')).toBe('Beranda')
    await setLanguage('en')
    expect(i18n.t('inbox.tomorrow')).toBe('tomorrow')
    expect(i18n.t('nav.home')).toBe('Home')
    await setLanguage('id')
  })
})
