import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { setLanguage } from '@/lib/i18n'
import { storedLanguage } from '@/lib/i18n/languages'
import { App } from '@/app/app'
import '@/app/styles.css'

const root = document.getElementById('root')
if (!root) throw new Error('no #root element in index.html')

// A remembered English is loaded before the first paint, so nobody sees the page change language.
const language = storedLanguage()
if (language !== 'id') await setLanguage(language).catch(() => undefined)

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
