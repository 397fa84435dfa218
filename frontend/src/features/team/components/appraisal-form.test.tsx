import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { Provider } from 'urql'
import { describe, expect, it, vi } from 'vitest'
import type { Predikat, Rating } from '@/gql/graphql'
import i18n from '@/lib/i18n'
import { type MockCall, type MockHandlers, mockClient } from '@/test/mock-client'
import { AppraisalFormPage } from './appraisal-form-page'

/** The predikat matrix of PermenPANRB 6/2022 as Period.predikatMatrix returns it. */
const officialMatrix: { result: Rating; behaviour: Rating; predikat: Predikat }[] = [
  { result: 'ABOVE', behaviour: 'ABOVE', predikat: 'SANGAT_BAIK' },
  { result: 'ABOVE', behaviour: 'MEETS', predikat: 'BAIK' },
  { result: 'ABOVE', behaviour: 'BELOW', predikat: 'KURANG' },
  { result: 'MEETS', behaviour: 'ABOVE', predikat: 'BAIK' },
  { result: 'MEETS', behaviour: 'MEETS', predikat: 'BAIK' },
  { result: 'MEETS', behaviour: 'BELOW', predikat: 'KURANG' },
  { result: 'BELOW', behaviour: 'ABOVE', predikat: 'BUTUH_PERBAIKAN' },
  { result: 'BELOW', behaviour: 'MEETS', predikat: 'BUTUH_PERBAIKAN' },
  { result: 'BELOW', behaviour: 'BELOW', predikat: 'SANGAT_KURANG' },
]

function appraisal(matrix: typeof officialMatrix, scoringMethod: 'PERMENPAN_2022' | 'NUMERIC_2011' = 'PERMENPAN_2022') {
  return {
    node: {
      __typename: 'Appraisal',
      id: 'ap1',
      kind: 'QUARTERLY',
      quarter: 4,
      status: 'DRAFT',
      resultRating: null,
      behaviourRating: null,
      note: null,
      predikat: null,
      score: null,
      skpScore: null,
      behaviourScore: null,
      suggestedResultRating: null,
      suggestedBehaviourRating: null,
      releasedAt: null,
      objectionDeadline: null,
      scores: [],
      plan: {
        __typename: 'Plan',
        id: 'pl1',
        employee: { __typename: 'Employee', id: 'e2', name: 'Nurul Aini', nip: '199807142024012004', position: 'Analis' },
        period: { __typename: 'Period', id: 'p26', name: 'Penilaian Kinerja 2026', scoringMethod, predikatMatrix: matrix },
        targets: [
          {
            __typename: 'Target',
            id: 't1',
            kind: 'MAIN',
            title: 'Tersusunnya laporan evaluasi',
            indicators: [{ __typename: 'Indicator', id: 'i1', description: 'Laporan', aspect: 'QUANTITY', targetValue: 12, unit: 'laporan', yearTotal: 11 }],
          },
        ],
      },
      objections: [],
    },
    criteria: {
      edges: [
        { node: { __typename: 'Criterion', id: 'c1', code: 'AKUNTABEL', name: 'Akuntabel', nameEn: 'Accountable', framework: 'BERAKHLAK', description: null } },
        { node: { __typename: 'Criterion', id: 'c2', code: 'INTEGRITAS', name: 'Integritas', nameEn: 'Integrity', framework: 'PP46', description: null } },
      ],
    },
  }
}

const preview = (over: Record<string, unknown> = {}) => ({
  appraisalPreview: {
    __typename: 'AppraisalPreview',
    predikat: null,
    score: 81.5,
    skpScore: 91.67,
    behaviourScore: 75,
    suggestedResultRating: 'MEETS',
    suggestedBehaviourRating: 'ABOVE',
    deviates: false,
    curveWarning: null,
    ...over,
  },
})

function renderForm(handlers: MockHandlers, calls: MockCall[] = []) {
  const { client } = mockClient(handlers, calls)
  const router = createMemoryRouter([{ path: '/tim/penilaian/:appraisalId', element: <AppraisalFormPage /> }], {
    initialEntries: ['/tim/penilaian/ap1'],
  })
  render(
    <Provider value={client}>
      <RouterProvider router={router} />
    </Provider>,
  )
}

async function choose(user: ReturnType<typeof userEvent.setup>, group: string, rating: string) {
  await user.click(within(screen.getByRole('radiogroup', { name: group })).getByRole('radio', { name: new RegExp(`^${rating}`) }))
}

const ratingLabel: Record<Rating, string> = { ABOVE: 'Di Atas Ekspektasi', MEETS: 'Sesuai Ekspektasi', BELOW: 'Di Bawah Ekspektasi' }

describe('AppraisalForm', () => {
  it.each(officialMatrix)('shows $predikat live for result $result and behaviour $behaviour, from the period matrix', async (cell) => {
    const user = userEvent.setup()
    renderForm({ AppraisalForm: () => ({ data: appraisal(officialMatrix) }), AppraisalPreview: () => ({ data: preview() }) })
    await screen.findByRole('form', { name: 'Formulir penilaian' })
    const live = within(screen.getByRole('complementary', { name: 'Hasil sementara' })).getByTestId('live-predikat')
    expect(live).toHaveTextContent('Pilih rating hasil kerja dan perilaku kerja.')

    await choose(user, 'Rating hasil kerja', ratingLabel[cell.result])
    await choose(user, 'Rating perilaku kerja', ratingLabel[cell.behaviour])

    expect(live).toHaveTextContent(i18n.t(`predikat.${cell.predikat}`))
  })

  it('follows a matrix the agency changed, so no copy of the rule lives in the app', async () => {
    const changed = officialMatrix.map((c) => (c.result === 'ABOVE' && c.behaviour === 'BELOW' ? { ...c, predikat: 'BUTUH_PERBAIKAN' as const } : c))
    const user = userEvent.setup()
    renderForm({ AppraisalForm: () => ({ data: appraisal(changed) }), AppraisalPreview: () => ({ data: preview() }) })
    await screen.findByRole('form', { name: 'Formulir penilaian' })
    await choose(user, 'Rating hasil kerja', 'Di Atas Ekspektasi')
    await choose(user, 'Rating perilaku kerja', 'Di Bawah Ekspektasi')
    expect(screen.getByTestId('live-predikat')).toHaveTextContent('Butuh Perbaikan')
  })

  it("shows the server's suggested ratings and advisory score, and marks an override", async () => {
    const calls: MockCall[] = []
    const user = userEvent.setup()
    renderForm({ AppraisalForm: () => ({ data: appraisal(officialMatrix) }), AppraisalPreview: () => ({ data: preview() }) }, calls)
    await screen.findByRole('form', { name: 'Formulir penilaian' })
    const panel = screen.getByRole('complementary', { name: 'Hasil sementara' })
    expect(await within(panel).findByText('81,50')).toBeInTheDocument()
    await choose(user, 'Rating hasil kerja', 'Di Bawah Ekspektasi')
    expect(await within(panel).findByText(/Anda memilih berbeda dari saran/)).toBeInTheDocument()
    // The preview asks the server with what the form holds, without saving.
    await vi.waitFor(() =>
      expect(calls.some((c) => c.name === 'AppraisalPreview' && JSON.stringify(c.variables).includes('"resultRating":"BELOW"'))).toBe(true),
    )
    expect(calls.some((c) => c.name === 'RateAppraisal')).toBe(false)
  })

  it('under NUMERIC_2011 takes the predikat from the server preview of the values typed', async () => {
    const user = userEvent.setup()
    renderForm({
      AppraisalForm: () => ({ data: appraisal(officialMatrix, 'NUMERIC_2011') }),
      AppraisalPreview: (v) => ({
        data: preview({ predikat: JSON.stringify(v).includes('"value":70') ? 'CUKUP' : null, score: 70 }),
      }),
    })
    await screen.findByRole('form', { name: 'Formulir penilaian' })
    expect(screen.queryByRole('radiogroup', { name: 'Rating hasil kerja' })).not.toBeInTheDocument()
    await user.type(screen.getByRole('textbox', { name: 'Nilai: Integritas' }), '70')
    await user.tab()
    await vi.waitFor(() => expect(screen.getByTestId('live-predikat')).toHaveTextContent('Cukup'))
  })

  it('puts a server error about a detail score on that field', async () => {
    const user = userEvent.setup()
    renderForm({
      AppraisalForm: () => ({ data: appraisal(officialMatrix) }),
      AppraisalPreview: () => ({ data: preview() }),
      RateAppraisal: () => ({
        errors: [{ message: 'penilaian harus ABOVE, MEETS atau BELOW', extensions: { code: 'INVALID_INPUT', field: 'scores.1.rating' } }],
      }),
    })
    await screen.findByRole('form', { name: 'Formulir penilaian' })
    await choose(user, 'Rating: Tersusunnya laporan evaluasi', 'Sesuai Ekspektasi')
    await choose(user, 'Rating: Akuntabel', 'Di Atas Ekspektasi')
    await user.click(screen.getByRole('button', { name: 'Simpan draf' }))
    // scores.0 is the target, scores.1 the first behaviour criterion.
    const group = screen.getByRole('radiogroup', { name: 'Rating: Akuntabel' })
    expect(await within(group).findByText('penilaian harus ABOVE, MEETS atau BELOW')).toBeInTheDocument()
  })
})
