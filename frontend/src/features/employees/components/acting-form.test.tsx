import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { Provider } from 'urql'
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { loadNamespace } from '@/lib/i18n'
import { gqlError, type MockCall, type MockHandlers, mockClient } from '@/test/mock-client'
import { ActingForm, type ActingCandidate } from './acting-form'

const candidates: ActingCandidate[] = [
  { id: 'e2', nip: '197908122005011002', name: 'Muhammad Rizal Syam', position: 'Kepala Bidang' },
  { id: 'e7', nip: '199204202019032003', name: 'Nurul Aini', position: 'Analis Kepegawaian' },
]

beforeAll(async () => {
  await loadNamespace('acting')
})

beforeEach(() => {
  // A date segment moves the selection on every selectionchange; happy-dom
  // fires selectionchange again from inside that move, without end. The
  // segments take typed digits without it.
  const add = document.addEventListener.bind(document)
  vi.spyOn(document, 'addEventListener').mockImplementation(
    (type: string, ...rest: [EventListenerOrEventListenerObject, (boolean | AddEventListenerOptions)?]) => {
      if (type !== 'selectionchange') add(type, ...rest)
    },
  )
})

function renderForm(handlers: MockHandlers, calls: MockCall[], onDone = vi.fn()) {
  const { client } = mockClient(handlers, calls)
  render(
    <Provider value={client}>
      <ActingForm employeeID="e7" candidates={candidates} onCancel={() => {}} onDone={onDone} />
    </Provider>,
  )
  return { onDone }
}

/** typeDay types an Indonesian date (dd mm yyyy) into the date field labelled name. */
async function typeDay(user: ReturnType<typeof userEvent.setup>, name: RegExp, digits: string) {
  const [day] = within(screen.getByRole('group', { name })).getAllByRole('spinbutton')
  if (!day) throw new Error(`no segments in ${String(name)}`)
  await user.click(day)
  await user.keyboard(digits)
}

async function fill(user: ReturnType<typeof userEvent.setup>, { first, last }: { first: string; last: string }) {
  await user.click(screen.getByRole('combobox', { name: /Pejabat pelaksana/ }))
  await user.click(screen.getByRole('option', { name: /Muhammad Rizal Syam/ }))
  await user.click(screen.getByRole('button', { name: /Jenis/ }))
  await user.click(screen.getByRole('option', { name: 'Plh. (pelaksana harian)' }))
  await typeDay(user, /Hari pertama/, first)
  await typeDay(user, /Hari terakhir/, last)
  await user.type(screen.getByRole('textbox', { name: /Nomor surat perintah/ }), ' 800/123/BKPSDM/2027 ')
}

describe('ActingForm', () => {
  it('offers everyone but the employee itself', async () => {
    const user = userEvent.setup()
    renderForm({}, [])
    await user.click(screen.getByRole('combobox', { name: /Pejabat pelaksana/ }))
    expect(screen.getByRole('option', { name: /Muhammad Rizal Syam/ })).toBeInTheDocument()
    expect(screen.queryByRole('option', { name: /Nurul Aini/ })).not.toBeInTheDocument()
  })

  it('refuses a last day before the first on the last day, before asking the server', async () => {
    const calls: MockCall[] = []
    const user = userEvent.setup()
    renderForm({}, calls)
    await fill(user, { first: '20012027', last: '10012027' })
    await user.click(screen.getByRole('button', { name: 'Simpan penunjukan' }))
    expect(await screen.findByText('Hari terakhir tidak boleh sebelum hari pertama.')).toBeInTheDocument()
    const last = screen.getByRole('group', { name: /Hari terakhir/ })
    expect(within(last).getAllByRole('spinbutton')[0]).toHaveAttribute('aria-invalid', 'true')
    expect(within(screen.getByRole('group', { name: /Hari pertama/ })).getAllByRole('spinbutton')[0]).not.toHaveAttribute('aria-invalid', 'true')
    expect(calls.map((c) => c.name)).not.toContain('CreateActingAppraiser')
  })

  it('asks for the official, the kind and both days', async () => {
    const calls: MockCall[] = []
    const user = userEvent.setup()
    renderForm({}, calls)
    await user.click(screen.getByRole('button', { name: 'Simpan penunjukan' }))
    expect(await screen.findAllByText('Wajib diisi.')).toHaveLength(4)
    expect(calls).toEqual([])
  })

  it("shows an overlap the server refuses (CONFLICT) as the form's error, and sends the days in the agency's zone", async () => {
    const calls: MockCall[] = []
    const user = userEvent.setup()
    const { onDone } = renderForm(
      {
        CreateActingAppraiser: () => ({
          errors: [gqlError('pegawai ini sudah memiliki pejabat pelaksana pada sebagian tanggal itu', 'CONFLICT')],
        }),
      },
      calls,
    )
    await fill(user, { first: '10012027', last: '20012027' })
    await user.click(screen.getByRole('button', { name: 'Simpan penunjukan' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('pegawai ini sudah memiliki pejabat pelaksana pada sebagian tanggal itu')
    expect(onDone).not.toHaveBeenCalled()
    expect(calls.find((c) => c.name === 'CreateActingAppraiser')?.variables).toEqual({
      input: {
        employeeID: 'e7',
        actingID: 'e2',
        kind: 'PLH',
        startsOn: '2027-01-10T00:00:00+08:00',
        endsOn: '2027-01-20T23:59:59+08:00',
        letter: '800/123/BKPSDM/2027',
      },
    })
  })

  it('puts a refused official on its picker', async () => {
    const user = userEvent.setup()
    renderForm({ CreateActingAppraiser: () => ({ errors: [gqlError('pejabat pelaksana tidak ditemukan atau tidak aktif', 'INVALID_INPUT', 'actingID')] }) }, [])
    await fill(user, { first: '10012027', last: '10012027' })
    await user.click(screen.getByRole('button', { name: 'Simpan penunjukan' }))
    await screen.findByText('pejabat pelaksana tidak ditemukan atau tidak aktif')
    expect(screen.getByRole('combobox', { name: /Pejabat pelaksana/ })).toHaveAttribute('aria-invalid', 'true')
  })

  it('is done once the server has named the acting official', async () => {
    const user = userEvent.setup()
    const { onDone } = renderForm(
      {
        CreateActingAppraiser: () => ({
          data: {
            createActingAppraiser: {
              __typename: 'ActingAppraiser',
              id: 'aa1',
              kind: 'PLH',
              startsOn: '2027-01-09T16:00:00Z',
              endsOn: '2027-01-10T15:59:59Z',
              letter: null,
            },
          },
        }),
      },
      [],
    )
    await fill(user, { first: '10012027', last: '10012027' })
    await user.click(screen.getByRole('button', { name: 'Simpan penunjukan' }))
    await vi.waitFor(() => expect(onDone).toHaveBeenCalled())
  })
})
