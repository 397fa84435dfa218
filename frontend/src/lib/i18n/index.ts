import i18n from 'i18next'
import { initReactI18next } from 'react-i18next'
import id from './id.json'
import { defaultLanguage, isLanguage, type Language, languages, languageStorageKey } from './languages'

type Translation = typeof id

/**
 * The namespaces of the pages that most users never open (HR
 * administration, the dashboards) and of the SKP pages' escalation and
 * feedback: each is fetched with its route, in the active language, so the
 * entry bundle carries only the common texts.
 */
export const pageNamespaces = ['dashboards', 'admin', 'tools', 'plans'] as const
export type PageNamespace = (typeof pageNamespaces)[number]

const pageLoaders: Record<PageNamespace, Record<Language, () => Promise<{ default: object }>>> = {
  dashboards: { id: () => import('./dashboards/id.json'), en: () => import('./dashboards/en.json') },
  admin: { id: () => import('./admin/id.json'), en: () => import('./admin/en.json') },
  tools: { id: () => import('./tools/id.json'), en: () => import('./tools/en.json') },
  plans: { id: () => import('./plans/id.json'), en: () => import('./plans/en.json') },
}

/** The page namespaces asked for so far; a change of language loads them again. */
const wanted = new Set<PageNamespace>()

async function loadPageNamespace(lng: Language, ns: PageNamespace): Promise<void> {
  if (i18n.hasResourceBundle(lng, ns)) return
  i18n.addResourceBundle(lng, ns, (await pageLoaders[ns][lng]()).default)
}

/**
 * loadNamespace makes the texts of a page namespace available in the active
 * language (and in Indonesian, the fallback); a route awaits it before its
 * page renders.
 */
export async function loadNamespace(ns: PageNamespace): Promise<void> {
  wanted.add(ns)
  const lng = activeLanguage()
  await Promise.all([loadPageNamespace(lng, ns), lng === defaultLanguage ? undefined : loadPageNamespace(defaultLanguage, ns)])
}

/**
 * Indonesian is part of the entry bundle; English is fetched the first time
 * it is chosen (most users never do).
 */
const loaders: Record<Language, () => Promise<Translation>> = {
  id: () => Promise.resolve(id),
  en: async () => (await import('./en.json')).default,
}

/** loadLanguage makes the texts of lng available. */
export async function loadLanguage(lng: Language): Promise<void> {
  if (i18n.hasResourceBundle(lng, 'translation')) return
  i18n.addResourceBundle(lng, 'translation', await loaders[lng]())
}

/** setLanguage switches the interface (and <html lang>) to lng and remembers the choice. */
export async function setLanguage(lng: Language): Promise<void> {
  await Promise.all([loadLanguage(lng), ...[...wanted].map((ns) => loadPageNamespace(lng, ns))])
  await i18n.changeLanguage(lng)
  try {
    window.localStorage.setItem(languageStorageKey, lng)
  } catch {
    // Storage may be off (private mode); the choice then lasts for this page.
  }
}

/**
 * activeLanguage is the language of the interface at this moment. Requests
 * read it when they are sent, so the next request after a switch already
 * asks the server for the new language.
 */
export function activeLanguage(): Language {
  const lng = i18n.resolvedLanguage ?? i18n.language
  return isLanguage(lng) ? lng : defaultLanguage
}

i18n.on('languageChanged', (lng: string) => {
  document.documentElement.lang = isLanguage(lng) ? lng : defaultLanguage
})

void i18n.use(initReactI18next).init({
  resources: { id: { translation: id } },
  partialBundledLanguages: true,
  lng: defaultLanguage,
  fallbackLng: defaultLanguage,
  supportedLngs: languages,
  interpolation: { escapeValue: false },
  initAsync: false,
})

export default i18n
