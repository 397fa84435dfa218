import { render, screen } from '@testing-library/react'
import { MemoryRouter, Route, Routes } from 'react-router'
import { Provider } from 'urql'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadNamespace } from '@/lib/i18n'
import { type SessionViewer, SessionContext } from '@/lib/session'
import { defaultZone } from '@/lib/time-zone'
import { sessionViewer } from '@/test/fixtures'
import { mockClient } from '@/test/mock-client'
import { EmployeePage } from './employee-page'

beforeAll(async () => {
  await loadNamespace('admin')
})

const detail = {
  node: {
    __typename: 'Employee',
    id: 'e7',
    nip: '199204202019032003',
    name: 'Nurul Aini',
    type: 'PNS',
    rank: 'III/b',
    rankSince: '2023-04-01T00:00:00Z',
    position: 'Analis Kepegawaian',
    positionKind: 'FUNGSIONAL',
    functionalLevel: 'AHLI_PERTAMA',
    email: null,
    active: true,
    unit: { __typename: 'OrgUnit', id: 'u2', code: 'BKPSDM.PKP', name: 'Bidang Penilaian Kinerja' },
    supervisor: { __typename: 'Employee', id: 'e2', nip: '197908122005011002', name: 'Budi Santoso', position: 'Kepala Bidang' },
    subordinates: { __typename: 'EmployeeConnection', totalCount: 0, edges: [] },
    plans: [
      {
        __typename: 'Plan',
        id: 'pl1',
        status: 'AGREED',
        period: { __typename: 'Period', id: 'p25', name: 'Penilaian Kinerja 2025', year: 2025 },
        appraisals: [{ __typename: 'Appraisal', id: 'ap1', kind: 'ANNUAL', quarter: null, status: 'FINAL', predikat: 'BAIK' }],
      },
    ],
    recommendations: [
      {
        __typename: 'Recommendation',
        id: 'r1',
        kind: 'TRAINING',
        status: 'COMPLETED',
        hours: 12,
        note: null,
        completedAt: '2025-06-01T00:00:00Z',
        program: { __typename: 'TrainingProgram', id: 't1', name: 'Pelatihan Analisis Jabatan' },
        criterion: null,
        period: { __typename: 'Period', id: 'p25', year: 2025 },
      },
      {
        __typename: 'Recommendation',
        id: 'r2',
        kind: 'COACHING',
        status: 'COMPLETED',
        hours: 8,
        note: null,
        completedAt: '2025-09-01T00:00:00Z',
        program: null,
        criterion: { __typename: 'Criterion', id: 'c1', name: 'Kolaboratif' },
        period: { __typename: 'Period', id: 'p25', year: 2025 },
      },
    ],
  },
}

function renderPage(roles: string[], appraise = false) {
  const { client } = mockClient({ EmployeeDetail: () => ({ data: detail }) })
  const viewer = sessionViewer({ roles, appraise }).viewer as unknown as SessionViewer
  return render(
    <SessionContext.Provider value={{ status: 'signed-in', viewer, zone: defaultZone, signedIn: () => {}, logout: () => Promise.resolve() }}>
      <Provider value={client}>
        <MemoryRouter initialEntries={['/admin/pegawai/e7']}>
          <Routes>
            <Route path="/admin/pegawai/:employeeId" element={<EmployeePage />} />
          </Routes>
        </MemoryRouter>
      </Provider>
    </SessionContext.Provider>,
  )
}

describe('EmployeePage', () => {
  it('shows identity, unit, supervisor, the cycle per period and the development hours', async () => {
    renderPage(['HR_ADMIN'], true)
    expect(await screen.findByRole('heading', { level: 1, name: 'Nurul Aini' })).toBeInTheDocument()
    expect(screen.getByText('19920420 201903 2 003')).toBeInTheDocument()
    expect(screen.getByText('III/b (sejak 1 April 2023)')).toBeInTheDocument()
    expect(screen.getByText('BKPSDM.PKP — Bidang Penilaian Kinerja')).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Budi Santoso' })).toHaveAttribute('href', '/admin/pegawai/e2')
    expect(screen.getByText('Tidak ada bawahan langsung.')).toBeInTheDocument()
    expect(screen.getByRole('heading', { name: 'Penilaian Kinerja 2025' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'SKP' })).toHaveAttribute('href', '/tim/skp/pl1')
    expect(screen.getByRole('link', { name: 'Penilaian tahunan' })).toHaveAttribute('href', '/penilaian/ap1')
    expect(screen.getByText('20 JP')).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Ubah data pegawai' })).toHaveAttribute('href', '/admin/pegawai/e7/ubah')
  })

  it('gives an auditor no edit link and no plan link without the team pages', async () => {
    renderPage(['AUDITOR'])
    await screen.findByRole('heading', { level: 1, name: 'Nurul Aini' })
    expect(screen.queryByRole('link', { name: 'Ubah data pegawai' })).not.toBeInTheDocument()
    expect(screen.queryByRole('link', { name: 'SKP' })).not.toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Penilaian tahunan' })).toBeInTheDocument()
  })
})
