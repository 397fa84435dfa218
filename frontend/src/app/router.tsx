import { createBrowserRouter } from 'react-router'
import { LoginPage } from '@/features/auth/components/login-page'
import { EmployeeList } from '@/features/employees/components/employee-list'
import { HomePage } from '@/features/home/components/home-page'
import { AppLayout } from './layout'
import { NotFound } from './not-found'

/** createRouter lists the pages of the SPA; the Go server answers every path with index.html. */
export function createRouter() {
  return createBrowserRouter([
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
  ])
}
