import type { RouteObject } from 'react-router'

/**
 * The dashboards under /dasbor; the chart library loads with them, never
 * with the entry chunk.
 */
export const dashboardRoutes: RouteObject[] = []
