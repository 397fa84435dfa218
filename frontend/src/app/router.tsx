import { createBrowserRouter, Navigate, type RouteObject } from 'react-router'
import { LoadingState } from '@/components/ui/loading-state'
import { LoginPage } from '@/features/auth/components/login-page'
import { loadNamespace, loadPageTexts } from '@/lib/i18n'
import { AdminLayout } from './admin-layout'
import { AppLayout } from './layout'
import { NotFound } from './not-found'
import { RequireCan } from './require-can'
import { peopleRoutes } from './routes/admin-people'
import { toolsRoutes } from './routes/admin-tools'
import { dashboardRoutes } from './routes/dashboards'

/**
 * The pages of the SPA; the Go server answers every such path with
 * index.html. Each journey is its own chunk, loaded when first visited.
 */
export const routes: RouteObject[] = [
  { path: '/login', element: <LoginPage /> },
  {
    path: '/',
    element: <AppLayout />,
    // The texts of the signed-in pages, fetched beside the first page's chunk (the entry has only the frame's).
    loader: async () => {
      await loadPageTexts()
      return null
    },
    hydrateFallbackElement: <LoadingState />,
    children: [
      { index: true, lazy: async () => ({ Component: (await import('@/features/home/components/home-page')).HomePage }) },
      {
        path: 'skp',
        lazy: async () => {
          const [m] = await Promise.all([import('@/features/plans/components/my-plan-page'), loadNamespace('plans'), loadNamespace('acting')])
          return { Component: m.MyPlanPage }
        },
      },
      {
        path: 'skp/:planId',
        lazy: async () => {
          const [m] = await Promise.all([import('@/features/plans/components/my-plan-page'), loadNamespace('plans'), loadNamespace('acting')])
          return { Component: m.MyPlanPage }
        },
      },
      {
        path: 'realisasi',
        lazy: async () => ({
          Component: (await import('@/features/realizations/components/realization-page')).RealizationPage,
        }),
      },
      {
        path: 'penilaian',
        lazy: async () => ({
          Component: (await import('@/features/appraisals/components/my-appraisals-page')).MyAppraisalsPage,
        }),
      },
      {
        path: 'penilaian/:appraisalId',
        lazy: async () => {
          const [m] = await Promise.all([import('@/features/appraisals/components/appraisal-page'), loadNamespace('acting')])
          return { Component: m.AppraisalPage }
        },
      },
      {
        path: 'tim',
        children: [
          {
            element: <RequireCan can="appraise" />,
            children: [
              { index: true, lazy: async () => ({ Component: (await import('@/features/team/components/team-page')).TeamPage }) },
              {
                path: 'penilaian/:appraisalId',
                lazy: async () => ({
                  Component: (await import('@/features/team/components/appraisal-form-page')).AppraisalFormPage,
                }),
              },
            ],
          },
          // Whoever the API gives the plan to (the server decides): the appraiser
          // agrees it, the appraiser's superior settles it, HR reads it.
          {
            path: 'skp/:planId',
            lazy: async () => {
              const [m] = await Promise.all([import('@/features/team/components/team-plan-page'), loadNamespace('plans')])
              return { Component: m.TeamPlanPage }
            },
          },
        ],
      },
      {
        path: 'keberatan',
        element: <RequireCan can="decideObjections" />,
        children: [
          {
            index: true,
            lazy: async () => ({
              Component: (await import('@/features/objections/components/objections-page')).ObjectionsPage,
            }),
          },
        ],
      },
      // Whoever may read the objection (the server decides): the appraiser
      // explains here, the decider decides.
      {
        path: 'keberatan/:objectionId',
        lazy: async () => ({
          Component: (await import('@/features/objections/components/objection-page')).ObjectionPage,
        }),
      },
      {
        path: 'akun',
        lazy: async () => ({ Component: (await import('@/features/account/components/account-page')).AccountPage }),
      },
      // The register's first address, kept for bookmarks.
      { path: 'employees', element: <Navigate to="/admin/pegawai" replace /> },
      { path: 'dasbor', children: dashboardRoutes },
      {
        path: 'admin',
        element: <AdminLayout />,
        children: [{ index: true, element: <Navigate to="/admin/pegawai" replace /> }, ...peopleRoutes, ...toolsRoutes, { path: '*', element: <NotFound /> }],
      },
      { path: '*', element: <NotFound /> },
    ],
  },
]

export function createRouter() {
  return createBrowserRouter(routes)
}
