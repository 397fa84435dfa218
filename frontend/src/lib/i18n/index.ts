import i18n from 'i18next'
import { initReactI18next } from 'react-i18next'
import id from './id.json'

/** The languages of the user interface; Indonesian first, and the fallback. */
export const languages = ['id', 'en'] as const
export type Language = (typeof languages)[number]

export const defaultLanguage: Language = 'id'

const storageKey = 'kinerja.language'

type Translation = typeof id

/**
 * Indonesian is part of the entry bundle; English is fetched the first time
 * it is chosen (most users never do).
 */
const loaders: Record<Language, () => Promise<Translation>> = {
  id: () => Promise.resolve(id),
  en: async () => (await import('./en.json')).default,
}

function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value)
}

/** The language remembered from an earlier visit, or Indonesian. */
export function storedLanguage(): Language {
  try {
    const value = window.localStorage.getItem(storageKey)
    return isLanguage(value) ? value : defaultLanguage
  } catch {
    return defaultLanguage
  }
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
    window.localStorage.setItem(storageKey, lng)
  } catch {
    // Storage may be off (private mode); the choice then lasts for this page.
  }
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
