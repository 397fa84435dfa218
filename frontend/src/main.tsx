import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import '@/lib/i18n'
import { App } from '@/app/app'
import '@/app/styles.css'

const root = document.getElementById('root')
if (!root) throw new Error('no #root element in index.html')

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
