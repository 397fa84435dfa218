// Browser smoke test: starts the real kinerja binary with the demo
// organisation on a free port, drives the SPA in the system Chromium and
// checks the foundation's user journey end to end.
//
//   npm run e2e                      (binary at ../bin/kinerja, built by `make build`)
//   KINERJA_BIN=/path/to/kinerja CHROMIUM=/path/to/chromium npm run e2e
//
// Prints one line per step, a screenshot path and finally "N passed, M failed";
// exits non-zero on any failure. The server is always stopped.

import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from 'playwright-core'
import { binary, check, chromiumArgs, chromiumPath, freePort, logins, password, runStep, startServer, stopServer, waitForHealth } from './harness.mjs'

// The demo HR administrator (see `kinerja serve --demo`).
const hrAdmin = { nip: logins.hrAdmin, password }

const results = []
const serverLog = []
let server
let context
let tmp

/** step runs one named check; after a failure the remaining steps are skipped. */
const step = (name, fn) => runStep(results, name, fn)

/** totalOf reads the number from the list summary ("Jumlah pegawai: 1.234"). */
async function totalOf(page) {
  const text = await page.locator('.list-summary .list-total').innerText()
  const digits = text.replace(/[^\d]/g, '')
  check(digits !== '', `no total in ${JSON.stringify(text)}`)
  return Number(digits)
}

async function waitForTotal(page, predicate, what) {
  const deadline = Date.now() + 30_000
  let last
  while (Date.now() < deadline) {
    last = await totalOf(page).catch(() => undefined)
    const busy = await page.locator('table[aria-busy="true"]').count()
    if (last !== undefined && busy === 0 && predicate(last)) return last
    await page.waitForTimeout(100)
  }
  throw new Error(`total never became ${what} (last: ${last})`)
}

const rowHeaders = (page) => page.locator('table tbody th[scope="row"]')

async function main() {
  if (!existsSync(chromiumPath) && !process.env.CI) {
    // A developer machine without a browser: say so plainly. CI installs
    // Chromium and never takes this way out.
    console.log(`browser tests skipped: no Chromium at ${chromiumPath} (install Debian's chromium or set CHROMIUM)`)
    process.exit(0)
  }
  tmp = await mkdtemp(join(tmpdir(), 'kinerja-e2e-'))
  const consoleErrors = []
  let base
  let page

  await step('start kinerja serve --demo and wait for /healthz', async () => {
    check(existsSync(binary), `no binary at ${binary} (run make build, or set KINERJA_BIN)`)
    check(existsSync(chromiumPath), `no Chromium at ${chromiumPath} (set CHROMIUM)`)
    const port = await freePort()
    base = `http://127.0.0.1:${port}`
    server = startServer(port, join(tmp, 'kinerja.db'), serverLog)
    await waitForHealth(base, server)
    context = await chromium.launchPersistentContext(join(tmp, 'chromium-profile'), {
      executablePath: chromiumPath,
      headless: true,
      args: chromiumArgs,
      viewport: { width: 1280, height: 900 },
      locale: 'id-ID',
    })
    context.setDefaultTimeout(10_000)
    page = context.pages()[0] ?? (await context.newPage())
    const watch = (p, where) => {
      p.on('console', (msg) => {
        if (msg.type() === 'error') consoleErrors.push({ where, text: msg.text(), url: p.url() })
      })
      p.on('pageerror', (error) => consoleErrors.push({ where, text: `uncaught: ${error.message}`, url: p.url() }))
    }
    watch(page, 'app')
    context.on('page', (p) => p !== page && watch(p, 'other'))
    return base
  })

  await step('/ shows the login page in Indonesian', async () => {
    await page.goto(`${base}/`)
    await page.getByLabel('NIP').waitFor()
    check((await page.getAttribute('html', 'lang')) === 'id', 'html lang is not "id"')
    check(new URL(page.url()).pathname === '/login', `at ${page.url()}, not /login`)
    await page.getByLabel('Kata sandi').waitFor()
    await page.getByRole('button', { name: 'Masuk' }).waitFor()
  })

  await step('a wrong password shows an error', async () => {
    await page.getByLabel('NIP').fill(hrAdmin.nip)
    await page.getByLabel('Kata sandi').fill('bukan-kata-sandi')
    await page.getByRole('button', { name: 'Masuk' }).click()
    const alert = page.getByRole('alert')
    await alert.filter({ hasText: /salah|Terlalu banyak/ }).waitFor()
    return (await alert.innerText()).trim()
  })

  await step('the HR admin signs in, lands on the home page and opens the employee list', async () => {
    await page.getByLabel('NIP').fill(hrAdmin.nip)
    await page.getByLabel('Kata sandi').fill(hrAdmin.password)
    await page.getByRole('button', { name: 'Masuk' }).click()
    await page.waitForURL((url) => url.pathname === '/')
    await page.getByRole('heading', { level: 1, name: /Selamat datang/ }).waitFor()
    // The register lives in the administration: "Administrasi" in the main navigation, "Pegawai" in its sections.
    await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Administrasi' }).click()
    await page.waitForURL((url) => url.pathname === '/admin/pegawai')
    await page.getByRole('navigation', { name: 'Bagian administrasi' }).getByRole('link', { name: 'Pegawai' }).click()
    await page.waitForURL((url) => url.pathname === '/admin/pegawai')
    await page.getByRole('heading', { level: 1, name: 'Pegawai' }).waitFor()
    await page.getByRole('button', { name: 'Keluar' }).waitFor()
  })

  let fullTotal = 0
  let firstPageNames = []
  let firstPageNips = []
  await step('the list shows 25 rows of at least 80 employees', async () => {
    await page.getByRole('table', { name: /Daftar pegawai/ }).waitFor()
    fullTotal = await waitForTotal(page, (n) => n > 0, '> 0')
    const rows = await page.locator('table tbody tr').count()
    check(rows >= 25, `${rows} rows, want ≥ 25`)
    check(fullTotal >= 80, `total ${fullTotal}, want ≥ 80`)
    const nip = await page.locator('table tbody td.nip').first().innerText()
    check(/^\d{8} \d{6} \d \d{3}$/.test(nip), `NIP ${JSON.stringify(nip)} is not shown as 8-6-1-3`)
    firstPageNames = await rowHeaders(page).allInnerTexts()
    firstPageNips = await page.locator('table tbody td.nip').allInnerTexts()
    return `${rows} rows, total ${fullTotal}`
  })

  await step('searching a name fragment narrows the table', async () => {
    const words = firstPageNames.flatMap((name) => name.split(/[\s,.]+/)).filter((w) => /^[A-Za-z]{5,}$/.test(w))
    check(words.length > 0, 'no name to search for')
    const fragment = words[Math.floor(words.length / 2)].slice(1, 5).toLowerCase()
    await page.getByRole('searchbox', { name: 'Cari nama atau NIP' }).fill(fragment)
    const narrowed = await waitForTotal(page, (n) => n < fullTotal, `< ${fullTotal}`)
    const names = await rowHeaders(page).allInnerTexts()
    check(names.length > 0, `no rows for "${fragment}"`)
    const stray = names.filter((n) => !n.toLowerCase().includes(fragment))
    check(stray.length === 0, `rows not matching "${fragment}": ${stray.join('; ')}`)
    check(new URL(page.url()).searchParams.get('q') === fragment, 'search not kept in the address')
    await page.getByRole('searchbox', { name: 'Cari nama atau NIP' }).fill('')
    await waitForTotal(page, (n) => n === fullTotal, `${fullTotal} again`)
    return `"${fragment}": ${narrowed} of ${fullTotal}`
  })

  await step('filtering by a unit narrows the list', async () => {
    const select = page.getByRole('combobox', { name: 'Unit kerja' })
    await page.locator('select option:not([value=""])').first().waitFor({ state: 'attached' })
    const options = await select.locator('option').evaluateAll((els) => els.map((o) => [o.value, o.textContent]))
    check(options.length > 1, 'no units to choose from')
    check((await page.locator('.hint-error').count()) === 0, 'the unit list could not be loaded')
    let chosen
    for (const [value, label] of options.slice(1)) {
      await select.selectOption(value)
      await page.waitForURL((url) => url.searchParams.get('unit') === value)
      const n = await waitForTotal(page, () => true, 'shown')
      if (n > 0 && n < fullTotal) {
        chosen = `${label}: ${n} of ${fullTotal}`
        break
      }
    }
    check(chosen, 'no unit narrowed the list')
    await select.selectOption('')
    await waitForTotal(page, (n) => n === fullTotal, `${fullTotal} again`)
    return chosen
  })

  await step('the next page shows other employees', async () => {
    await page.getByText(/^Halaman 1 dari \d+$/).waitFor()
    await page.getByRole('button', { name: 'Berikutnya' }).click()
    await page.getByText(/^Halaman 2 dari \d+$/).waitFor()
    await page.locator('table:not([aria-busy="true"])').waitFor()
    const names = await rowHeaders(page).allInnerTexts()
    const nips = await page.locator('table tbody td.nip').allInnerTexts()
    check(names.length > 0, 'page 2 is empty')
    const repeated = nips.filter((nip) => firstPageNips.includes(nip))
    check(repeated.length === 0, `page 2 repeats page 1: ${repeated.join(', ')}`)
    check(await page.getByRole('button', { name: 'Sebelumnya' }).isEnabled(), 'Previous is disabled on page 2')
    return `first on page 2: ${names[0]}`
  })

  await step('the page is usable at 360 px wide and starts with a skip link', async () => {
    await page.setViewportSize({ width: 360, height: 740 })
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
    check(overflow <= 0, `page is ${overflow} px wider than the 360 px screen`)
    await page.keyboard.press('Tab')
    const focused = await page.evaluate(() => document.activeElement?.textContent ?? '')
    check(focused.includes('Langsung ke konten utama'), `first Tab focuses ${JSON.stringify(focused)}`)
    await page.setViewportSize({ width: 1280, height: 900 })
  })

  let screenshot
  await step('switching to English changes headings and <html lang>', async () => {
    await page.getByLabel('Bahasa').selectOption('en')
    await page.getByRole('heading', { level: 1, name: 'Employees' }).waitFor()
    await page.getByRole('columnheader', { name: 'Name' }).waitFor()
    await page.getByRole('columnheader', { name: 'Position kind' }).waitFor()
    check((await page.getAttribute('html', 'lang')) === 'en', 'html lang is not "en"')
    screenshot = join(tmp, 'employees-en.png')
    await page.screenshot({ path: screenshot, fullPage: true })
  })

  await step('/graphiql renders the explorer and runs a query without CSP errors', async () => {
    const explorer = await context.newPage()
    const errors = []
    explorer.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()))
    explorer.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`))
    const response = await explorer.goto(`${base}/graphiql`)
    check(response?.status() === 200, `GET /graphiql: ${response?.status()}`)
    await explorer.locator('.graphiql-container').waitFor()
    await explorer.locator('.graphiql-query-editor .CodeMirror').waitFor()
    await explorer.locator('.graphiql-execute-button').click()
    await explorer.locator('.graphiql-response').getByText('"viewer"').waitFor()
    await explorer.locator('.graphiql-response').getByText(hrAdmin.nip).waitFor()
    await explorer.waitForLoadState('networkidle')
    const blocked = errors.filter((e) => /Content Security Policy|Refused to|blocked|ERR_/i.test(e))
    check(blocked.length === 0, `blocked resources: ${blocked.join(' | ')}`)
    check(errors.length === 0, `console errors: ${errors.join(' | ')}`)
    await explorer.screenshot({ path: join(tmp, 'graphiql.png') })
    await explorer.close()
  })

  await step('signing out shows the login page again', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click()
    await page.waitForURL((url) => url.pathname === '/login')
    await page.getByLabel('NIP').waitFor()
    await page.getByRole('heading', { name: 'Sign in to Kinerja' }).waitFor()
    // The session is gone on the server too.
    await page.goto(`${base}/admin/pegawai`)
    await page.waitForURL((url) => url.pathname === '/login')
    const status = await page.evaluate(async () => {
      const r = await fetch('/graphql', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ query: '{ viewer { account { nip } } }' }),
      })
      return r.status
    })
    check(status === 401, `POST /graphql after sign-out: ${status}, want 401`)
  })

  await step('no unexpected console errors in the app', async () => {
    // 401s are expected (before sign-in, the wrong password, after sign-out);
    // Chromium logs each as "Failed to load resource".
    const unexpected = consoleErrors.filter((e) => !/status of 401/.test(e.text))
    check(unexpected.length === 0, unexpected.map((e) => `${e.text} (${e.url})`).join(' | '))
  })

  if (screenshot) console.log(`screenshot: ${screenshot}`)
}

async function cleanUp() {
  await context?.close().catch(() => {})
  await stopServer(server).catch(() => {})
}

process.on('SIGINT', () => {
  void cleanUp().finally(() => process.exit(130))
})

try {
  await main()
} catch (error) {
  results.push({ name: 'unexpected error', ok: false })
  console.log(`FAIL  unexpected error: ${error?.stack ?? error}`)
} finally {
  await cleanUp()
}

const passed = results.filter((r) => r.ok === true).length
const failed = results.filter((r) => r.ok === false).length
const skipped = results.filter((r) => r.ok === null).length
if (failed > 0 && serverLog.length > 0) {
  console.log('--- server output (last 40 lines) ---')
  console.log(serverLog.join('').split('\n').slice(-40).join('\n'))
}
if (failed === 0 && tmp && !process.env.KEEP_E2E_TMP) {
  // Keep the screenshots; remove the browser profile and the database.
  await rm(join(tmp, 'chromium-profile'), { recursive: true, force: true })
  for (const suffix of ['', '-wal', '-shm']) await rm(join(tmp, `kinerja.db${suffix}`), { force: true })
}
if (skipped > 0) console.log(`${skipped} skipped`)
console.log(`${passed} passed, ${failed} failed`)
process.exit(failed > 0 ? 1 : 0)
