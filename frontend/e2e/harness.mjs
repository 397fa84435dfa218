// What the browser tests share: the real binary on a fresh database, the
// system Chromium, named steps, accessibility checks with axe-core, console
// watching and screenshots. No fixed sleeps: everything waits on a condition.

import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'

const frontendDir = fileURLToPath(new URL('..', import.meta.url))
export const binary = process.env.KINERJA_BIN ? resolve(process.env.KINERJA_BIN) : resolve(frontendDir, '../bin/kinerja')
export const chromiumPath = process.env.CHROMIUM || '/usr/bin/chromium'
/** Screenshots of every step (gitignored). */
export const artifacts = resolve(frontendDir, 'e2e/artifacts')

export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

export const password = 'kinerja2026'

/** The demo's logins (kinerja serve --demo). */
export const logins = {
  hrAdmin: '198503152010012001',
  supervisor: '197908122005011002',
  staff: '199204202019032003',
  head: '196807171994031001',
  fresh: '199807142024012004',
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

export function check(condition, message) {
  if (!condition) throw new Error(message)
}

/** A run: named steps (after a failure the rest are skipped), the server, the browser. */
export class Run {
  constructor(name) {
    this.name = name
    this.results = []
    this.serverLog = []
    this.consoleErrors = []
    this.axeViolations = []
    this.shots = 0
    mkdirSync(join(artifacts, name), { recursive: true })
  }

  async step(name, fn) {
    await runStep(this.results, name, fn, async () => {
      for (const page of this.pages ?? []) {
        await page.screenshot({ path: join(artifacts, this.name, `failure-${this.pages.indexOf(page)}.png`), fullPage: true }).catch(() => {})
        const text = await page
          .locator('main')
          .innerText({ timeout: 1000 })
          .catch(() => '')
        console.log(`      page ${this.pages.indexOf(page)} at ${page.url()}: ${text.replace(/\s+/g, ' ').slice(0, 400)}`)
      }
    })
  }

  async start() {
    check(existsSync(binary), `no binary at ${binary} (run make build, or set KINERJA_BIN)`)
    check(existsSync(chromiumPath), `no Chromium at ${chromiumPath} (set CHROMIUM)`)
    this.tmp = await mkdtemp(join(tmpdir(), `kinerja-${this.name}-`))
    const port = await freePort()
    this.base = `http://127.0.0.1:${port}`
    this.server = startServer(port, join(this.tmp, 'kinerja.db'), this.serverLog)
    await waitForHealth(this.base, this.server)
    this.browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs })
    this.pages = []
    return this.base
  }

  /** newPage opens a fresh browser context (its own cookies) watched for console errors. */
  async newPage(label, { width = 1280, height = 900, locale = 'id-ID' } = {}) {
    const context = await this.browser.newContext({ viewport: { width, height }, locale })
    context.setDefaultTimeout(15_000)
    const page = await context.newPage()
    page.on('console', (msg) => {
      if (msg.type() === 'error') this.consoleErrors.push({ where: label, text: msg.text(), url: page.url() })
    })
    page.on('pageerror', (error) => this.consoleErrors.push({ where: label, text: `uncaught: ${error.message}`, url: page.url() }))
    this.pages.push(page)
    page.label = label
    return page
  }

  /**
   * shot saves a full-page screenshot named after the step. A screenshot is
   * a record, not a check: when the browser cannot capture the whole page in
   * time (a long page on a busy machine), it keeps the visible part, and when
   * even that fails it says so and the step goes on.
   */
  async shot(page, name) {
    this.shots++
    const file = join(artifacts, this.name, `${String(this.shots).padStart(2, '0')}-${name}.png`)
    try {
      await page.screenshot({ path: file, fullPage: true, animations: 'disabled', timeout: 30_000 })
    } catch (error) {
      try {
        await page.screenshot({ path: file, animations: 'disabled', timeout: 15_000 })
        console.log(`  note: ${name}: only the visible part was captured (${String(error.message).split('\n')[0]})`)
      } catch (again) {
        console.log(`  note: ${name}: no screenshot (${String(again.message).split('\n')[0]})`)
      }
    }
    return file
  }

  /** axe runs axe-core on the page as it is and records serious and critical violations. */
  async axe(page, where) {
    // Check the page as it settles, not mid-refetch: a busy table is dimmed
    // on purpose, and its faded text would fail the contrast rule.
    // A filter's refetch may start a moment after the address changes, so
    // the page must stay unbusy for a short quiet spell before it is judged.
    await page.evaluate(() => {
      window.__axeQuietSince = undefined
    })
    await page
      .waitForFunction(
        () => {
          const w = window
          const now = performance.now()
          if (document.querySelector('[aria-busy="true"]')) {
            w.__axeQuietSince = undefined
            return false
          }
          w.__axeQuietSince ??= now
          return now - w.__axeQuietSince >= 400
        },
        null,
        { timeout: 15_000, polling: 50 },
      )
      .catch(() => {})
    await page.evaluate(axeSource)
    const result = await page.evaluate(async () => {
      // React Aria's live announcer (visually hidden) briefly holds nodes that point,
      // with aria-labelledby, at the field whose new value it reads out; axe judges
      // those transient nodes as images without text. Everything else is checked.
      const r = await window.axe.run(
        { exclude: [['[data-live-announcer]']] },
        { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } },
      )
      return r.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
      }))
    })
    const bad = result.filter((v) => v.impact === 'serious' || v.impact === 'critical')
    for (const v of bad) this.axeViolations.push({ where, ...v })
    check(bad.length === 0, `axe on ${where}: ${bad.map((v) => `${v.id} (${v.impact}: ${v.help}) at ${v.nodes.join(', ')}`).join(' | ')}`)
    return result.length
  }

  async stop() {
    await this.browser?.close().catch(() => {})
    await stopServer(this.server)
  }

  /** finish stops everything, prints the summary and returns the exit code. */
  async finish() {
    await this.stop()
    const passed = this.results.filter((r) => r.ok === true).length
    const failed = this.results.filter((r) => r.ok === false).length
    const skipped = this.results.filter((r) => r.ok === null).length
    if (failed > 0 && this.serverLog.length > 0) {
      console.log('--- server output (last 30 lines) ---')
      console.log(this.serverLog.join('').split('\n').slice(-30).join('\n'))
    }
    if (this.tmp && !process.env.KEEP_E2E_TMP) await rm(this.tmp, { recursive: true, force: true })
    console.log(`screenshots: ${join(artifacts, this.name)}`)
    if (skipped > 0) console.log(`${skipped} skipped`)
    console.log(`${passed} passed, ${failed} failed`)
    return failed > 0 ? 1 : 0
  }
}

/**
 * runStep runs one named step and records it in results; after a failure the
 * remaining steps are skipped. onFailure, if given, runs after a failure is
 * printed (to show what the browser saw).
 */
export async function runStep(results, name, fn, onFailure) {
  if (results.some((r) => !r.ok)) {
    results.push({ name, ok: null })
    console.log(`SKIP  ${name}`)
    return
  }
  const started = Date.now()
  try {
    const detail = await fn()
    results.push({ name, ok: true })
    console.log(`PASS  ${name} (${Date.now() - started} ms)${detail ? ` — ${detail}` : ''}`)
  } catch (error) {
    results.push({ name, ok: false })
    console.log(`FAIL  ${name}: ${error instanceof Error ? error.message : String(error)}`)
    await onFailure?.()
  }
}

/** freePort is a port on 127.0.0.1 that nothing listens on. */
export function freePort() {
  return new Promise((resolvePort, reject) => {
    const probe = createServer()
    probe.unref()
    probe.on('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address()
      probe.close(() => resolvePort(port))
    })
  })
}

/** startServer runs kinerja serve --demo on port with the database db; what it prints is pushed to log. */
export function startServer(port, db, log) {
  const child = spawn(binary, ['serve', '--demo', '--addr', `127.0.0.1:${port}`, '--db', db], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env },
  })
  for (const stream of [child.stdout, child.stderr]) {
    stream.setEncoding('utf8')
    stream.on('data', (chunk) => log.push(chunk))
  }
  return child
}

/**
 * waitForHealth waits until GET /healthz answers 200. The demo is loaded in
 * the background; /healthz says 200 once it is there. A busy two-core machine
 * has needed more than a minute.
 */
export async function waitForHealth(base, child, timeoutMs = Number(process.env.E2E_STARTUP_MS) || 240_000) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with code ${child.exitCode}`)
    try {
      const response = await fetch(`${base}/healthz`)
      if (response.status === 200) return
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250))
  }
  throw new Error(`GET /healthz did not answer 200 within ${timeoutMs / 1000} s`)
}

/** stopServer stops a running server: SIGTERM, then SIGKILL after 5 s. */
export async function stopServer(child) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise((r) => child.once('exit', r))
  child.kill('SIGTERM')
  const timer = setTimeout(() => child.kill('SIGKILL'), 5000)
  await exited
  clearTimeout(timer)
}

/** signIn signs in on the login page and waits for the home page. */
export async function signIn(page, base, nip) {
  await page.goto(`${base}/login`)
  await page.getByLabel('NIP').fill(nip)
  await page.getByLabel('Kata sandi').fill(password)
  await page.getByRole('button', { name: 'Masuk' }).click()
  await page.waitForURL((url) => url.pathname === '/')
  await page.getByRole('heading', { level: 1, name: /Selamat datang/ }).waitFor()
}

/** toast waits for the success message of a step. */
export async function toast(page, text) {
  await page.locator('.toast').filter({ hasText: text }).first().waitFor()
}

/** nav follows a link of the main navigation (opening the phone menu first when it is collapsed). */
export async function nav(page, name) {
  const toggle = page.getByRole('button', { name: 'Menu' })
  if (await toggle.isVisible()) {
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click()
  }
  await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name, exact: true }).click()
}

/** noHorizontalScroll fails when the page is wider than the screen. */
export async function noHorizontalScroll(page, where) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
  check(overflow <= 0, `${where} is ${overflow} px wider than the screen`)
}

/** headingFocused checks that navigation moved the focus to the page's h1. */
export async function headingFocused(page, name) {
  await page.waitForFunction((n) => {
    const el = document.activeElement
    return el?.tagName === 'H1' && (!n || el.textContent?.includes(n))
  }, name)
}

/**
 * tabTo presses Tab (or Shift+Tab) until the focused element's accessible
 * text matches, like a keyboard user looking for a control.
 */
export async function tabTo(page, pattern, { max = 80, back = false } = {}) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab')
    const text = await page.evaluate(() => {
      const el = document.activeElement
      if (!el) return ''
      const label = el.getAttribute('aria-label') || ''
      const labelled = el.id ? [...document.querySelectorAll(`label[for="${el.id}"]`)].map((l) => l.textContent).join(' ') : ''
      const by = (el.getAttribute('aria-labelledby') || '')
        .split(/\s+/)
        .map((id) => (id ? (document.getElementById(id)?.textContent ?? '') : ''))
        .join(' ')
      return `${label} ${labelled} ${by} ${el.textContent ?? ''}`.replace(/\s+/g, ' ').trim()
    })
    if (pattern.test(text)) return text
  }
  throw new Error(`Tab never reached ${pattern}`)
}
