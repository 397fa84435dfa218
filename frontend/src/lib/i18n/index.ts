import i18n from 'i18next'
import { initReactI18next } from 'react-i18next'
import id from './id.json'
import { defaultLanguage, isLanguage, type Language, languages, languageStorageKey } from './languages'

type Translation = typeof id

/**
 * The namespaces of the pages that most users never open (HR
 * administration, the dashboards), of the SKP pages' escalation and
 * feedback, and of acting appraisers (Plt./Plh.): each is fetched with its
 * route, in the active language, so the entry bundle carries only the
 * common texts.
 */
export const pageNamespaces = ['dashboards', 'admin', 'tools', 'plans', 'acting'] as const
export type PageNamespace = (typeof pageNamespaces)[number]

const pageLoaders: Record<PageNamespace, Record<Language, () => Promise<{ default: object }>>> = {
  dashboards: { id: () => import('./dashboards/id.json'), en: () => import('./dashboards/en.json') },
  admin: { id: () => import('./admin/id.json'), en: () => import('./admin/en.json') },
  tools: { id: () => import('./tools/id.json'), en: () => import('./tools/en.json') },
  plans: { id: () => import('./plans/id.json'), en: () => import('./plans/en.json') },
  acting: { id: () => import('./acting/id.json'), en: () => import('./acting/en.json') },
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

/** The languages whose common texts are loaded (the page texts may have joined their bundle first). */
const loadedLanguages = new Set<Language>([defaultLanguage])

/** loadLanguage makes the texts of lng available. */
export async function loadLanguage(lng: Language): Promise<void> {
  if (loadedLanguages.has(lng)) return
  i18n.addResourceBundle(lng, 'translation', await loaders[lng]())
  loadedLanguages.add(lng)
}

/**
 * The texts of the signed-in pages (home, SKP, realisation, appraisals,
 * team, objections, account, the register's common words): they join the
 * common texts of the default namespace, so every page reads them as
 * before, but the entry bundle carries only what the login page and the
 * frame of the app show. The signed-in layout's route loads them.
 */
const pageTextLoaders: Record<Language, () => Promise<{ default: object }>> = {
  id: () => import('./pages/id.json'),
  en: () => import('./pages/en.json'),
}

const loadedPageTexts = new Set<Language>()
let pageTextsWanted = false

async function loadPageTextsIn(lng: Language): Promise<void> {
  if (loadedPageTexts.has(lng)) return
  i18n.addResourceBundle(lng, 'translation', (await pageTextLoaders[lng]()).default, true, false)
  loadedPageTexts.add(lng)
}

/**
 * loadPageTexts makes the texts of the signed-in pages available in the
 * active language (and in Indonesian, the fallback); a change of language
 * loads them again.
 */
export async function loadPageTexts(): Promise<void> {
  pageTextsWanted = true
  const lng = activeLanguage()
  await Promise.all([loadPageTextsIn(lng), lng === defaultLanguage ? undefined : loadPageTextsIn(defaultLanguage)])
}

/** setLanguage switches the interface (and <html lang>) to lng and remembers the choice. */
export async function setLanguage(lng: Language): Promise<void> {
  await Promise.all([loadLanguage(lng), pageTextsWanted ? loadPageTextsIn(lng) : undefined, ...[...wanted].map((ns) => loadPageNamespace(lng, ns))])
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
  // A copy: the page texts join this bundle, and the imported texts stay the entry's own.
  resources: { id: { translation: { ...id } } },
  partialBundledLanguages: true,
  lng: defaultLanguage,
  fallbackLng: defaultLanguage,
  supportedLngs: languages,
  interpolation: { escapeValue: false },
  initAsync: false,
})

export default i18n
