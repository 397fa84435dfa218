// The HR tools in the real binary with the demo: an employees CSV with two
// bad rows is reported line by line and writes nothing, a good one imports;
// a READ API token is created in the page, used from here with
// "Authorization: Bearer", revoked in the page and then refused; a period's
// XLSX is downloaded and read back; a print page opens; the audit trail shows
// the import and the token. axe-core checks every page; at 360 px nothing
// scrolls sideways. Screenshots go to e2e/artifacts/tools/.
//
//   KINERJA_BIN=/path/to/kinerja node e2e/tools.mjs

import { join } from 'node:path'
import { readSheet } from 'read-excel-file/node'
import { check, headingFocused, logins, noHorizontalScroll, Run, signIn, toast } from './harness.mjs'

const run = new Run('tools')
const header = 'nip,name,type,rank,position,position_kind,unit_code,supervisor_nip,email'
const goodNip = '198609262015052001'

let base
let hr
let phone
let staff

/** gql runs a query from the page with its session, as the app does. */
async function gql(page, query, variables = {}) {
  const r = await page.evaluate(
    async ([q, v]) => {
      const res = await fetch('/graphql', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ query: q, variables: v }),
      })
      return res.json()
    },
    [query, variables],
  )
  check(!r.errors, `GraphQL errors: ${JSON.stringify(r.errors)}`)
  return r.data
}

const employeeCount = async (page) => (await gql(page, '{ employees(first: 1) { totalCount } }')).employees.totalCount

/** bearer asks for scoreSummary with an API token, from Node (no cookie). */
async function bearer(token, periodID) {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: 'query($p: ID!) { scoreSummary(periodID: $p, groupBy: UNIT) { key label count } }', variables: { p: periodID } }),
  })
  return { status: res.status, body: await res.json().catch(() => null) }
}

async function upload(page, name, text) {
  await page.getByLabel('Berkas CSV').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') })
}

let unitCode
let periodID
let exported = 0
let secret

async function main() {
  await run.step('start kinerja serve --demo and wait until the demo is loaded', async () => {
    base = await run.start()
    hr = await run.newPage('hr')
    phone = await run.newPage('hr-phone', { width: 360, height: 760 })
    staff = await run.newPage('staff')
    await hr.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base })
    return base
  })

  await run.step('the HR admin opens the import page from the section navigation', async () => {
    await signIn(hr, base, logins.hrAdmin)
    await hr.goto(`${base}/admin/pegawai`)
    await hr.getByRole('navigation', { name: 'Bagian administrasi' }).getByRole('link', { name: 'Impor' }).click()
    await headingFocused(hr, 'Impor')
    await hr.getByRole('link', { name: 'Unduh templat CSV' }).waitFor()
    unitCode = (await gql(hr, '{ orgUnits(first: 1, orderBy: [{ field: CODE, direction: ASC }]) { edges { node { code } } } }')).orgUnits.edges[0].node.code
    await run.axe(hr, 'import')
    return `unit ${unitCode}`
  })

  await run.step('a CSV with two bad rows is reported by line and writes nothing', async () => {
    const before = await employeeCount(hr)
    const bad =
      `${header}\n` +
      `${goodNip},Nurul Import,PNS,III/b,Analis SDM,FUNGSIONAL,${unitCode},,\n` +
      `198613262015052002,Salah Tanggal,PNS,III/b,Analis,FUNGSIONAL,${unitCode},,\n` +
      `198609262015052003,Unit Asing,PNS,III/b,Analis,FUNGSIONAL,NOPE,,\n`
    await upload(hr, 'pegawai-salah.csv', bad)
    const table = hr.getByRole('table', { name: 'Baris yang salah' })
    await table.waitFor()
    const lines = await table.locator('tbody th[scope="row"]').allInnerTexts()
    check(JSON.stringify(lines) === '["3","4"]', `lines ${JSON.stringify(lines)}, want 3 and 4`)
    const fields = await table.locator('tbody td:nth-of-type(1) .cell-value').allInnerTexts()
    check(fields[0] === 'nip' && fields[1] === 'unit_code', `fields ${JSON.stringify(fields)}`)
    await hr.getByText('2 baris salah: tidak ada yang disimpan.').waitFor()
    check((await hr.getByRole('button', { name: 'Impor', exact: true }).count()) === 0, 'an Import button after a bad dry run')
    const after = await employeeCount(hr)
    check(after === before, `employees ${before} → ${after} after a bad file`)
    await run.axe(hr, 'import report')
    await run.shot(hr, 'import-problems')
    return `${before} employees, unchanged`
  })

  await run.step('a good CSV is checked, then imported, and the row exists', async () => {
    const before = await employeeCount(hr)
    await hr.getByRole('button', { name: 'Unggah berkas lain' }).click()
    await upload(hr, 'pegawai.csv', `${header}\n${goodNip},Nurul Import,PNS,III/b,Analis SDM,FUNGSIONAL,${unitCode},,nurul.import@example.go.id\n`)
    await hr.getByText('Berkas benar. Belum ada yang disimpan.').waitFor()
    check((await employeeCount(hr)) === before, 'the dry run wrote')
    await hr.getByRole('button', { name: 'Impor', exact: true }).click()
    await hr.getByText('Impor selesai.').waitFor()
    await toast(hr, '1 baris diimpor')
    const result = await hr.locator('.import-counts').innerText()
    check(/Dibuat\s*1/.test(result), `result ${JSON.stringify(result)}`)
    const after = await employeeCount(hr)
    check(after === before + 1, `employees ${before} → ${after}, want +1`)
    const found = await gql(hr, 'query($n: String!) { employees(first: 1, where: { nip: $n }) { edges { node { name unit { code } } } } }', { n: goodNip })
    check(found.employees.edges[0]?.node.name === 'Nurul Import', `imported row: ${JSON.stringify(found)}`)
    await run.axe(hr, 'import result')
    await run.shot(hr, 'import-done')
    return `${before} → ${after}`
  })

  await run.step('a READ token is created; its secret is shown once, copied, and reads scoreSummary', async () => {
    await hr.goto(`${base}/admin/token`)
    await hr.getByRole('heading', { level: 1, name: 'Token API' }).waitFor()
    await hr.getByRole('button', { name: 'Buat token' }).click()
    const dialog = hr.getByRole('dialog', { name: 'Buat token API' })
    await dialog.getByRole('textbox', { name: /Nama/ }).fill('Dasbor BI e2e')
    await run.axe(hr, 'token dialog')
    await dialog.getByRole('button', { name: 'Buat token' }).click()
    const field = dialog.getByRole('textbox', { name: 'Token' })
    await field.waitFor()
    secret = await field.inputValue()
    check(secret.startsWith('knj_'), `secret ${secret.slice(0, 6)}…`)
    await dialog.getByText('Token ini tidak akan ditampilkan lagi.').waitFor()
    await dialog.getByRole('button', { name: 'Salin' }).click()
    await dialog.getByText('Token disalin.').waitFor()
    const copied = await hr.evaluate(() => navigator.clipboard.readText())
    check(copied === secret, 'the clipboard does not hold the secret')
    await run.shot(hr, 'token-secret')
    await dialog.getByRole('button', { name: 'Selesai' }).click()
    await dialog.waitFor({ state: 'detached' })
    check((await hr.getByText(secret).count()) === 0, 'the secret is still on the page')
    const row = hr.getByRole('row').filter({ hasText: 'Dasbor BI e2e' })
    await row.waitFor()
    check((await row.innerText()).includes('Belum pernah'), 'a new token says it was used')

    const periods = (await gql(hr, '{ periods(first: 20, orderBy: [{ field: YEAR, direction: DESC }]) { edges { node { id year } } } }')).periods.edges.map(
      (e) => e.node,
    )
    for (const p of periods) {
      const n = (
        await gql(
          hr,
          'query($p: ID!) { appraisals(first: 1, where: { kind: ANNUAL, statusIn: [SUBMITTED, OBJECTED, FINAL], hasPlanWith: [{ hasPeriodWith: [{ id: $p }] }] }) { totalCount } }',
          { p: p.id },
        )
      ).appraisals.totalCount
      if (n > 0) {
        periodID = p.id
        exported = n
        break
      }
    }
    check(periodID, 'no period has released annual appraisals')
    const r = await bearer(secret, periodID)
    check(r.status === 200 && Array.isArray(r.body?.data?.scoreSummary), `bearer read: ${r.status} ${JSON.stringify(r.body).slice(0, 200)}`)
    await hr.reload()
    await hr.getByRole('row').filter({ hasText: 'Dasbor BI e2e' }).waitFor()
    const used = await hr.getByRole('row').filter({ hasText: 'Dasbor BI e2e' }).innerText()
    check(!used.includes('Belum pernah'), 'last use not shown after the token read')
    await run.axe(hr, 'tokens')
    return `${r.body.data.scoreSummary.length} groups for period ${periodID}`
  })

  await run.step('revoking the token in the page makes the same request 401', async () => {
    const row = hr.getByRole('row').filter({ hasText: 'Dasbor BI e2e' })
    await row.getByRole('button', { name: 'Cabut' }).click()
    const confirm = hr.getByRole('alertdialog', { name: 'Cabut token Dasbor BI e2e?' })
    await run.axe(hr, 'revoke confirmation')
    await confirm.getByRole('button', { name: 'Cabut token' }).click()
    await toast(hr, 'Token Dasbor BI e2e dicabut')
    await row
      .locator('.status-badge')
      .filter({ hasText: /^Dicabut/ })
      .waitFor()
    const r = await bearer(secret, periodID)
    check(r.status === 401, `after revoking: ${r.status}, want 401`)
    await run.shot(hr, 'token-revoked')
    return `401 ${r.body?.errors?.[0]?.extensions?.code ?? ''}`
  })

  await run.step("the period's XLSX downloads with a header and as many rows as GraphQL counts", async () => {
    await hr.goto(`${base}/admin/ekspor?periode=${periodID}`)
    await hr.getByRole('heading', { level: 1, name: 'Ekspor dan cetak' }).waitFor()
    await hr.locator('.export-count').filter({ hasText: 'akan diunduh' }).waitFor()
    const shown = Number((await hr.locator('.export-count').innerText()).replace(/[^\d]/g, ''))
    check(shown === exported, `the page counts ${shown}, GraphQL ${exported}`)
    const [download] = await Promise.all([hr.waitForEvent('download'), hr.getByRole('link', { name: 'Unduh XLSX' }).click()])
    const file = join(run.tmp, download.suggestedFilename())
    await download.saveAs(file)
    const rows = await readSheet(file)
    check(rows[0]?.[0] === 'NIP' && rows[0]?.includes('Predikat'), `header ${JSON.stringify(rows[0])}`)
    check(rows.length - 1 === exported, `${rows.length - 1} rows in the XLSX, GraphQL counts ${exported}`)
    // The code keeps its column; the words beside it are in the page's language.
    const code = rows[0].indexOf('Predikat')
    const label = rows[0].indexOf('Predikat_label')
    const words = { SANGAT_BAIK: 'Sangat Baik', BAIK: 'Baik', BUTUH_PERBAIKAN: 'Butuh Perbaikan', KURANG: 'Kurang', SANGAT_KURANG: 'Sangat Kurang' }
    const graded = rows.slice(1).filter((r) => words[r[code]])
    check(label > code && graded.length > 0, `no predikat with its words in ${JSON.stringify(rows[0])}`)
    for (const r of graded) check(r[label] === words[r[code]], `${r[code]} is labelled ${r[label]}`)
    await run.axe(hr, 'export')
    await run.shot(hr, 'export')
    return `${download.suggestedFilename()}: ${rows.length - 1} rows`
  })

  await run.step('an appraisal is found by name and its print page opens', async () => {
    const first = hr.locator('.export-print tbody th[scope="row"]').first()
    await first.waitFor()
    const name = (await first.innerText()).split('\n')[0].trim()
    const word = name.split(/[\s,.]+/).find((w) => w.length >= 4) ?? name
    await hr.getByRole('searchbox', { name: 'Cari nama atau NIP' }).fill(word)
    await hr.waitForURL((url) => url.searchParams.get('q') === word)
    const row = hr.locator('.export-print tbody tr').filter({ hasText: word }).first()
    await row.waitFor()
    const [popup] = await Promise.all([hr.waitForEvent('popup'), row.getByRole('link', { name: /Cetak/ }).click()])
    await popup.waitForLoadState()
    check(/\/print\/appraisals\/\d+$/.test(popup.url()), `print at ${popup.url()}`)
    const text = await popup.locator('body').innerText()
    check(text.includes(name.split(/[\s,]+/)[0]), `the print page does not name ${name}`)
    await popup.screenshot({ path: join(run.tmp, 'print.png') })
    await run.shot(popup, 'print')
    await popup.close()
    return `${name} (searched "${word}")`
  })

  await run.step('the audit trail shows the import and the token events, newest first, filtered in the address', async () => {
    await hr.goto(`${base}/admin/audit?action=import`)
    await hr.getByRole('heading', { level: 1, name: 'Jejak audit' }).waitFor()
    const imported = hr.locator('.audit-event').filter({ hasText: 'import.employees' }).first()
    await imported.waitFor()
    await imported.getByText('Lihat perubahan').click()
    await imported.getByRole('region').getByText('Nurul Import').waitFor()
    await run.axe(hr, 'audit (import)')
    await run.shot(hr, 'audit-import')
    await hr.goto(`${base}/admin/audit?entity=APIToken`)
    const events = hr.locator('.audit-event')
    await events.first().waitFor()
    const titles = await events.locator('.audit-title').allInnerTexts()
    check(
      titles.some((t) => /APIToken\.create/.test(t)),
      `no token creation in ${JSON.stringify(titles)}`,
    )
    const times = await events.locator('time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime')))
    const sorted = [...times].sort().reverse()
    check(JSON.stringify(times) === JSON.stringify(sorted), 'the trail is not newest first')
    await events.first().getByText('Lihat perubahan').click()
    await run.axe(hr, 'audit (tokens)')
    await run.shot(hr, 'audit-tokens')
    return titles.slice(0, 3).join(' | ')
  })

  await run.step('the training catalogue lists programmes and filters recommendations by status', async () => {
    await hr.goto(`${base}/admin/pelatihan`)
    await hr.getByRole('heading', { level: 1, name: 'Katalog pelatihan' }).waitFor()
    await hr.getByRole('heading', { level: 2, name: 'Program pelatihan' }).waitFor()
    await hr.locator('.training-section .loading-state').first().waitFor({ state: 'detached' })
    await hr.locator('.training-filters').getByRole('button').click()
    await hr.getByRole('option', { name: 'Direncanakan' }).click()
    await hr.waitForURL((url) => url.searchParams.get('status') === 'PLANNED')
    await run.axe(hr, 'training')
    await run.shot(hr, 'training')
  })

  await run.step('at 360 px every page of the tools fits the screen', async () => {
    await signIn(phone, base, logins.hrAdmin)
    for (const [path, heading] of [
      ['/admin/pelatihan', 'Katalog pelatihan'],
      ['/admin/impor', 'Impor'],
      [`/admin/ekspor?periode=${periodID}`, 'Ekspor dan cetak'],
      ['/admin/token', 'Token API'],
      ['/admin/audit', 'Jejak audit'],
    ]) {
      await phone.goto(`${base}${path}`)
      await phone.getByRole('heading', { level: 1, name: heading }).waitFor()
      await phone
        .locator('.loading-state')
        .first()
        .waitFor({ state: 'detached' })
        .catch(() => {})
      await noHorizontalScroll(phone, path)
      await run.axe(phone, `${path} at 360 px`)
      await run.shot(phone, `phone-${path.split('/')[2].split('?')[0]}`)
    }
  })

  await run.step('a staff member reaching the import page by URL is told it is not allowed', async () => {
    await signIn(staff, base, logins.staff)
    await staff.goto(`${base}/admin/impor`)
    await staff.getByRole('alert').getByText('Anda tidak diizinkan membuka halaman ini.').waitFor()
    await run.axe(staff, 'import (staff)')
  })

  await run.step('no unexpected console errors', async () => {
    const unexpected = run.consoleErrors.filter((e) => !/status of 401/.test(e.text))
    check(unexpected.length === 0, unexpected.map((e) => `${e.where}: ${e.text} (${e.url})`).join(' | '))
  })
}

try {
  await main()
} catch (error) {
  run.results.push({ name: 'unexpected error', ok: false })
  console.log(`FAIL  unexpected error: ${error?.stack ?? error}`)
}
process.exit(await run.finish())
