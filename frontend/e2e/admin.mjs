// The HR administration of people and structure through the UI: an HR admin
// adds a unit and an employee (a bad NIP is refused on its field, in the
// browser and by the server), finds the external official in the register,
// names a Plh. for the new employee and deletes it, rates the unit, edits a period's predikat
// matrix and resets it, and looks at (but does not take) a phase move; a
// staff member has no administration. axe-core checks every page built
// here, each also at 360 px without sideways scrolling. No console errors.
// The demo has no auditor login: the read-only view is covered by Vitest.
//
//   KINERJA_BIN=/path/to/kinerja node e2e/admin.mjs

import { check, headingFocused, logins, nav, noHorizontalScroll, Run, signIn, toast } from './harness.mjs'

const run = new Run('admin')
const unit = { code: 'UJI-E2E', name: 'Bagian Uji Otomatis' }
const employee = { nip: '199106302016022007', name: 'Dewi Kartika Sari', position: 'Penata Laporan Keuangan' }

let base
let hr
let phone
let staff
let employeeUrl
let unitUrl
let periodUrl

/** pick chooses an option of a React Aria select (a button and a listbox). */
async function pick(page, scope, label, option) {
  await scope.getByRole('button', { name: label }).click()
  await page.getByRole('listbox').getByRole('option', { name: option, exact: true }).click()
}

/** choose types into a combobox and takes the first matching option. */
async function choose(page, scope, label, text) {
  const box = scope.getByRole('combobox', { name: label })
  await box.fill(text)
  await page
    .getByRole('listbox')
    .getByRole('option', { name: new RegExp(text) })
    .first()
    .click()
}

const matrixCell = (page, result, behaviour) => page.getByRole('combobox', { name: `Predikat untuk hasil ${result} dan perilaku ${behaviour}` })

async function main() {
  await run.step('start kinerja serve --demo and wait until the demo is loaded', async () => {
    base = await run.start()
    hr = await run.newPage('hr')
    phone = await run.newPage('hr-phone', { width: 360, height: 760 })
    staff = await run.newPage('staff')
    return base
  })

  await run.step('the HR admin opens Administrasi and lands on the employee register', async () => {
    await signIn(hr, base, logins.hrAdmin)
    await nav(hr, 'Administrasi')
    await hr.waitForURL((url) => url.pathname === '/admin/pegawai')
    await hr.getByRole('heading', { level: 1, name: 'Pegawai' }).waitFor()
    await hr.getByRole('navigation', { name: 'Bagian administrasi' }).getByRole('link', { name: 'Unit kerja' }).waitFor()
    await hr.getByRole('table', { name: /Daftar pegawai/ }).waitFor()
    await hr.getByRole('link', { name: 'Tambah pegawai' }).waitFor()
    await run.axe(hr, 'employee register')
    await run.shot(hr, 'register')
  })

  await run.step('the register filters by type and position kind, kept in the address', async () => {
    const total = async () => Number((await hr.locator('.list-summary .list-total').innerText()).replace(/[^\d]/g, ''))
    const all = await total()
    await hr.getByLabel('Jenis pegawai').selectOption('PPPK')
    await hr.waitForURL((url) => url.searchParams.get('type') === 'PPPK')
    await hr
      .waitForFunction(
        (n) => {
          const el = document.querySelector('.list-summary .list-total')
          return el && Number(el.textContent.replace(/[^\d]/g, '')) !== n && !document.querySelector('table[aria-busy="true"]')
        },
        all,
        { timeout: 15_000 },
      )
      .catch(() => {})
    const pppk = await total()
    check(pppk < all, `PPPK ${pppk} of ${all}`)
    await hr.getByLabel('Jenis pegawai').selectOption('')
    return `${pppk} PPPK of ${all}`
  })

  await run.step('the HR admin opens the unit tree and adds a unit', async () => {
    await hr.getByRole('navigation', { name: 'Bagian administrasi' }).getByRole('link', { name: 'Unit kerja' }).click()
    await headingFocused(hr, 'Unit kerja')
    const tree = hr.getByRole('list', { name: 'Struktur unit kerja' })
    await tree.waitFor()
    // The top level starts open: its disclosure closes and opens it again.
    const close = tree.getByRole('button', { name: /^Tutup subunit / }).first()
    const name = (await close.getAttribute('aria-label')).replace(/^Tutup subunit /, '')
    await close.click()
    const open = tree.getByRole('button', { name: `Buka subunit ${name}` })
    check((await open.getAttribute('aria-expanded')) === 'false', 'the branch did not close')
    await open.click()
    check((await tree.getByRole('button', { name: `Tutup subunit ${name}` }).getAttribute('aria-expanded')) === 'true', 'the branch did not open')
    await run.axe(hr, 'unit tree')
    await hr.getByRole('button', { name: 'Tambah unit' }).click()
    const dialog = hr.getByRole('dialog', { name: 'Tambah unit kerja' })
    await dialog.getByRole('textbox', { name: /Kode/ }).fill(unit.code)
    await dialog.getByRole('textbox', { name: /Nama unit/ }).fill(unit.name)
    await run.axe(hr, 'unit dialog')
    await dialog.getByRole('button', { name: 'Tambah unit' }).click()
    await toast(hr, 'Unit kerja ditambahkan.')
    await tree.getByRole('link', { name: new RegExp(unit.name) }).waitFor()
    await run.shot(hr, 'unit-added')
  })

  await run.step('the unit page records the unit rating of a period', async () => {
    await hr.getByRole('link', { name: new RegExp(unit.name) }).click()
    await hr.getByRole('heading', { level: 1, name: unit.name }).waitFor()
    unitUrl = hr.url()
    const select = hr.getByLabel(/^Predikat unit/).first()
    await select.selectOption('BAIK')
    await hr.getByRole('button', { name: 'Simpan predikat' }).first().click()
    await toast(hr, /Predikat unit .* disimpan/)
    await run.axe(hr, 'unit page')
  })

  await run.step('a bad NIP is refused on its field before sending, a taken one by the server', async () => {
    await hr.goto(`${base}/admin/pegawai/baru`)
    await hr.getByRole('heading', { level: 1, name: 'Tambah pegawai' }).waitFor()
    const form = hr.locator('form.employee-form')
    const nip = form.getByRole('textbox', { name: /NIP/ })
    await nip.fill('199013012015031001')
    await form.getByRole('button', { name: 'Tambah pegawai' }).click()
    await form.getByText('Tanggal lahir 19901301 pada NIP tidak valid.').waitFor()
    check((await nip.getAttribute('aria-invalid')) === 'true', 'the NIP field is not marked invalid')
    await run.axe(hr, 'employee form (browser check)')
    await run.shot(hr, 'bad-nip')

    await nip.fill(logins.hrAdmin)
    await form.getByRole('textbox', { name: /^Nama/ }).fill(employee.name)
    await pick(hr, form, /Pangkat\/golongan/, 'III/a')
    await form.getByRole('textbox', { name: /^Jabatan/ }).fill(employee.position)
    await pick(hr, form, /Jenis jabatan/, 'Pelaksana')
    await choose(hr, form, /Unit kerja/, unit.code)
    await form.getByRole('button', { name: 'Tambah pegawai' }).click()
    await hr.waitForFunction(() => {
      const input = [...document.querySelectorAll('form.employee-form input')].find((i) => i.getAttribute('name') === 'nip')
      return input?.getAttribute('aria-invalid') === 'true'
    })
    const said = await form
      .locator('.field')
      .filter({ has: hr.getByRole('textbox', { name: /NIP/ }) })
      .innerText()
    check(new URL(hr.url()).pathname === '/admin/pegawai/baru', 'a taken NIP was saved')
    await run.shot(hr, 'taken-nip')
    return said.replace(/\s+/g, ' ')
  })

  await run.step('the HR admin creates the employee in the new unit and sees the employee page', async () => {
    const form = hr.locator('form.employee-form')
    await form.getByRole('textbox', { name: /NIP/ }).fill(employee.nip)
    await form.getByRole('button', { name: 'Tambah pegawai' }).click()
    await toast(hr, 'Pegawai ditambahkan.')
    await hr.getByRole('heading', { level: 1, name: employee.name }).waitFor()
    employeeUrl = hr.url()
    await hr.getByText(`${unit.code} — ${unit.name}`).waitFor()
    await hr.getByText('19910630 201602 2 007').waitFor()
    await hr.getByText('Belum ada SKP.').waitFor()
    await run.axe(hr, 'employee page')
    await run.shot(hr, 'employee-page')
  })

  await run.step('the edit form opens filled and keeps the employee', async () => {
    await hr.getByRole('link', { name: 'Ubah data pegawai' }).click()
    await hr.getByRole('heading', { level: 1, name: 'Ubah data pegawai' }).waitFor()
    const form = hr.locator('form.employee-form')
    check((await form.getByRole('textbox', { name: /NIP/ }).inputValue()) === employee.nip, 'NIP not filled')
    await run.axe(hr, 'employee edit form')
    await form.getByRole('textbox', { name: /^Jabatan/ }).fill(`${employee.position} Ahli`)
    await form.getByRole('button', { name: 'Simpan perubahan' }).click()
    await toast(hr, 'Data pegawai disimpan.')
    await hr.getByText(`${employee.position} Ahli`, { exact: false }).first().waitFor()
  })

  await run.step('the register marks the external official and filters on it; its page says so too', async () => {
    await hr.goto(`${base}/admin/pegawai?external=external`)
    const table = hr.getByRole('table', { name: /Daftar pegawai/ })
    const official = table.getByRole('rowheader', { name: /Andi Muhammad Yasir/ })
    await official.getByText('Di luar instansi').waitFor()
    check((await table.getByRole('rowheader').count()) === 1, `${await table.getByRole('rowheader').count()} external officials listed`)
    await run.axe(hr, 'register of external officials')
    await official.getByRole('link').click()
    await hr.getByRole('heading', { level: 1, name: /Andi Muhammad Yasir/ }).waitFor()
    await hr.getByRole('region', { name: 'Identitas' }).getByText('Di luar instansi').waitFor()
  })

  await run.step('the HR admin names a Plh. for the employee on the employee page, sees it listed, and deletes it', async () => {
    await hr.goto(employeeUrl)
    await hr.getByRole('heading', { level: 1, name: employee.name }).waitFor()
    const section = hr.getByRole('region', { name: 'Pejabat penilai Plt./Plh.' })
    await section.getByText('Belum ada pejabat penilai Plt./Plh.').waitFor()
    await section.getByRole('button', { name: 'Tambah Plt./Plh.' }).click()
    const dialog = hr.getByRole('dialog', { name: 'Tambah pejabat penilai Plt./Plh.' })
    await choose(hr, dialog, /Pejabat pelaksana/, 'Muhammad Rizal Syam')
    await pick(hr, dialog, /Jenis/, 'Plh. (pelaksana harian)')
    const day = async (label, digits) => {
      await dialog.getByRole('group', { name: label }).getByRole('spinbutton').first().click()
      await hr.keyboard.type(digits)
    }
    // A last day before the first is refused on its field before anything is sent.
    await day(/Hari pertama/, '05032027')
    await day(/Hari terakhir/, '01032027')
    await dialog.getByRole('textbox', { name: /Nomor surat perintah/ }).fill('800/17/BKPSDM/III/2027')
    await dialog.getByRole('button', { name: 'Simpan penunjukan' }).click()
    await dialog.getByText('Hari terakhir tidak boleh sebelum hari pertama.').waitFor()
    await run.axe(hr, 'acting appraiser dialog (refused range)')
    await run.shot(hr, 'acting-refused')
    await day(/Hari pertama/, '01032027')
    await day(/Hari terakhir/, '05032027')
    await dialog.getByRole('button', { name: 'Simpan penunjukan' }).click()
    await toast(hr, 'Pejabat penilai Plt./Plh. ditambahkan.')
    const row = section.getByRole('row', { name: /Plh\. Muhammad Rizal Syam/ })
    await row.getByText('1 Maret 2027 – 5 Maret 2027').waitFor()
    await row.getByText('800/17/BKPSDM/III/2027').waitFor()
    await run.axe(hr, 'employee page with an acting appraiser')
    await run.shot(hr, 'acting-listed')
    await row.getByRole('button', { name: 'Hapus' }).click()
    const confirm = hr.getByRole('alertdialog', { name: /^Hapus penunjukan Plh\. Muhammad Rizal Syam/ })
    await confirm.waitFor()
    await run.axe(hr, 'delete acting appraiser dialog')
    await confirm.getByRole('button', { name: 'Hapus penunjukan' }).click()
    await toast(hr, 'Penunjukan dihapus.')
    await section.getByText('Belum ada pejabat penilai Plt./Plh.').waitFor()
  })

  await run.step("the HR admin edits a period's matrix cell, saves, and resets it to the regulation", async () => {
    await hr.getByRole('navigation', { name: 'Bagian administrasi' }).getByRole('link', { name: 'Periode' }).click()
    await hr.getByRole('heading', { level: 1, name: 'Periode penilaian' }).waitFor()
    await hr.getByRole('table', { name: /Periode penilaian/ }).waitFor()
    await run.axe(hr, 'periods')
    await hr.getByRole('table').getByRole('rowheader').getByRole('link').first().click()
    await hr.getByRole('heading', { name: 'Matriks predikat' }).waitFor()
    periodUrl = hr.url()
    const cell = () => matrixCell(hr, 'Sesuai Ekspektasi', 'Di Atas Ekspektasi')
    check((await cell().inputValue()) === 'BAIK', `the cell starts as ${await cell().inputValue()}`)
    await cell().selectOption('SANGAT_BAIK')
    await hr.getByRole('button', { name: 'Simpan matriks' }).click()
    await toast(hr, 'Matriks predikat disimpan.')
    await hr.reload()
    await cell().waitFor()
    check((await cell().inputValue()) === 'SANGAT_BAIK', 'the edited cell was not kept')
    await hr.getByText('Berbeda dari matriks PermenPANRB 6/2022.').waitFor()
    await run.axe(hr, 'period page')
    await run.shot(hr, 'matrix-edited')
    await hr.getByRole('button', { name: 'Kembalikan ke bawaan' }).click()
    await hr.getByRole('button', { name: 'Simpan matriks' }).click()
    await toast(hr, 'Matriks predikat disimpan.')
    await hr.reload()
    await cell().waitFor()
    check((await cell().inputValue()) === 'BAIK', 'the reset was not kept')
    await hr.getByText('Sesuai matriks PermenPANRB 6/2022.').waitFor()
  })

  await run.step('a phase move asks first and says what it means (cancelled: nothing moves)', async () => {
    const move = hr.getByRole('button', { name: /^Lanjut ke tahap/ })
    if ((await move.count()) === 0) return 'no next phase'
    await move.click()
    const dialog = hr.getByRole('alertdialog')
    await dialog.waitFor()
    const text = (await dialog.innerText()).replace(/\s+/g, ' ')
    await run.axe(hr, 'phase dialog')
    await run.shot(hr, 'phase-dialog')
    await dialog.getByRole('button', { name: 'Batal' }).click()
    await dialog.waitFor({ state: 'detached' })
    return text.slice(0, 160)
  })

  await run.step('the period page reads in English too, numbers and dates in its locale', async () => {
    await hr.getByLabel('Bahasa').selectOption('en')
    await hr.getByRole('heading', { name: 'Predikat matrix' }).waitFor()
    await hr.getByRole('button', { name: 'Reset to the regulation' }).waitFor()
    await hr.getByText(/1 January \d{4} – 31 December \d{4}/).waitFor()
    await run.axe(hr, 'period page (English)')
    await run.shot(hr, 'period-en')
    await hr.getByLabel(/Language|Bahasa/).selectOption('id')
    await hr.getByRole('heading', { name: 'Matriks predikat' }).waitFor()
  })

  await run.step('the old /employees address leads to the register', async () => {
    await hr.goto(`${base}/employees`)
    await hr.waitForURL((url) => url.pathname === '/admin/pegawai')
    await hr.getByRole('heading', { level: 1, name: 'Pegawai' }).waitFor()
  })

  await run.step('every page fits a 360 px phone without sideways scrolling', async () => {
    await signIn(phone, base, logins.hrAdmin)
    const pages = [
      ['/admin/pegawai', 'Pegawai'],
      ['/admin/pegawai/baru', 'Tambah pegawai'],
      [new URL(employeeUrl).pathname, employee.name],
      [new URL(employeeUrl).pathname + '/ubah', 'Ubah data pegawai'],
      ['/admin/unit', 'Unit kerja'],
      [new URL(unitUrl).pathname, unit.name],
      ['/admin/periode', 'Periode penilaian'],
      [new URL(periodUrl).pathname, null],
    ]
    for (const [path, heading] of pages) {
      await phone.goto(`${base}${path}`)
      if (heading) await phone.getByRole('heading', { level: 1, name: heading }).waitFor()
      else await phone.getByRole('heading', { name: 'Matriks predikat' }).waitFor()
      await phone
        .locator('.loading-state')
        .first()
        .waitFor({ state: 'detached', timeout: 15_000 })
        .catch(() => {})
      await noHorizontalScroll(phone, `${path} at 360 px`)
      await run.axe(phone, `${path} at 360 px`)
      await run.shot(phone, `phone-${path.split('/').filter(Boolean).slice(1).join('-') || 'admin'}`)
    }
    return `${pages.length} pages`
  })

  await run.step('a staff member has no Administrasi and is told /admin/pegawai is not allowed', async () => {
    await signIn(staff, base, logins.staff)
    const main = staff.getByRole('navigation', { name: 'Navigasi utama' })
    await main.getByRole('link', { name: 'Beranda' }).waitFor({ state: 'attached' })
    check((await main.getByRole('link', { name: 'Administrasi' }).count()) === 0, 'staff sees Administrasi')
    await staff.goto(`${base}/admin/pegawai`)
    await staff.getByText('Anda tidak diizinkan membuka halaman ini.').waitFor()
    check((await staff.getByRole('table').count()) === 0, 'staff sees a table')
    await run.axe(staff, 'not allowed')
    await run.shot(staff, 'staff-not-allowed')
  })

  await run.step('no console errors in any context', async () => {
    // 401s before signing in are expected; the taken NIP's refusal is the server's answer to check.
    const unexpected = run.consoleErrors.filter((e) => !/status of 401/.test(e.text))
    check(unexpected.length === 0, unexpected.map((e) => `[${e.where}] ${e.text} (${e.url})`).join(' | '))
  })
}

try {
  await main()
} catch (error) {
  console.log(`FAIL  unexpected error: ${error?.stack ?? error}`)
  run.results.push({ name: 'unexpected', ok: false })
}
process.exit(await run.finish())
