import type { RouteObject } from 'react-router'
import { loadNamespace } from '@/lib/i18n'

/**
 * The HR tools under /admin: the training catalogue, imports, exports and
 * printing, API tokens and the audit trail. Each page is its own chunk and
 * loads the `tools` texts before it renders.
 */
export const toolsRoutes: RouteObject[] = [
  {
    path: 'pelatihan',
    lazy: async () => {
      const [m] = await Promise.all([import('@/features/training/components/training-page'), loadNamespace('tools')])
      return { Component: m.TrainingPage }
    },
  },
  {
    path: 'impor',
    lazy: async () => {
      const [m] = await Promise.all([import('@/features/imports/components/import-page'), loadNamespace('tools')])
      return { Component: m.ImportPage }
    },
  },
  {
    path: 'ekspor',
    lazy: async () => {
      const [m] = await Promise.all([import('@/features/exports/components/export-page'), loadNamespace('tools')])
      return { Component: m.ExportPage }
    },
  },
  {
    path: 'token',
    lazy: async () => {
      const [m] = await Promise.all([import('@/features/tokens/components/tokens-page'), loadNamespace('tools')])
      return { Component: m.TokensPage }
    },
  },
  {
    path: 'audit',
    lazy: async () => {
      const [m] = await Promise.all([import('@/features/audit/components/audit-page'), loadNamespace('tools')])
      return { Component: m.AuditPage }
    },
  },
]
