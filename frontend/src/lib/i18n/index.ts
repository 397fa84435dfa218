import i18n from 'i18next'
import { initReactI18next } from 'react-i18next'
import en from './en.json'
import id from './id.json'

/** The languages of the user interface; Indonesian first, and the fallback. */
export const languages = ['id', 'en'] as const
export type Language = (typeof languages)[number]

export const defaultLanguage: Language = 'id'

const storageKey = 'kinerja.language'

export const resources = {
  id: { translation: id },
  en: { translation: en },
} as const

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

function applyLanguage(lng: string) {
  const language = isLanguage(lng) ? lng : defaultLanguage
  document.documentElement.lang = language
  try {
    window.localStorage.setItem(storageKey, language)
  } catch {
    // Storage may be off (private mode); the choice then lasts for this page.
  }
}

i18n.on('languageChanged', applyLanguage)

void i18n.use(initReactI18next).init({
  resources,
  lng: storedLanguage(),
  fallbackLng: defaultLanguage,
  supportedLngs: languages,
  interpolation: { escapeValue: false },
  initAsync: false,
})

export default i18n
