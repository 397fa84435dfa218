import type { ComponentType } from 'react'
import { Navigate, type RouteObject } from 'react-router'
import { loadNamespace } from '@/lib/i18n'

/** A dashboard's route: its component, loaded with the texts of the dashboards. */
function dashboard(path: string, load: () => Promise<{ Component: ComponentType }>): RouteObject {
  return { path, lazy: async () => (await Promise.all([load(), loadNamespace('dashboards')]))[0] }
}

/**
 * The dashboards under /dasbor; the chart library loads with them, never
 * with the entry chunk.
 */
export const dashboardRoutes: RouteObject[] = [
  {
    lazy: async () => {
      const [m] = await Promise.all([import('@/features/dashboards/components/dashboards-layout'), loadNamespace('dashboards')])
      return { Component: m.DashboardsLayout }
    },
    children: [
      {
        index: true,
        lazy: async () => ({ Component: (await import('@/features/dashboards/components/dashboard-index')).DashboardIndex }),
      },
      dashboard('skor', async () => ({ Component: (await import('@/features/dashboards/components/score-dashboard')).ScoreDashboard })),
      dashboard('distribusi', async () => ({ Component: (await import('@/features/dashboards/components/distribution-dashboard')).DistributionDashboard })),
      dashboard('kalibrasi', async () => ({ Component: (await import('@/features/dashboards/components/calibration-dashboard')).CalibrationDashboard })),
      dashboard('kelengkapan', async () => ({ Component: (await import('@/features/dashboards/components/completion-dashboard')).CompletionDashboard })),
      dashboard('tren', async () => ({ Component: (await import('@/features/dashboards/components/trend-dashboard')).TrendDashboard })),
      dashboard('pelatihan', async () => ({ Component: (await import('@/features/dashboards/components/training-dashboard')).TrainingDashboard })),
      dashboard('promosi', async () => ({ Component: (await import('@/features/dashboards/components/promotion-dashboard')).PromotionDashboard })),
      dashboard('talenta', async () => ({ Component: (await import('@/features/dashboards/components/talent-dashboard')).TalentDashboard })),
      { path: '*', element: <Navigate to="/dasbor" replace /> },
    ],
  },
]
