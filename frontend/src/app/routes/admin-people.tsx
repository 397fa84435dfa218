import type { RouteObject } from 'react-router'
import { loadNamespace } from '@/lib/i18n'

/**
 * The HR pages of people and structure, under /admin: Pegawai (employees),
 * Unit kerja (units) and Periode (periods). Each page is its own chunk and
 * loads the admin texts with it (the employee pages also those of acting
 * appraisers and external officials).
 */
export const peopleRoutes: RouteObject[] = [
  {
    path: 'pegawai',
    lazy: async () => {
      const [m] = await Promise.all([import('@/features/employees/components/employee-list'), loadNamespace('admin'), loadNamespace('acting')])
      return { Component: m.EmployeeList }
    },
  },
  {
    path: 'pegawai/baru',
    lazy: async () => {
      const [m] = await Promise.all([import('@/features/employees/components/employee-form-page'), loadNamespace('admin'), loadNamespace('acting')])
      return { Component: m.EmployeeCreatePage }
    },
  },
  {
    path: 'pegawai/:employeeId',
    lazy: async () => {
      const [m] = await Promise.all([import('@/features/employees/components/employee-page'), loadNamespace('admin'), loadNamespace('acting')])
      return { Component: m.EmployeePage }
    },
  },
  {
    path: 'pegawai/:employeeId/ubah',
    lazy: async () => {
      const [m] = await Promise.all([import('@/features/employees/components/employee-form-page'), loadNamespace('admin'), loadNamespace('acting')])
      return { Component: m.EmployeeEditPage }
    },
  },
  {
    path: 'unit',
    lazy: async () => {
      const [m] = await Promise.all([import('@/features/units/components/units-page'), loadNamespace('admin')])
      return { Component: m.UnitsPage }
    },
  },
  {
    path: 'unit/:unitId',
    lazy: async () => {
      const [m] = await Promise.all([import('@/features/units/components/unit-page'), loadNamespace('admin')])
      return { Component: m.UnitPage }
    },
  },
  {
    path: 'periode',
    lazy: async () => {
      const [m] = await Promise.all([import('@/features/periods/components/periods-page'), loadNamespace('admin')])
      return { Component: m.PeriodsPage }
    },
  },
  {
    path: 'periode/:periodId',
    lazy: async () => {
      const [m] = await Promise.all([import('@/features/periods/components/period-page'), loadNamespace('admin')])
      return { Component: m.PeriodPage }
    },
  },
]
