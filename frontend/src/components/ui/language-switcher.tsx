import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { setLanguage } from '@/lib/i18n'
import { type Language, languages } from '@/lib/i18n/languages'

/** LanguageSwitcher chooses the language of the interface; the choice is remembered. */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation()
  const id = useId()
  return (
    <div className="language-switcher">
      <label htmlFor={id}>{t('language.label')}</label>
      <select id={id} value={i18n.resolvedLanguage ?? i18n.language} onChange={(e) => void setLanguage(e.target.value as Language)}>
        {languages.map((lng) => (
          <option key={lng} value={lng} lang={lng}>
            {t(`language.${lng}`)}
          </option>
        ))}
      </select>
    </div>
  )
}
