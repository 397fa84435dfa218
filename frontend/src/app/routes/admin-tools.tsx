import type { RouteObject } from 'react-router'

/**
 * The HR tools under /admin: the training catalogue, imports, exports and
 * printing, API tokens and the audit trail. Each page is its own chunk.
 */
export const toolsRoutes: RouteObject[] = []
