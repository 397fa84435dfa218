import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { ComponentType } from 'react'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { Provider } from 'urql'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { loadNamespace, setLanguage } from '@/lib/i18n'
import { type MockCall, type MockHandlers, mockClient } from '@/test/mock-client'
import { CalibrationDashboard } from './calibration-dashboard'
import { CompletionDashboard } from './completion-dashboard'
import { DashboardsLayout } from './dashboards-layout'
import { DistributionDashboard } from './distribution-dashboard'
import { PromotionDashboard } from './promotion-dashboard'
import { ScoreDashboard } from './score-dashboard'
import { TalentDashboard } from './talent-dashboard'
import { TrainingDashboard } from './training-dashboard'
import { TrendDashboard } from './trend-dashboard'

const period = (id: string, year: number, phase: string) => ({ __typename: 'Period', id, name: `Penilaian Kinerja ${year}`, year, phase })
const unit = (id: string, code: string, name: string, parent: string | null) => ({
  __typename: 'OrgUnit',
  id,
  code,
  name,
  parent: parent ? { __typename: 'OrgUnit', id: parent } : null,
})

const filters = {
  viewer: { __typename: 'Viewer', currentPeriod: { __typename: 'Period', id: 'p26' } },
  periods: {
    __typename: 'PeriodConnection',
    edges: [period('p26', 2026, 'PLANNING'), period('p25', 2025, 'CLOSED'), period('p24', 2024, 'CLOSED')].map((node) => ({ __typename: 'PeriodEdge', node })),
  },
  orgUnits: {
    __typename: 'OrgUnitConnection',
    edges: [
      unit('u1', 'BKPSDM', 'Badan Kepegawaian', null),
      unit('u2', 'BKPSDM.SEK', 'Sekretariat', 'u1'),
      unit('u3', 'BKPSDM.SEK.UMUM', 'Subbagian Umum', 'u2'),
    ].map((node) => ({ __typename: 'OrgUnitEdge', node })),
  },
}

const group = (key: string, label: string, count: number, average: number | null) => ({
  __typename: 'ScoreGroup',
  key,
  label,
  count,
  average,
  min: average === null ? null : average - 5,
  max: average === null ? null : average + 5,
  code: null,
  timeliness: 80.5,
  quality: 90,
  teamwork: 85.25,
})

function renderAt(path: string, Dashboard: ComponentType, handlers: MockHandlers, calls: MockCall[] = []) {
  const { client } = mockClient({ DashboardFilters: () => ({ data: filters }), ...handlers }, calls)
  const router = createMemoryRouter([{ path: '/dasbor', element: <DashboardsLayout />, children: [{ path: '*', element: <Dashboard /> }] }], {
    initialEntries: [path],
  })
  render(
    <Provider value={client}>
      <RouterProvider router={router} />
    </Provider>,
  )
  return { router, calls }
}

/** tableOf switches a chart frame to its table and reads its rows as text. */
async function tableOf(title: RegExp) {
  const user = userEvent.setup()
  const frame = await screen.findByRole('region', { name: title })
  expect(within(frame).getByTestId('chart')).toBeInTheDocument()
  await user.click(within(frame).getByRole('button', { name: 'Tampilkan sebagai tabel' }))
  expect(within(frame).getByRole('button', { name: 'Tampilkan sebagai grafik' })).toHaveAttribute('aria-pressed', 'true')
  expect(within(frame).queryByTestId('chart')).not.toBeInTheDocument()
  const table = within(frame).getByRole('table', { name: title })
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((r) => [...r.querySelectorAll('th, td')].map((c) => (c.querySelector('.cell-value') ?? c).textContent))
}

beforeEach(async () => {
  await loadNamespace('dashboards')
})

describe('the dashboards’ filters', () => {
  it('open on the newest closed period and keep period and unit in the address', async () => {
    const calls: MockCall[] = []
    const { router } = renderAt(
      '/dasbor/skor',
      ScoreDashboard,
      { DashboardScoreSummary: () => ({ data: { scoreSummary: [group('u2', 'Sekretariat', 4, 82.5)] } }) },
      calls,
    )
    const user = userEvent.setup()
    const periodSelect = await screen.findByLabelText('Periode')
    expect(periodSelect).toHaveValue('p25')
    await waitFor(() =>
      expect(calls.find((c) => c.name === 'DashboardScoreSummary')?.variables).toMatchObject({ periodID: 'p25', groupBy: 'UNIT', unitID: null }),
    )

    await user.selectOptions(periodSelect, 'p24')
    expect(router.state.location.search).toBe('?periode=p24')
    await user.selectOptions(screen.getByLabelText('Unit kerja'), 'u2')
    expect(new URLSearchParams(router.state.location.search).get('unit')).toBe('u2')
    await waitFor(() => expect(calls.at(-1)?.variables).toMatchObject({ periodID: 'p24', unitID: 'u2' }))
    // The trail leads back up.
    const trail = screen.getByRole('navigation', { name: 'Unit yang dilihat' })
    expect(within(trail).getByRole('link', { name: 'Badan Kepegawaian' })).toBeInTheDocument()
    expect(within(trail).getByText('Sekretariat')).toHaveAttribute('aria-current', 'location')
  })

  it('read a bookmarked view from the address, and a unit group drills down into its sub-units', async () => {
    const calls: MockCall[] = []
    const { router } = renderAt(
      '/dasbor/skor?periode=p24&unit=u1&urut=rata',
      ScoreDashboard,
      { DashboardScoreSummary: () => ({ data: { scoreSummary: [group('u1', 'Badan Kepegawaian', 1, 70), group('u2', 'Sekretariat', 4, 82.5)] } }) },
      calls,
    )
    const user = userEvent.setup()
    expect(await screen.findByLabelText('Periode')).toHaveValue('p24')
    expect(screen.getByLabelText('Unit kerja')).toHaveValue('u1')
    expect(screen.getByLabelText('Urutkan')).toHaveValue('rata')
    await waitFor(() => expect(calls.find((c) => c.name === 'DashboardScoreSummary')?.variables).toMatchObject({ periodID: 'p24', unitID: 'u1' }))
    await user.click(await screen.findByRole('link', { name: 'Lihat sub-unit Sekretariat' }))
    expect(new URLSearchParams(router.state.location.search).get('unit')).toBe('u2')
    expect(new URLSearchParams(router.state.location.search).get('periode')).toBe('p24')
  })
})

describe('the table alternative of each chart', () => {
  it('scores: each group with its unit code, count, mean and aspects in the locale, sorted by mean', async () => {
    renderAt('/dasbor/skor?urut=rata', ScoreDashboard, {
      DashboardScoreSummary: () => ({ data: { scoreSummary: [group('u3', 'Subbagian Umum', 2, 75.5), group('u2', 'Sekretariat', 4, 82.5)] } }),
    })
    const rows = await tableOf(/Skor per unit/)
    expect(rows).toEqual([
      ['SekretariatBKPSDM.SEK', '4', '82,5', '77,5', '87,5', '80,5', '90', '85,25'],
      ['Subbagian UmumBKPSDM.SEK.UMUM', '2', '75,5', '70,5', '80,5', '80,5', '90', '85,25'],
    ])
  })

  it('scores: a period without final appraisals says so', async () => {
    renderAt('/dasbor/skor', ScoreDashboard, {
      DashboardScoreSummary: () => ({ data: { scoreSummary: [] } }),
      DashboardFinalCount: () => ({ data: { finalCount: 0 } }),
    })
    expect(await screen.findByText(/Belum ada penilaian tahunan final pada Penilaian Kinerja 2025/)).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Ekspor CSV' })).not.toBeInTheDocument()
  })

  it('scores: final appraisals elsewhere, none in this unit', async () => {
    renderAt('/dasbor/skor?unit=u3', ScoreDashboard, {
      DashboardScoreSummary: () => ({ data: { scoreSummary: [] } }),
      DashboardFinalCount: () => ({ data: { finalCount: 3 } }),
    })
    expect(await screen.findByText(/Belum ada penilaian tahunan yang dirilis pada periode dan unit ini/)).toBeInTheDocument()
  })

  it('predikat distribution: shares in percent and the deviations in words', async () => {
    renderAt('/dasbor/distribusi', DistributionDashboard, {
      DashboardPredikatDistribution: () => ({
        data: {
          predikatDistribution: {
            total: 4,
            buckets: [
              { predikat: 'SANGAT_BAIK', count: 1, share: 0.25 },
              { predikat: 'BAIK', count: 3, share: 0.75 },
            ],
            unitRating: 'BAIK',
            guideline: 'Sangat Baik ≤ 10%, Baik ≤ 70%',
            deviates: true,
            deviations: ['Baik 75% > 70%'],
          },
        },
      }),
    })
    expect(await screen.findByText('Baik 75% > 70%')).toBeInTheDocument()
    expect(screen.getByText('Sangat Baik ≤ 10%, Baik ≤ 70%')).toBeInTheDocument()
    expect(await tableOf(/Distribusi predikat/)).toEqual([
      ['Sangat Baik', '1', '25'],
      ['Baik', '3', '75'],
    ])
  })

  it('calibration: the outlier is marked and the rule named', async () => {
    const stats = (id: string, name: string, mean: number, gap: number) => ({
      __typename: 'AppraiserStats',
      appraiser: { __typename: 'Employee', id, name },
      appraised: 3,
      mean,
      stddev: 2,
      gapToUnitMean: gap,
      objections: 1,
      upheld: 1,
      revised: 0,
    })
    renderAt('/dasbor/kalibrasi', CalibrationDashboard, {
      DashboardAppraiserCalibration: () => ({
        data: { appraiserCalibration: [stats('a', 'Andi', 90, 8), stats('b', 'Budi', 80, -2), stats('c', 'Citra', 81, -1)] },
      }),
    })
    expect(await screen.findByText(/lebih dari satu simpangan baku/)).toBeInTheDocument()
    expect(screen.getByText('Andi cenderung longgar: 8 poin di atas rata-rata unit.')).toBeInTheDocument()
    const rows = await tableOf(/Selisih rata-rata penilai/)
    expect(rows[0]).toEqual(['Andi', '3', '90', '2', '8', 'longgar', '1', '1', '0'])
    expect(rows[1]?.[5]).toBe('wajar')
  })

  it('completion: stages per unit and the overdue units in words', async () => {
    renderAt('/dasbor/kelengkapan', CompletionDashboard, {
      DashboardCompletion: () => ({
        data: {
          completion: [
            {
              __typename: 'UnitCompletion',
              unit: { __typename: 'OrgUnit', id: 'u2', code: 'BKPSDM.SEK', name: 'Sekretariat' },
              employees: 10,
              noPlan: 1,
              plansDraft: 2,
              plansSubmitted: 3,
              plansAgreed: 4,
              plansReturned: 0,
              appraisalsDraft: 1,
              appraisalsReleased: 2,
              appraisalsFinal: 3,
              planDeadline: '2025-01-31T23:59:59Z',
              appraisalDeadline: '2026-01-31T23:59:59Z',
              plansOverdue: true,
              appraisalsOverdue: false,
            },
          ],
        },
      }),
    })
    expect(await screen.findByText('Melewati batas waktu SKP: Sekretariat.')).toBeInTheDocument()
    expect(await tableOf(/SKP per unit/)).toEqual([['Sekretariat', '10', '4', '3', '2', '0', '1', 'Terlambat']])
    expect(await tableOf(/Penilaian tahunan per unit/)).toEqual([['Sekretariat', '10', '3', '2', '1', '4', 'Sesuai']])
  })

  it('trend: one row per period, oldest first, for the unit or a chosen employee', async () => {
    const calls: MockCall[] = []
    const point = (id: string, year: number, average: number) => ({
      __typename: 'TrendPoint',
      period: { __typename: 'Period', id, name: `Penilaian Kinerja ${year}`, year },
      count: 5,
      average,
      timeliness: null,
      quality: 88,
      teamwork: 90,
    })
    const { router } = renderAt(
      '/dasbor/tren',
      TrendDashboard,
      {
        DashboardTrendPeople: () => ({
          data: {
            viewer: { __typename: 'Viewer', employee: { __typename: 'Employee', id: 'e1', name: 'Siti' } },
            employees: { __typename: 'EmployeeConnection', edges: [{ __typename: 'EmployeeEdge', node: { __typename: 'Employee', id: 'e2', name: 'Nurul' } }] },
          },
        }),
        DashboardTrend: () => ({ data: { trend: [point('p25', 2025, 84.5), point('p24', 2024, 80)] } }),
      },
      calls,
    )
    expect(await tableOf(/Tren skor antarperiode/)).toEqual([
      ['Penilaian Kinerja 2024', '5', '80', '—', '88', '90'],
      ['Penilaian Kinerja 2025', '5', '84,5', '—', '88', '90'],
    ])
    await userEvent.setup().selectOptions(screen.getByLabelText('Pegawai'), 'e2')
    expect(new URLSearchParams(router.state.location.search).get('pegawai')).toBe('e2')
    await waitFor(() => expect(calls.at(-1)).toMatchObject({ name: 'DashboardTrend', variables: { employeeID: 'e2', unitID: null } }))
    expect(await screen.findByRole('region', { name: /Tren skor Nurul/ })).toBeInTheDocument()
  })

  it('training: needs per competency with programmes, and hours flagged below the PNS minimum or above the PPPK cap', async () => {
    const hours = (id: string, name: string, type: string, h: number, flag: string | null) => ({
      __typename: 'EmployeeHours',
      employee: { __typename: 'Employee', id, name, type },
      hours: h,
      flag,
    })
    renderAt('/dasbor/pelatihan', TrainingDashboard, {
      DashboardTraining: () => ({
        data: {
          trainingNeeds: [
            {
              __typename: 'TrainingNeed',
              criterion: { __typename: 'Criterion', id: 'c1', code: 'KOLABORATIF', name: 'Kolaboratif', nameEn: 'Collaborative' },
              employees: 6,
              programs: [{ __typename: 'TrainingProgram', id: 't1', name: 'Kerja Tim', hours: 16 }],
            },
          ],
          developmentHours: [
            hours('e1', 'Siti', 'PNS', 12, 'BELOW_MINIMUM'),
            hours('e3', 'Andi', 'PPPK', 10, null),
            hours('e2', 'Nurul', 'PNS', 24, null),
            hours('e4', 'Budi', 'PPPK', 30, 'ABOVE_CAP'),
          ],
        },
      }),
    })
    expect(await tableOf(/Kebutuhan pengembangan/)).toEqual([['Kolaboratif', '6', 'Kerja Tim (16 JP)']])
    expect(
      screen.getByText('1 PNS di bawah 20 JP (hak minimal PNS per tahun) dan 1 PPPK di atas 24 JP (batas PPPK per tahun kontrak), dari 4 pegawai.'),
    ).toBeInTheDocument()
    // A PPPK employee with few hours is never "below 20".
    expect(await tableOf(/Jam pengembangan/)).toEqual([
      ['Siti', 'PNS', '12', 'Di bawah 20 JP (PNS)'],
      ['Andi', 'PPPK', '10', '—'],
      ['Nurul', 'PNS', '24', '—'],
      ['Budi', 'PPPK', '30', 'Di atas 24 JP (PPPK)'],
    ])
  })

  it('promotion: each condition met or not in words, eligible or near miss, and the credit points per year with the total', async () => {
    const condition = (code: string, holds: boolean, text: string) => ({ __typename: 'PromotionCondition', code, holds, text })
    renderAt('/dasbor/promosi', PromotionDashboard, {
      DashboardPromotion: () => ({
        data: {
          promotionCandidates: [
            {
              __typename: 'PromotionCandidate',
              employee: { __typename: 'Employee', id: 'e1', name: 'Siti', position: 'Analis' },
              predikats: ['SANGAT_BAIK', 'BAIK'],
              creditPoints: null,
              creditPointsInRank: null,
              creditPointsNeeded: null,
              rank: 'III/a',
              yearsInRank: 4.5,
              functional: false,
              eligible: true,
              conditions: [
                condition('YEARS_IN_RANK', true, 'Masa dalam pangkat 4,5 tahun (paling sedikit 4 tahun)'),
                condition('PREDIKAT', true, 'Predikat paling rendah Baik dalam dua tahun terakhir: SANGAT_BAIK, BAIK'),
                condition('SUPERIOR_RANK', true, 'Tidak melebihi pangkat atasan langsung'),
              ],
            },
            {
              __typename: 'PromotionCandidate',
              employee: { __typename: 'Employee', id: 'e2', name: 'Nurul', position: 'Pranata Komputer' },
              predikats: ['BAIK', 'CUKUP'],
              creditPoints: 12.5,
              creditPointsInRank: 21.88,
              creditPointsNeeded: 50,
              rank: 'III/a',
              yearsInRank: 2.4,
              functional: true,
              eligible: false,
              conditions: [
                condition('YEARS_IN_RANK', true, 'Masa dalam pangkat 2,4 tahun (paling sedikit 2 tahun)'),
                condition('CREDIT_POINTS', false, 'Angka kredit 21,88 dari 50 yang dibutuhkan'),
                condition('PREDIKAT', false, 'Predikat paling rendah Baik dalam dua tahun terakhir: BAIK, CUKUP'),
              ],
            },
          ],
          creditHistory: [
            {
              __typename: 'CreditHistory',
              employee: { __typename: 'Employee', id: 'e2', name: 'Nurul', functionalLevel: 'AHLI_PERTAMA' },
              total: 21.88,
              years: [
                { __typename: 'CreditYear', year: 2024, predikat: 'CUKUP', months: 12, points: 9.38, cumulative: 9.38 },
                { __typename: 'CreditYear', year: 2025, predikat: 'BAIK', months: 12, points: 12.5, cumulative: 21.88 },
              ],
            },
            { __typename: 'CreditHistory', employee: { __typename: 'Employee', id: 'e3', name: 'Andi', functionalLevel: 'MAHIR' }, total: 0, years: [] },
          ],
        },
      }),
    })
    expect(await screen.findByText('1 dari 2 pegawai memenuhi semua syarat.')).toBeInTheDocument()
    const rows = await tableOf(/Kandidat kenaikan pangkat/)
    expect(rows).toEqual([
      [
        'Siti',
        'Analis',
        'III/a',
        'Reguler',
        '4,5',
        'Sangat Baik, Baik',
        '—',
        '—',
        'Ya',
        '✓ Terpenuhi: Masa dalam pangkat 4,5 tahun (paling sedikit 4 tahun)✓ Terpenuhi: Predikat paling rendah Baik dalam dua tahun terakhir: SANGAT_BAIK, BAIK✓ Terpenuhi: Tidak melebihi pangkat atasan langsung',
      ],
      [
        'Nurul',
        'Pranata Komputer',
        'III/a',
        'Jabatan fungsional',
        '2,4',
        'Baik, Cukup',
        '21,88',
        '50',
        'Tidak',
        '✓ Terpenuhi: Masa dalam pangkat 2,4 tahun (paling sedikit 2 tahun)✗ Belum terpenuhi: Angka kredit 21,88 dari 50 yang dibutuhkan✗ Belum terpenuhi: Predikat paling rendah Baik dalam dua tahun terakhir: BAIK, CUKUP',
      ],
    ])
    // The state is said in words, the sign only repeats it for the eye.
    const frame = screen.getByRole('region', { name: /Kandidat kenaikan pangkat/ })
    const missing = within(frame)
      .getAllByRole('listitem')
      .find((li) => li.textContent.includes('Angka kredit 21,88 dari 50'))
    expect(missing).toHaveTextContent('✗ Belum terpenuhi: Angka kredit 21,88 dari 50 yang dibutuhkan')
    expect(within(missing as HTMLElement).getByText('✗', { exact: false })).toHaveAttribute('aria-hidden', 'true')
    expect(within(missing as HTMLElement).getByText('Belum terpenuhi')).toBeVisible()

    expect(await tableOf(/Angka kredit jabatan fungsional/)).toEqual([
      ['Nurul', 'Ahli Pertama', '2024', 'Cukup', '12', '9,38', '9,38'],
      ['Nurul', 'Ahli Pertama', '2025', 'Baik', '12', '12,5', '21,88'],
      ['Andi', 'Mahir', 'belum ada tahun dengan predikat final', '—', '—', '—', '—'],
    ])
  })

  it('talent grid: nine boxes, names on focus, and the list', async () => {
    const levels = ['HIGH', 'MEDIUM', 'LOW'] as const
    const grid = levels.flatMap((performance) =>
      (['LOW', 'MEDIUM', 'HIGH'] as const).map((potential) => ({
        __typename: 'TalentCell',
        performance,
        potential,
        count: performance === 'HIGH' && potential === 'HIGH' ? 1 : 0,
        employees: performance === 'HIGH' && potential === 'HIGH' ? [{ __typename: 'Employee', id: 'e1', name: 'Siti' }] : [],
      })),
    )
    renderAt('/dasbor/talenta', TalentDashboard, { DashboardTalentGrid: () => ({ data: { talentGrid: grid } }) })
    const box = await screen.findByRole('group', { name: /Kotak talenta/ })
    expect(within(box).getAllByRole('button')).toHaveLength(9)
    within(box)
      .getByRole('button', { name: /^Kinerja tinggi × potensi tinggi\s+1 pegawai$/ })
      .focus()
    expect(await screen.findByText('Siti')).toBeInTheDocument()
    const rows = await tableOf(/Kotak talenta/)
    expect(rows).toHaveLength(9)
    expect(rows[2]).toEqual(['Kinerja tinggi × potensi tinggi', 'tinggi', 'tinggi', '1', 'Siti'])
  })
})

describe('the CSV export', () => {
  it('writes the table in the active language with a BOM and plain decimals', async () => {
    await setLanguage('en')
    const blobs: Blob[] = []
    const create = vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blobs.push(b as Blob)
      return 'blob:csv'
    })
    const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {})
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {})
    try {
      renderAt('/dasbor/skor', ScoreDashboard, {
        DashboardScoreSummary: () => ({ data: { scoreSummary: [{ ...group('u2', 'Sekretariat', 1234, 82.5), code: 'BKPSDM.SEK' }] } }),
      })
      const user = userEvent.setup()
      await user.click(await screen.findByRole('button', { name: 'Export CSV' }))
      expect(click).toHaveBeenCalled()
      const bytes = new Uint8Array(await blobs[0].arrayBuffer())
      expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
      const text = new TextDecoder().decode(bytes.slice(3))
      expect(text).toBe(
        'Unit,Unit code,Appraisals,Mean,Lowest,Highest,Timeliness,Quality,Teamwork\r\nSekretariat,BKPSDM.SEK,1234,82.5,77.5,87.5,80.5,90,85.25\r\n',
      )
    } finally {
      create.mockRestore()
      revoke.mockRestore()
      click.mockRestore()
      await setLanguage('id')
    }
  })
})
