// The dashboards against the real binary and the demo: HR opens each one,
// its chart renders with an accessible name and its table alternative shows
// the figures the GraphQL API returns; a head of unit sees only its subtree
// and a staff member only themself; one dashboard is exported as CSV;
// axe-core checks every dashboard and each is kept as a screenshot.
//
//   KINERJA_BIN=/path/to/kinerja node e2e/dashboards.mjs

import { readFile } from 'node:fs/promises'
import { check, logins, nav, noHorizontalScroll, Run, signIn } from './harness.mjs'

const run = new Run('dashboards')
const number = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 2 })

let base
let hr
let supervisor
let staff
let phone
let periodId

/** gql asks the API from inside the page, with the page's session cookie and the JSON POST the server's CSRF rule expects. */
async function gql(page, query, variables = {}) {
  const answer = await page.evaluate(
    async ({ query, variables }) => {
      const response = await fetch('/graphql', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'Accept-Language': 'id' },
        body: JSON.stringify({ query, variables }),
      })
      return response.json()
    },
    { query, variables },
  )
  check(!answer.errors, `GraphQL errors: ${JSON.stringify(answer.errors)}`)
  return answer.data
}

/** readTable reads the visible table of a chart frame: one object per row, keyed by column header. */
async function readTable(frame) {
  const table = frame.locator('.chart-table table')
  await table.waitFor()
  return table.evaluate((t) => {
    const headers = [...t.querySelectorAll('thead th')].map((th) => th.textContent.trim())
    return [...t.querySelectorAll('tbody tr')].map((tr) => {
      const row = {}
      ;[...tr.children].forEach((cell, i) => {
        const value = cell.querySelector('.cell-value') ?? cell
        row[headers[i]] = value.textContent.trim()
      })
      return row
    })
  })
}

const fmt = (v) => (v === null || v === undefined ? '—' : number.format(v))
const sorted = (xs) => [...xs].sort()

/** openDashboard goes to a dashboard of the period and waits for its first chart (or its empty state). */
async function openDashboard(page, path, search = '') {
  await page.goto(`${base}/dasbor/${path}?periode=${encodeURIComponent(periodId)}${search}`)
  await page.locator('.chart-frame').first().waitFor()
  const frame = page.locator('.chart-frame').first()
  await frame.locator('svg[role="img"][aria-label], [role="group"][aria-label], .empty-state').first().waitFor()
  return frame
}

/** showTable switches a frame to its table. */
async function showTable(frame) {
  await frame.getByRole('button', { name: 'Tampilkan sebagai tabel' }).click()
  await frame.getByRole('button', { name: 'Tampilkan sebagai grafik' }).waitFor()
}

/** chartName is the accessible name of the frame's chart (its SVG, or the 9-box group). */
async function chartName(frame, selector = 'svg[role="img"]') {
  const chart = frame.locator(`.chart-box ${selector}`).first()
  await chart.waitFor()
  const name = await chart.getAttribute('aria-label')
  check(name && name.length > 5, `chart without an accessible name (${name})`)
  return name
}

/** The dashboards with the query that feeds their first chart and one column to compare. */
const dashboards = [
  {
    path: 'skor',
    name: 'Skor',
    query: `query($p: ID!) { scoreSummary(periodID: $p, groupBy: UNIT) { label count average } }`,
    rows: (d) => d.scoreSummary,
    column: 'Rata-rata',
    value: (r) => fmt(r.average),
  },
  {
    path: 'distribusi',
    name: 'Distribusi predikat',
    query: `query($p: ID!) { predikatDistribution(periodID: $p) { total buckets { predikat count } } }`,
    rows: (d) => (d.predikatDistribution.total ? d.predikatDistribution.buckets : []),
    column: 'Jumlah',
    value: (r) => fmt(r.count),
  },
  {
    path: 'kalibrasi',
    name: 'Kalibrasi penilai',
    query: `query($p: ID!) { appraiserCalibration(periodID: $p) { appraised mean } }`,
    rows: (d) => d.appraiserCalibration,
    column: 'Rata-rata',
    value: (r) => fmt(r.mean),
  },
  {
    path: 'kelengkapan',
    name: 'Kelengkapan',
    query: `query($p: ID!) { completion(periodID: $p) { employees plansAgreed } }`,
    rows: (d) => d.completion,
    column: 'SKP disetujui',
    value: (r) => fmt(r.plansAgreed),
  },
  {
    path: 'tren',
    name: 'Tren',
    query: `query { trend { count average } }`,
    rows: (d) => (d.trend.some((p) => p.count > 0) ? d.trend : []),
    column: 'Rata-rata',
    value: (r) => fmt(r.average),
  },
  {
    path: 'pelatihan',
    name: 'Pelatihan',
    query: `query($p: ID!) { trainingNeeds(periodID: $p) { employees } }`,
    rows: (d) => d.trainingNeeds,
    column: 'Pegawai',
    value: (r) => fmt(r.employees),
  },
  {
    path: 'promosi',
    name: 'Kenaikan pangkat',
    query: `query($p: ID!) { promotionCandidates(periodID: $p) { creditPoints rank } }`,
    rows: (d) => d.promotionCandidates,
    column: 'Pangkat',
    value: (r) => r.rank,
  },
  {
    path: 'talenta',
    name: 'Talenta 9 kotak',
    query: `query($p: ID!) { talentGrid(periodID: $p) { count } }`,
    rows: (d) => (d.talentGrid.some((c) => c.count > 0) ? d.talentGrid : []),
    column: 'Jumlah',
    value: (r) => fmt(r.count),
    chart: '[role="group"]',
  },
]

async function main() {
  await run.step('start kinerja serve --demo and wait until the demo is loaded', async () => {
    base = await run.start()
    hr = await run.newPage('hr')
    supervisor = await run.newPage('supervisor')
    staff = await run.newPage('staff')
    phone = await run.newPage('hr-phone', { width: 360, height: 760 })
    return base
  })

  await run.step('HR opens Dasbor from the navigation and sees the list of dashboards', async () => {
    await signIn(hr, base, logins.hrAdmin)
    await nav(hr, 'Dasbor')
    await hr.waitForURL((url) => url.pathname === '/dasbor')
    await hr.getByRole('heading', { level: 1, name: 'Dasbor' }).waitFor()
    const list = hr.getByRole('navigation', { name: 'Daftar dasbor' })
    for (const d of dashboards) await list.getByRole('link', { name: d.name, exact: true }).waitFor()
    // The period the dashboards open on is the newest closed one: it has final appraisals.
    const data = await gql(hr, `query { periods(first: 10, orderBy: [{ field: YEAR, direction: DESC }]) { edges { node { id name phase } } } }`)
    const closed = data.periods.edges.map((e) => e.node).find((p) => p.phase === 'CLOSED')
    check(closed, 'the demo has no closed period')
    periodId = closed.id
    const selected = await hr.getByLabel('Periode').evaluate((s) => s.options[s.selectedIndex].text)
    check(selected === closed.name, `the period shown is ${selected}, not ${closed.name}`)
    await run.axe(hr, 'dashboard list')
    await run.shot(hr, 'index')
    return closed.name
  })

  for (const d of dashboards) {
    await run.step(`HR: ${d.path} draws its chart and its table shows the API's figures`, async () => {
      const frame = await openDashboard(hr, d.path)
      const expected = d.rows(await gql(hr, d.query, { p: periodId }))
      check(expected.length > 0, `the demo gives ${d.path} nothing to show for the closed period`)
      const name = await chartName(frame, d.chart)
      await run.axe(hr, `${d.path} (chart)`)
      await run.shot(hr, `hr-${d.path}`)
      await showTable(frame)
      const rows = await readTable(frame)
      check(rows.length === expected.length, `${rows.length} rows in the table, ${expected.length} from the API`)
      const shown = sorted(rows.map((r) => r[d.column]))
      const want = sorted(expected.map(d.value))
      check(JSON.stringify(shown) === JSON.stringify(want), `${d.column}: table ${JSON.stringify(shown)}, API ${JSON.stringify(want)}`)
      await run.axe(hr, `${d.path} (table)`)
      return `${name}; ${rows.length} rows`
    })
  }

  await run.step('the keyboard reaches a chart and reads its values; a 9-box cell shows its names on focus', async () => {
    const frame = await openDashboard(hr, 'skor')
    const svg = frame.locator('.chart-box svg[role="img"]').first()
    await svg.focus()
    await hr.keyboard.press('ArrowRight')
    const tooltip = frame.locator('.recharts-tooltip-wrapper')
    await tooltip.filter({ hasText: 'Rata-rata' }).waitFor()
    const read = (await tooltip.innerText()).replace(/\s+/g, ' ').trim()
    const grid = await openDashboard(hr, 'talenta')
    const cell = grid
      .locator('.nine-box-cell')
      .filter({ hasNotText: /^\D*\b0 pegawai/ })
      .first()
    await cell.focus()
    await grid.locator('.nine-box-names li').first().waitFor()
    return read
  })

  let hrGroups
  let hrTotal
  await run.step('HR drills from the agency into a unit: the unit goes into the address and its sub-units show', async () => {
    const frame = await openDashboard(hr, 'skor')
    hrGroups = await gql(hr, `query($p: ID!) { scoreSummary(periodID: $p, groupBy: UNIT) { key label } }`, { p: periodId })
    hrTotal = (await gql(hr, `query($p: ID!) { predikatDistribution(periodID: $p) { total } }`, { p: periodId })).predikatDistribution.total
    const units = (
      await gql(hr, `query { orgUnits(first: 100) { edges { node { id name parent { id } children(first: 1) { totalCount } } } } }`)
    ).orgUnits.edges.map((e) => e.node)
    const parentOf = (id) => units.find((u) => u.id === id)?.parent?.id
    // The group of a unit's own staff is keyed by that unit; a sub-unit with units below it drills down.
    const parent = units.find(
      (u) => u.children.totalCount > 0 && hrGroups.scoreSummary.some((g) => g.key === u.id) && !hrGroups.scoreSummary.some((g) => parentOf(g.key) === u.id),
    )
    check(parent, 'no group of the agency has sub-units')
    await frame.getByRole('link', { name: `Lihat sub-unit ${parent.name}` }).click()
    await hr.waitForURL((url) => url.searchParams.get('unit') === parent.id)
    await hr.getByRole('navigation', { name: 'Unit yang dilihat' }).getByText(parent.name).waitFor()
    const sub = await gql(hr, `query($p: ID!, $u: ID) { scoreSummary(periodID: $p, groupBy: UNIT, unitID: $u) { label } }`, { p: periodId, u: parent.id })
    await showTable(hr.locator('.chart-frame').first())
    const rows = await readTable(hr.locator('.chart-frame').first())
    check(rows.length === sub.scoreSummary.length, `${rows.length} sub-unit rows, ${sub.scoreSummary.length} from the API`)
    await run.shot(hr, 'hr-skor-drilled')
    // With the mouse: a click on the unit's bar drills down too (groups are sorted by name).
    const again = await openDashboard(hr, 'skor')
    const order = [...hrGroups.scoreSummary].sort((a, b) => a.label.localeCompare(b.label, 'id'))
    const index = order.findIndex((g) => g.key === parent.id)
    await again.locator('.recharts-bar').first().locator('.recharts-bar-rectangle').nth(index).click()
    await hr.waitForURL((url) => url.searchParams.get('unit') === parent.id)
    return `${parent.name}: ${rows.length} groups, by link and by a click on its bar`
  })

  await run.step('HR exports the score table as CSV: UTF-8 with a BOM, a row per group, plain decimals', async () => {
    const frame = await openDashboard(hr, 'skor')
    const [download] = await Promise.all([hr.waitForEvent('download'), frame.getByRole('button', { name: 'Ekspor CSV' }).click()])
    const file = await download.path()
    const text = await readFile(file, 'utf8')
    check(text.charCodeAt(0) === 0xfeff, 'the CSV has no byte order mark')
    const lines = text.slice(1).trim().split(/\r\n/)
    check(lines[0].startsWith('Unit,Kode unit,Jumlah penilaian,Rata-rata'), `header: ${lines[0]}`)
    check(lines.length - 1 === hrGroups.scoreSummary.length, `${lines.length - 1} rows, ${hrGroups.scoreSummary.length} groups`)
    const data = await gql(hr, `query($p: ID!) { scoreSummary(periodID: $p, groupBy: UNIT) { label average } }`, { p: periodId })
    for (const g of data.scoreSummary) {
      const line = lines.find((l) => l.startsWith(g.label.includes(',') ? `"${g.label}"` : `${g.label},`))
      check(line, `no row for ${g.label}`)
      if (g.average !== null) check(line.split(',').includes(String(g.average)), `${g.label}: ${line} lacks ${g.average}`)
    }
    return `${download.suggestedFilename()}: ${lines.length - 1} rows`
  })

  await run.step('on a 360 px phone the dashboards fit the screen', async () => {
    await signIn(phone, base, logins.hrAdmin)
    for (const path of ['skor', 'kalibrasi', 'talenta']) {
      await openDashboard(phone, path)
      await noHorizontalScroll(phone, `${path} at 360 px`)
      await run.shot(phone, `phone-${path}`)
    }
    const frame = await openDashboard(phone, 'skor')
    await showTable(frame)
    await noHorizontalScroll(phone, 'the score table at 360 px')
    await run.shot(phone, 'phone-skor-table')
  })

  await run.step('a head of unit sees only its subtree', async () => {
    await signIn(supervisor, base, logins.supervisor)
    const frame = await openDashboard(supervisor, 'skor')
    const mine = await gql(supervisor, `query($p: ID!) { scoreSummary(periodID: $p, groupBy: UNIT) { key label count } }`, { p: periodId })
    const mineTotal = mine.scoreSummary.reduce((a, g) => a + g.count, 0)
    const hrCount = (await gql(hr, `query($p: ID!) { scoreSummary(periodID: $p, groupBy: UNIT) { count } }`, { p: periodId })).scoreSummary.reduce(
      (a, g) => a + g.count,
      0,
    )
    check(mineTotal > 0 && mineTotal < hrCount, `the head of unit counts ${mineTotal} appraisals, HR ${hrCount}`)
    await chartName(frame)
    await showTable(frame)
    const rows = await readTable(frame)
    check(rows.length === mine.scoreSummary.length, `${rows.length} rows, ${mine.scoreSummary.length} from the API`)
    check(sorted(rows.map((r) => r['Jumlah penilaian'])).join() === sorted(mine.scoreSummary.map((g) => fmt(g.count))).join(), 'counts differ from the API')
    const dist = await openDashboard(supervisor, 'distribusi')
    const total = (await gql(supervisor, `query($p: ID!) { predikatDistribution(periodID: $p) { total } }`, { p: periodId })).predikatDistribution.total
    check(total < hrTotal, `the head of unit's distribution counts ${total}, HR's ${hrTotal}`)
    await dist
      .locator('dd')
      .first()
      .filter({ hasText: number.format(total) })
      .waitFor()
    await run.axe(supervisor, 'distribusi (head of unit)')
    await run.shot(supervisor, 'head-distribusi')
    return `${mineTotal} of ${hrCount} appraisals in ${rows.length} groups`
  })

  await run.step('a staff member sees only themself', async () => {
    await signIn(staff, base, logins.staff)
    const frame = await openDashboard(staff, 'distribusi')
    const total = (await gql(staff, `query($p: ID!) { predikatDistribution(periodID: $p) { total } }`, { p: periodId })).predikatDistribution.total
    check(total <= 1, `the staff member's distribution counts ${total} appraisals`)
    await frame
      .locator('dd')
      .first()
      .filter({ hasText: String(total) })
      .waitFor()
    const talent = await staff.getByRole('navigation', { name: 'Daftar dasbor' }).getByRole('link', { name: 'Talenta 9 kotak' }).count()
    check(talent === 0, 'a staff member is offered the talent grid')
    const trend = await openDashboard(staff, 'tren')
    const points = (await gql(staff, `query { trend { count } }`)).trend
    check(
      points.every((p) => p.count <= 1),
      `a staff member's trend counts ${points.map((p) => p.count)}`,
    )
    await chartName(trend)
    await run.axe(staff, 'tren (staff)')
    await run.shot(staff, 'staff-tren')
    return `${total} appraisal in the distribution`
  })

  await run.step('no console errors (but the signed-out session probe before signing in)', async () => {
    const bad = run.consoleErrors.filter((e) => !/status of 401/.test(e.text))
    check(bad.length === 0, bad.map((e) => `${e.where} at ${e.url}: ${e.text}`).join(' | '))
  })
}

try {
  await main()
} catch (error) {
  console.log(`FAIL  ${error instanceof Error ? error.message : String(error)}`)
  run.results.push({ name: 'run', ok: false })
}
process.exit(await run.finish())
