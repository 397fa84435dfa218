import { createBrowserRouter, type RouteObject } from 'react-router'
import { LoginPage } from '@/features/auth/components/login-page'
import { EmployeeList } from '@/features/employees/components/employee-list'
import { HomePage } from '@/features/home/components/home-page'
import { AppLayout } from './layout'
import { NotFound } from './not-found'

/** The pages of the SPA; the Go server answers every such path with index.html. */
export const routes: RouteObject[] = [
  { path: '/login', element: <LoginPage /> },
  {
    path: '/',
    element: <AppLayout />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'employees', element: <EmployeeList /> },
      { path: '*', element: <NotFound /> },
    ],
  },
]

export function createRouter() {
  return createBrowserRouter(routes)
}
