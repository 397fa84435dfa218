// The languages of the interface and the remembered choice, without i18next
// itself, so the GraphQL explorer can speak the language chosen in the app.

/** The languages of the user interface; Indonesian first, and the fallback. */
export const languages = ['id', 'en'] as const
export type Language = (typeof languages)[number]

export const defaultLanguage: Language = 'id'

/** Where the choice is remembered between visits. */
export const languageStorageKey = 'kinerja.language'

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value)
}

/** The language remembered from an earlier visit, or Indonesian. */
export function storedLanguage(): Language {
  try {
    const value = window.localStorage.getItem(languageStorageKey)
    return isLanguage(value) ? value : defaultLanguage
  } catch {
    return defaultLanguage
  }
}
