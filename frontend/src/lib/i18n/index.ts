import i18n from 'i18next'
import { initReactI18next } from 'react-i18next'
import id from './id.json'
import { defaultLanguage, isLanguage, type Language, languages, languageStorageKey } from './languages'

type Translation = typeof id

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
  await loadLanguage(lng)
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
