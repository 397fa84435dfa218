import type { RouteObject } from 'react-router'

/**
 * The HR pages of people and structure, under /admin: Pegawai (employees),
 * Unit kerja (units) and Periode (periods). Each page is its own chunk.
 */
export const peopleRoutes: RouteObject[] = []
