// The whole yearly cycle through the UI only, across four browser contexts:
// a staff member without an SKP drafts one whose result supports the
// supervisor's, the supervisor returns it with a note, the staff member
// fixes and resubmits it, the supervisor agrees; the staff member records
// progress with evidence (on a 360 px phone); the supervisor appraises and
// releases; the staff member objects (keyboard only); the supervisor
// explains the appraisal; the supervisor's superior revises; the staff
// member sees the final result, in English too.
// axe-core checks every page visited; no console errors are allowed.
//
//   npm run e2e:cycle          (KINERJA_BIN, CHROMIUM override the paths)

import { check, headingFocused, logins, nav, noHorizontalScroll, Run, signIn, tabTo, toast } from './harness.mjs'

const run = new Run('cycle')
const target = {
  title: 'Tersusunnya laporan evaluasi kinerja bulanan',
  fixed: 'Tersusunnya laporan evaluasi kinerja bulanan unit',
  indicator: 'Laporan evaluasi yang disampaikan',
}
const returnNote = 'Mohon tambahkan kata "unit" pada RHK agar jelas ruang lingkupnya.'
const objectionReason = 'Saya menyelesaikan semua laporan lebih cepat dari jadwal; mohon hasil kerja dinilai di atas ekspektasi.'
const explanation = 'Laporan bulan Maret dan Juni terlambat; hasil kerja sesuai ekspektasi, belum di atasnya.'
const decisionNote = 'Setelah mendengar penjelasan penilai dan pegawai, hasil kerja dinilai di atas ekspektasi.'

let base
let staff
let phone
let supervisor
let head
let parentTitle
let appraisalUrl

async function main() {
  await run.step('start kinerja serve --demo and wait until the demo is loaded', async () => {
    base = await run.start()
    staff = await run.newPage('staff')
    phone = await run.newPage('staff-phone', { width: 360, height: 760 })
    supervisor = await run.newPage('supervisor')
    head = await run.newPage('superior')
    return base
  })

  await run.step('the staff member signs in and sees the home page', async () => {
    await signIn(staff, base, logins.fresh)
    await staff.getByRole('heading', { name: 'Tugas saya' }).waitFor()
    await staff.getByRole('heading', { name: 'Kinerja saya' }).waitFor()
    check((await staff.getAttribute('html', 'lang')) === 'id', 'html lang is not id')
    await run.axe(staff, 'home (staff)')
    await run.shot(staff, 'staff-home')
  })

  await run.step('the staff member creates the SKP and is told what a result needs', async () => {
    await nav(staff, 'SKP saya')
    await headingFocused(staff, 'SKP saya')
    await staff.getByRole('button', { name: 'Buat SKP' }).click()
    await toast(staff, 'SKP dibuat')
    await staff.getByRole('button', { name: 'Tambah RHK' }).first().click()
    // An empty form is refused in the browser with the rule the server has.
    await staff.locator('form.target-form').getByRole('button', { name: 'Tambah RHK' }).click()
    await staff.getByText('Wajib diisi.').first().waitFor()
    await run.axe(staff, 'SKP editor')
    await run.shot(staff, 'staff-plan-validation')
  })

  await run.step("the staff member adds a result that supports the supervisor's and submits", async () => {
    const form = staff.locator('form.target-form')
    await form.getByRole('textbox', { name: /Rencana hasil kerja/ }).fill(target.title)
    const parent = form.getByRole('combobox', { name: /RHK atasan yang diintervensi/ })
    await parent.click()
    const option = staff.getByRole('listbox').getByRole('option').first()
    await option.waitFor()
    parentTitle = (await option.locator('.listbox-label').innerText()).trim()
    // Searching narrows the list to what was typed.
    await parent.fill(parentTitle.slice(0, 12))
    await staff
      .getByRole('option', { name: new RegExp(escape(parentTitle.slice(0, 12))) })
      .first()
      .click()
    await form.getByRole('textbox', { name: /Uraian indikator/ }).fill(target.indicator)
    await form.getByRole('textbox', { name: /^Target/ }).fill('12')
    await form.getByRole('textbox', { name: /Satuan/ }).fill('laporan')
    await form.getByRole('button', { name: 'Tambah RHK' }).click()
    await toast(staff, 'RHK ditambahkan')
    await staff.getByRole('heading', { name: new RegExp(escape(target.title)) }).waitFor()
    await staff.getByText(parentTitle, { exact: false }).first().waitFor()
    await run.shot(staff, 'staff-plan-draft')
    await staff.getByRole('button', { name: 'Ajukan ke atasan' }).click()
    const dialog = staff.getByRole('alertdialog', { name: 'Ajukan SKP?' })
    await dialog.waitFor()
    await run.axe(staff, 'submit confirmation')
    await dialog.getByRole('button', { name: 'Ya, ajukan' }).click()
    await toast(staff, 'SKP diajukan')
    await staff.locator('.status-badge', { hasText: 'Diajukan' }).first().waitFor()
    await run.shot(staff, 'staff-plan-submitted')
    return `supports “${parentTitle}”`
  })

  await run.step('the supervisor finds the SKP in the inbox and returns it with a note', async () => {
    await signIn(supervisor, base, logins.supervisor)
    // The bell says there is something new.
    await supervisor.getByRole('button', { name: /^Pemberitahuan, \d+ belum dibaca$/ }).waitFor()
    const link = supervisor.getByRole('link', { name: /Tinjau SKP Nurul Aini/ })
    await link.waitFor()
    await run.axe(supervisor, 'home (supervisor)')
    await run.shot(supervisor, 'supervisor-inbox')
    await link.click()
    await headingFocused(supervisor, 'SKP bawahan')
    await supervisor.getByRole('heading', { name: new RegExp(escape(target.title)) }).waitFor()
    await run.axe(supervisor, 'team plan review')
    await supervisor.getByRole('button', { name: 'Kembalikan' }).click()
    const dialog = supervisor.getByRole('dialog', { name: 'Kembalikan SKP' })
    await dialog.waitFor()
    // A return without a note is refused, as the server would.
    await dialog.getByRole('button', { name: 'Kembalikan' }).click()
    await dialog.getByText('Tulis catatan perbaikan untuk pegawai.').waitFor()
    await dialog.getByRole('textbox', { name: /Apa yang perlu diperbaiki/ }).fill(returnNote)
    await run.shot(supervisor, 'supervisor-return')
    await dialog.getByRole('button', { name: 'Kembalikan' }).click()
    await toast(supervisor, 'dikembalikan')
    await supervisor.locator('.status-badge', { hasText: 'Dikembalikan' }).first().waitFor()
  })

  await run.step('the staff member reads the note, fixes the result and submits again', async () => {
    await staff.reload()
    await staff.getByText(returnNote).waitFor()
    await run.axe(staff, 'returned SKP')
    await run.shot(staff, 'staff-plan-returned')
    await staff.getByRole('button', { name: 'Ubah RHK 1' }).click()
    const form = staff.locator('form.target-form')
    await form.getByRole('textbox', { name: /Rencana hasil kerja/ }).fill(target.fixed)
    await form.getByRole('button', { name: 'Simpan RHK' }).click()
    await toast(staff, 'RHK disimpan')
    await staff.getByRole('heading', { name: new RegExp(escape(target.fixed)) }).waitFor()
    await staff.getByRole('button', { name: 'Ajukan kembali' }).click()
    await staff.getByRole('alertdialog').getByRole('button', { name: 'Ya, ajukan' }).click()
    await toast(staff, 'SKP diajukan')
  })

  await run.step('the supervisor agrees the SKP from the team list', async () => {
    await nav(supervisor, 'Tim saya')
    await headingFocused(supervisor, 'Tim saya')
    await supervisor.getByRole('table', { name: /Bawahan langsung/ }).waitFor()
    await run.axe(supervisor, 'team list')
    await supervisor.getByLabel('Keadaan').selectOption({ label: 'Perlu tindakan saya' })
    await supervisor.waitForURL((url) => url.searchParams.get('state') === 'todo')
    const row = supervisor.getByRole('row', { name: /Nurul Aini/ })
    await row.waitFor()
    await run.shot(supervisor, 'supervisor-team-todo')
    await row.getByRole('link', { name: 'Tinjau SKP' }).click()
    await supervisor.getByRole('heading', { name: new RegExp(escape(target.fixed)) }).waitFor()
    await supervisor.getByRole('button', { name: 'Setujui SKP' }).click()
    const dialog = supervisor.getByRole('dialog', { name: 'Setujui SKP' })
    await dialog.getByRole('textbox', { name: /Catatan/ }).fill('Sudah jelas. Selamat bekerja.')
    await dialog.getByRole('button', { name: 'Setujui' }).click()
    await toast(supervisor, 'disetujui')
    await supervisor.locator('.status-badge', { hasText: 'Disetujui' }).first().waitFor()
    await run.shot(supervisor, 'supervisor-agreed')
  })

  await run.step('on a 360 px phone the staff member records progress with evidence', async () => {
    await signIn(phone, base, logins.fresh)
    await noHorizontalScroll(phone, 'home at 360 px')
    await nav(phone, 'SKP saya')
    await phone.getByText(/Disetujui oleh Muhammad Rizal Syam/).waitFor()
    await noHorizontalScroll(phone, 'SKP at 360 px')
    await run.axe(phone, 'agreed SKP (phone)')
    await run.shot(phone, 'phone-plan-agreed')
    await nav(phone, 'Realisasi')
    await headingFocused(phone, 'Realisasi')
    await phone.getByRole('button', { name: `Catat realisasi: ${target.indicator}` }).click()
    const form = phone.getByRole('form', { name: `Catat realisasi: ${target.indicator}` })
    await form.getByRole('textbox', { name: /Realisasi \(laporan\)/ }).fill('11')
    await form.getByRole('textbox', { name: /Bukti dukung/ }).fill('https://arsip.example.go.id/evaluasi/2026/tw4.pdf')
    await noHorizontalScroll(phone, 'progress form at 360 px')
    await run.axe(phone, 'progress form (phone)')
    await run.shot(phone, 'phone-realisation-form')
    await form.getByRole('button', { name: 'Simpan realisasi' }).click()
    await toast(phone, 'disimpan')
    await phone.getByRole('link', { name: 'https://arsip.example.go.id/evaluasi/2026/tw4.pdf' }).waitFor()
    await phone
      .getByText(/11 laporan/)
      .first()
      .waitFor()
    await noHorizontalScroll(phone, 'progress records at 360 px')
    await run.shot(phone, 'phone-realisation-recorded')
  })

  await run.step('the supervisor starts a quarterly appraisal and sees the predikat change live', async () => {
    await supervisor.reload()
    await supervisor.getByRole('tab', { name: /Penilaian/ }).click()
    await supervisor.getByRole('button', { name: 'Mulai penilaian' }).click()
    const dialog = supervisor.getByRole('dialog', { name: /Mulai penilaian/ })
    await dialog.getByRole('button', { name: 'Mulai' }).click()
    await supervisor.waitForURL((url) => /^\/tim\/penilaian\//.test(url.pathname))
    await supervisor.getByRole('form', { name: 'Formulir penilaian' }).waitFor()
    await run.axe(supervisor, 'appraisal form')
    const ratingOf = (name) => supervisor.getByRole('radiogroup', { name })
    await ratingOf(new RegExp(`Rating: ${escape(target.fixed)}`))
      .getByText('Sesuai Ekspektasi')
      .click()
    for (const group of await supervisor.locator('.rate-item [role="radiogroup"]').all()) {
      const chosen = await group.locator('[data-selected]').count()
      if (chosen === 0) await group.getByText('Sesuai Ekspektasi').click()
    }
    await ratingOf('Rating hasil kerja').getByText('Sesuai Ekspektasi').click()
    await ratingOf('Rating perilaku kerja').getByText('Sesuai Ekspektasi').click()
    const live = supervisor.getByTestId('live-predikat')
    await live.getByText('Baik', { exact: true }).waitFor()
    await ratingOf('Rating hasil kerja').getByText('Di Bawah Ekspektasi').click()
    await live.getByText('Butuh Perbaikan').waitFor()
    await ratingOf('Rating hasil kerja').getByText('Sesuai Ekspektasi').click()
    await live.getByText('Baik', { exact: true }).waitFor()
    // The server's preview: the advisory score and the suggested ratings, without saving.
    const preview = supervisor.getByRole('complementary', { name: 'Hasil sementara' })
    await preview.getByText('Nilai angka (saran)').waitFor()
    await preview
      .locator('dd', { hasText: /Ekspektasi/ })
      .first()
      .waitFor()
    await supervisor.getByRole('textbox', { name: 'Catatan dan rekomendasi' }).fill('Pertahankan ketepatan waktu laporan.')
    await run.shot(supervisor, 'supervisor-appraisal-form')
    await supervisor.getByRole('button', { name: 'Simpan draf' }).click()
    await toast(supervisor, 'Draf penilaian disimpan')
  })

  await run.step('the supervisor releases the appraisal after confirming', async () => {
    await supervisor.getByRole('button', { name: 'Rilis ke pegawai' }).click()
    const dialog = supervisor.getByRole('alertdialog', { name: 'Rilis penilaian?' })
    await dialog.getByRole('button', { name: 'Ya, rilis' }).click()
    await toast(supervisor, 'Penilaian dirilis')
    await supervisor.locator('.status-badge', { hasText: 'Dirilis' }).first().waitFor()
    appraisalUrl = new URL(supervisor.url()).pathname.replace('/tim/penilaian/', '/penilaian/')
    await run.axe(supervisor, 'released appraisal (appraiser)')
    await run.shot(supervisor, 'supervisor-released')
  })

  await run.step('keyboard only: the staff member opens the appraisal from the inbox and objects', async () => {
    await staff.goto(`${base}/`)
    await staff.getByRole('link', { name: /Terima atau ajukan keberatan/ }).waitFor()
    await staff.locator('body').focus()
    await tabTo(staff, /Terima atau ajukan keberatan/)
    await staff.keyboard.press('Enter')
    await staff.waitForURL((url) => url.pathname === appraisalUrl)
    await headingFocused(staff, 'Penilaian')
    await staff.getByText(/Batas keberatan/).waitFor()
    await run.axe(staff, 'released appraisal (employee)')
    await run.shot(staff, 'staff-appraisal-released')
    await tabTo(staff, /^Ajukan keberatan$/)
    await staff.keyboard.press('Enter')
    const dialog = staff.getByRole('dialog', { name: 'Ajukan keberatan' })
    await dialog.waitFor()
    // The focus moved into the dialog.
    await staff.waitForFunction(() => document.activeElement?.closest('[role="dialog"]') !== null)
    await tabTo(staff, /Alasan keberatan/)
    await staff.keyboard.type(objectionReason)
    await run.axe(staff, 'objection dialog')
    await tabTo(staff, /Kirim keberatan/)
    await staff.keyboard.press('Enter')
    await toast(staff, 'Keberatan diajukan')
    await dialog.waitFor({ state: 'detached' })
    // The focus came back out of the dialog onto the page, not <body>.
    await staff.waitForFunction(() => document.activeElement && document.activeElement !== document.body)
    await staff.locator('.status-badge', { hasText: 'Menunggu penjelasan penilai' }).first().waitFor()
    await run.shot(staff, 'staff-objected')
  })

  await run.step('the supervisor explains the appraisal from the inbox', async () => {
    await supervisor.goto(`${base}/`)
    const link = supervisor.getByRole('link', { name: /Jelaskan keberatan Nurul Aini/ })
    await link.waitFor()
    await link.click()
    await headingFocused(supervisor, 'Jelaskan penilaian')
    await supervisor.getByText(objectionReason).waitFor()
    await supervisor.getByRole('textbox', { name: /Penjelasan/ }).fill(explanation)
    await supervisor.getByRole('button', { name: 'Kirim penjelasan' }).click()
    await toast(supervisor, 'Penjelasan dikirim')
    // The form gives way to the explanation, as everyone reading the objection sees it.
    await supervisor.locator('blockquote', { hasText: explanation }).waitFor()
    // The heading and the current stage follow the objection: it now waits for the decision.
    await supervisor.getByRole('heading', { level: 1, name: 'Keberatan menunggu keputusan' }).waitFor()
    await supervisor.getByRole('list', { name: 'Tahap keberatan' }).locator('[aria-current="step"]', { hasText: 'Keputusan atasan pejabat penilai' }).waitFor()
    await run.axe(supervisor, 'objection explanation')
    await run.shot(supervisor, 'supervisor-explained')
  })

  await run.step("the supervisor's superior revises the appraisal", async () => {
    await signIn(head, base, logins.head)
    const link = head.getByRole('link', { name: /Putuskan keberatan Nurul Aini/ })
    await link.waitFor()
    await run.axe(head, 'home (superior)')
    await link.click()
    await headingFocused(head, 'Putuskan keberatan')
    await head.getByText(objectionReason).waitFor()
    await head.getByText(explanation).waitFor()
    await run.axe(head, 'objection decision')
    await head.getByRole('radiogroup', { name: 'Keputusan' }).getByText('Ubah penilaian').click()
    await head.getByRole('radiogroup', { name: 'Rating hasil kerja' }).getByText('Di Atas Ekspektasi').click()
    await head.getByRole('radiogroup', { name: 'Rating perilaku kerja' }).getByText('Di Atas Ekspektasi').click()
    await head.locator('output').getByText('Sangat Baik').waitFor()
    await head.getByRole('textbox', { name: /Pertimbangan keputusan/ }).fill(decisionNote)
    await run.shot(head, 'superior-decision')
    await head.getByRole('button', { name: 'Putuskan' }).click()
    await head.getByRole('alertdialog', { name: 'Putuskan keberatan ini?' }).getByRole('button', { name: 'Ya, putuskan' }).click()
    await toast(head, 'Keberatan diputus')
    await head.locator('.status-badge', { hasText: 'Penilaian diubah' }).first().waitFor()
    await head.getByRole('heading', { level: 1, name: 'Keberatan telah diputus' }).waitFor()
    await run.shot(head, 'superior-decided')
  })

  await run.step('the staff member is notified and sees the final, revised result', async () => {
    await staff.goto(`${base}/`)
    const bell = staff.getByRole('button', { name: /^Pemberitahuan, \d+ belum dibaca$/ })
    await bell.click()
    const panel = staff.getByRole('dialog', { name: 'Pemberitahuan' })
    const decided = panel.getByRole('link', { name: /Keberatan Anda atas penilaian .* telah diputus/ })
    await decided.waitFor()
    await run.axe(staff, 'notifications')
    await run.shot(staff, 'staff-notifications')
    await decided.click()
    await staff.waitForURL((url) => url.pathname === appraisalUrl)
    // Opening the list marked them read.
    await staff.getByRole('button', { name: 'Pemberitahuan', exact: true }).waitFor()
    await staff.locator('.status-badge', { hasText: 'Final' }).first().waitFor()
    await staff.locator('.status-badge', { hasText: 'Penilaian diubah' }).first().waitFor()
    await staff.getByText(decisionNote).waitFor()
    const change = staff.locator('.decision')
    await change.getByText('Baik', { exact: true }).waitFor()
    await change.getByText('Sangat Baik').waitFor()
    await run.axe(staff, 'final appraisal')
    await run.shot(staff, 'staff-final')
    // The documents menu, by keyboard: the printable evaluation document of this appraisal.
    await staff.getByRole('button', { name: /Dokumen/ }).focus()
    await staff.keyboard.press('Enter')
    const item = staff.getByRole('menuitem', { name: /Dokumen evaluasi kinerja/ })
    await item.waitFor()
    check((await item.getAttribute('href')) === appraisalUrl.replace('/penilaian/', '/print/appraisals/'), 'no link to the printable document')
    await staff.keyboard.press('Escape')
    await item.waitFor({ state: 'detached' })
  })

  await run.step('on the phone the appraisals read as lists, without sideways scrolling', async () => {
    await nav(phone, 'Penilaian saya')
    await phone.getByRole('table', { name: 'Penilaian yang sudah dirilis kepada Anda' }).waitFor()
    await noHorizontalScroll(phone, 'my appraisals at 360 px')
    await run.axe(phone, 'my appraisals (phone)')
    await run.shot(phone, 'phone-appraisals')
    await phone.goto(`${base}${appraisalUrl}`)
    await phone.locator('.status-badge', { hasText: 'Penilaian diubah' }).first().waitFor()
    await noHorizontalScroll(phone, 'the final appraisal at 360 px')
    await run.shot(phone, 'phone-appraisal-final')
  })

  await run.step('the staff member switches to English, which is remembered', async () => {
    await staff.getByLabel('Bahasa').selectOption('en')
    await staff.getByRole('heading', { level: 1, name: 'Appraisal' }).waitFor()
    check((await staff.getAttribute('html', 'lang')) === 'en', 'html lang is not en')
    await staff.locator('.status-badge', { hasText: 'Appraisal revised' }).first().waitFor()
    await staff.reload()
    await staff.getByRole('heading', { level: 1, name: 'Appraisal' }).waitFor()
    await staff.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'My appraisals' }).click()
    await staff.getByRole('table', { name: 'Appraisals released to you' }).waitFor()
    await run.axe(staff, 'my appraisals (English)')
    await run.shot(staff, 'staff-english')
  })

  await run.step('the superior changes the password, is signed out, and signs in with the new one', async () => {
    await nav(head, 'Akun')
    await headingFocused(head, 'Akun')
    await head.getByLabel(/Kata sandi saat ini/).fill('kinerja2026')
    await head.getByLabel(/^Kata sandi baru/).fill('pendek')
    await head.getByLabel(/Ulangi kata sandi baru/).fill('pendek')
    await head.getByRole('button', { name: 'Ganti kata sandi' }).click()
    await head.getByText('Kata sandi minimal 8 karakter.').waitFor()
    await run.axe(head, 'account')
    const next = 'kinerja-baru-2027'
    await head.getByLabel(/^Kata sandi baru/).fill(next)
    await head.getByLabel(/Ulangi kata sandi baru/).fill(next)
    await head.getByRole('button', { name: 'Ganti kata sandi' }).click()
    await head.waitForURL((url) => url.pathname === '/login')
    await head.getByText('Kata sandi sudah diganti').waitFor()
    await run.shot(head, 'superior-password-changed')
    await head.getByLabel('NIP').fill(logins.head)
    await head.getByLabel('Kata sandi').fill(next)
    await head.getByRole('button', { name: 'Masuk' }).click()
    // After a new password the way back is the home page, not the password form.
    await head.waitForURL((url) => url.pathname === '/')
    await head.getByRole('heading', { level: 1, name: /Selamat datang/ }).waitFor()
  })

  await run.step('no console errors in any context', async () => {
    // 401s before signing in are expected (Chromium logs each as a failed resource).
    const unexpected = run.consoleErrors.filter((e) => !/status of 401/.test(e.text))
    check(unexpected.length === 0, unexpected.map((e) => `[${e.where}] ${e.text} (${e.url})`).join(' | '))
  })
}

function escape(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

try {
  await main()
} catch (error) {
  console.log(`FAIL  unexpected error: ${error?.stack ?? error}`)
  run.results.push({ name: 'unexpected', ok: false })
}
process.exit(await run.finish())
