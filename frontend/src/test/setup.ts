import '@testing-library/jest-dom/vitest'
import { cleanup } from '@testing-library/react'
import { afterEach, beforeEach } from 'vitest'
import { toastQueue } from '@/components/ui/toast-queue'
import i18n, { loadLanguage, loadPageTexts } from '@/lib/i18n'

beforeEach(async () => {
  window.localStorage.clear()
  await loadLanguage('en')
  await i18n.changeLanguage('id')
  // The signed-in layout's route loads the pages' texts; pages tested alone need them too.
  await loadPageTexts()
})

afterEach(() => {
  cleanup()
  toastQueue.clear()
})
