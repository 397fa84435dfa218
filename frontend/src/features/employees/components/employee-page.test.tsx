import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { MemoryRouter, Route, Routes } from 'react-router'
import { Provider } from 'urql'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadNamespace } from '@/lib/i18n'
import { type SessionViewer, SessionContext } from '@/lib/session'
import { defaultZone } from '@/lib/time-zone'
import { sessionViewer } from '@/test/fixtures'
import { type MockCall, type MockHandlers, mockClient } from '@/test/mock-client'
import { EmployeePage } from './employee-page'

beforeAll(async () => {
  await loadNamespace('admin')
  await loadNamespace('acting')
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
    external: false,
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

const noAppointments = { actingAppraisers: { __typename: 'ActingAppraiserConnection', edges: [] } }

function renderPage(roles: string[], appraise = false, handlers: MockHandlers = {}, calls: MockCall[] = []) {
  const { client } = mockClient({ EmployeeDetail: () => ({ data: detail }), ActingAppraisers: () => ({ data: noAppointments }), ...handlers }, calls)
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

const appointment = {
  __typename: 'ActingAppraiser',
  id: 'aa1',
  kind: 'PLH',
  // 2 to 6 March 2027 in WITA.
  startsOn: '2027-03-01T16:00:00Z',
  endsOn: '2027-03-06T15:59:59Z',
  letter: '800/45/BKPSDM/2027',
  acting: { __typename: 'Employee', id: 'e3', nip: '198001012005011001', name: 'Andi Baso', position: 'Kepala Subbidang' },
}

describe('EmployeePage: external officials and acting appraisers', () => {
  it('marks an official outside the agency', async () => {
    renderPage(['HR_ADMIN'], false, { EmployeeDetail: () => ({ data: { node: { ...detail.node, external: true } } }) })
    await screen.findByRole('heading', { level: 1, name: 'Nurul Aini' })
    expect(screen.getByText('Di luar instansi')).toHaveClass('badge')
  })

  it('lists the appointments for everyone who may open the page, with kind, official, days and letter', async () => {
    renderPage(['AUDITOR'], false, {
      ActingAppraisers: () => ({
        data: { actingAppraisers: { __typename: 'ActingAppraiserConnection', edges: [{ __typename: 'ActingAppraiserEdge', node: appointment }] } },
      }),
    })
    const section = await screen.findByRole('region', { name: 'Pejabat penilai Plt./Plh.' })
    const row = await within(section).findByRole('row', { name: /Plh\. Andi Baso/ })
    expect(within(row).getByRole('link', { name: 'Plh. Andi Baso' })).toHaveAttribute('href', '/admin/pegawai/e3')
    expect(within(row).getByText('Plh. (pelaksana harian)')).toBeInTheDocument()
    expect(within(row).getByText('2 Maret 2027 – 6 Maret 2027')).toBeInTheDocument()
    expect(within(row).getByText('800/45/BKPSDM/2027')).toBeInTheDocument()
    expect(within(section).queryByRole('button')).not.toBeInTheDocument()
  })

  it('says when there is none, and offers HR to add one', async () => {
    renderPage(['HR_ADMIN'])
    const section = await screen.findByRole('region', { name: 'Pejabat penilai Plt./Plh.' })
    expect(await within(section).findByText('Belum ada pejabat penilai Plt./Plh.')).toBeInTheDocument()
    expect(within(section).getByRole('button', { name: 'Tambah Plt./Plh.' })).toBeInTheDocument()
  })

  it('lets HR delete an appointment after confirming, and reads the list again', async () => {
    const calls: MockCall[] = []
    const user = userEvent.setup()
    let deleted = false
    renderPage(
      ['HR_ADMIN'],
      false,
      {
        ActingAppraisers: () => ({
          data: {
            actingAppraisers: { __typename: 'ActingAppraiserConnection', edges: deleted ? [] : [{ __typename: 'ActingAppraiserEdge', node: appointment }] },
          },
        }),
        DeleteActingAppraiser: () => {
          deleted = true
          return { data: { deleteActingAppraiser: 'aa1' } }
        },
      },
      calls,
    )
    const section = await screen.findByRole('region', { name: 'Pejabat penilai Plt./Plh.' })
    await user.click(await within(section).findByRole('button', { name: 'Hapus' }))
    const dialog = screen.getByRole('alertdialog', { name: 'Hapus penunjukan Plh. Andi Baso?' })
    expect(dialog).toHaveTextContent('2 Maret 2027 – 6 Maret 2027')
    expect(calls.map((c) => c.name)).not.toContain('DeleteActingAppraiser')
    await user.click(within(dialog).getByRole('button', { name: 'Hapus penunjukan' }))
    expect(await within(section).findByText('Belum ada pejabat penilai Plt./Plh.')).toBeInTheDocument()
    expect(calls.find((c) => c.name === 'DeleteActingAppraiser')?.variables).toEqual({ id: 'aa1' })
  })
})
